//! The confirmation email travels over a real SMTP exchange on loopback.

mod support;

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use mailin_embedded::{response, Handler, Response, Server, SslConfig};
use support::{spawn_app_with, Email};

#[derive(Clone, Default)]
struct Inbox {
    current: Arc<Mutex<Vec<u8>>>,
    delivered: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl Handler for Inbox {
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.lock().unwrap().extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let message = std::mem::take(&mut *self.current.lock().unwrap());
        self.delivered.lock().unwrap().push(message);
        response::OK
    }
}

#[tokio::test]
async fn the_confirmation_email_arrives_over_smtp_and_its_link_works() {
    let inbox = Inbox::default();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut server = Server::new(inbox.clone());
    server
        .with_name("smtp.missive.test")
        .with_ssl(SslConfig::None)
        .unwrap()
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });

    let app = spawn_app_with(|s| s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    let signed = app
        .sign(
            "british-values",
            "Grace Hopper",
            "grace@example.org",
            "SW1A 2AA",
        )
        .await;
    assert_eq!(signed.status, 303);

    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let raw = loop {
        if let Some(message) = inbox.delivered.lock().unwrap().first().cloned() {
            break message;
        }
        assert!(std::time::Instant::now() < deadline, "no email over SMTP");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let email = Email::parse(&raw);
    assert_eq!(email.to, "grace@example.org");
    // The address is not confirmed yet: the email greets nobody by the name typed.
    assert!(email.text.starts_with("Hello,"));
    assert!(!email.text.contains("Grace Hopper"));
    assert!(!email.html.is_empty(), "has an HTML part");
    assert!(
        !app.data_dir.path().join("outbox").exists(),
        "no file fallback"
    );

    let link = email.confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    assert_eq!(app.wait_for_count("british-values", 1).await, 1);
}
