//! A real SMTP server on loopback that keeps every message it is sent.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mailin_embedded::{response, Handler, Response, Server, SslConfig};

use super::Email;

#[derive(Default)]
pub struct Inbox {
    /// The message being received on this connection.
    current: Arc<Mutex<Vec<u8>>>,
    pub delivered: Arc<Mutex<Vec<Vec<u8>>>>,
}

/// The server gives each connection a clone: it shares the delivered messages but has a
/// message in progress of its own, so that concurrent connections (the sender's pool)
/// cannot mix their messages.
impl Clone for Inbox {
    fn clone(&self) -> Inbox {
        Inbox {
            current: Arc::default(),
            delivered: self.delivered.clone(),
        }
    }
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

impl Inbox {
    /// Starts a server on a thread of its own; returns its inbox and its `smtp://` URL.
    pub fn start() -> (Inbox, String) {
        let inbox = Inbox::default();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let mut server = Server::new(inbox.clone());
        server
            .with_name("smtp.missive.test")
            // One thread per connection the sender may hold open (MISSIVE_MAIL_CONCURRENCY).
            .with_num_threads(16)
            .with_ssl(SslConfig::None)
            .unwrap()
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        (inbox, format!("smtp://127.0.0.1:{port}"))
    }

    /// The first message delivered so far that `wanted` accepts, waiting up to 10 s.
    pub async fn wait_for(&self, wanted: impl Fn(&Email) -> bool) -> Email {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let found = self
                .delivered
                .lock()
                .unwrap()
                .iter()
                .map(|raw| Email::parse(raw))
                .find(|email| wanted(email));
            if let Some(email) = found {
                return email;
            }
            assert!(Instant::now() < deadline, "no such email over SMTP");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}
