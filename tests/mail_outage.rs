//! Mail server down: while the SMTP server turns every connection away, queued emails wait
//! with backoff (a handful of connections, never a hot loop); once a real SMTP server
//! accepts on the same port, each is delivered exactly once.

mod support;

use std::collections::HashSet;
use std::io::{ErrorKind, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use mailin_embedded::{response, Handler, Response, Server, SslConfig};
use missive::db::schema::outbox;
use support::{spawn_app_with, Email};

const EMAILS: usize = 4;
const RETRY_BASE_MS: u64 = 200;
const OUTAGE: Duration = Duration::from_millis(2500);

/// An SMTP server that is up but refusing: it greets every connection with 421 and hangs
/// up, counting the connections.
struct Refuser {
    connections: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl Refuser {
    fn on(listener: TcpListener) -> Refuser {
        let connections = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let thread = std::thread::spawn({
            let (connections, stop) = (connections.clone(), stop.clone());
            move || {
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((mut stream, _)) => {
                            connections.fetch_add(1, Ordering::SeqCst);
                            let _ = stream.set_nonblocking(false);
                            let _ = stream.write_all(
                                b"421 smtp.missive.test Service not available, try again later\r\n",
                            );
                        }
                        Err(e) if e.kind() == ErrorKind::WouldBlock => {
                            std::thread::sleep(Duration::from_millis(5));
                        }
                        Err(e) => panic!("refusing listener: {e}"),
                    }
                }
            }
        });
        Refuser {
            connections,
            stop,
            thread,
        }
    }

    /// Stops refusing and closes the port; returns how many connections it turned away.
    fn close(self) -> usize {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().expect("refuser thread");
        self.connections.load(Ordering::SeqCst)
    }
}

#[derive(Default)]
struct Inbox {
    current: Arc<Mutex<Vec<u8>>>,
    delivered: Arc<Mutex<Vec<Vec<u8>>>>,
}

/// Each connection's clone has its own message in progress (the sender sends over several
/// connections at once), and shares the delivered ones.
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn emails_wait_with_backoff_while_smtp_refuses_and_go_once_when_it_returns() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let refuser = Refuser::on(listener);
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        s.mail_retry_base_ms = RETRY_BASE_MS;
    })
    .await;

    let outage_started = Instant::now();
    let mut addresses = HashSet::new();
    for n in 0..EMAILS {
        let address = format!("outage-{n}@example.org");
        let signed = app
            .sign("british-values", "Grace Hopper", &address, "SW1A 2AA")
            .await;
        assert_eq!(signed.status, 303);
        addresses.insert(address);
    }
    tokio::time::sleep(OUTAGE.saturating_sub(outage_started.elapsed())).await;
    let turned_away = refuser.close();
    let outage = outage_started.elapsed();

    let attempts: Vec<(i32, bool)> = app
        .db
        .read(|c| {
            Ok(outbox::table
                .select((outbox::attempts, outbox::sent_at.is_not_null()))
                .load(c)?)
        })
        .await
        .expect("outbox");
    assert_eq!(attempts.len(), EMAILS);
    assert!(attempts.iter().all(|(_, sent)| !sent), "nothing was sent");
    // Retries at 0.2, 0.6 and 1.4 s fit in the outage: the sender woke for each retry
    // rather than for its five-second idle check.
    assert!(
        attempts.iter().all(|(n, _)| *n >= 3),
        "each email was retried as it fell due: {attempts:?}"
    );
    // Each email was tried at most once per doubling of the wait, plus one in progress.
    let doublings = (outage.as_millis() as f64 / RETRY_BASE_MS as f64 + 1.0)
        .log2()
        .ceil();
    let most = EMAILS * (doublings as usize + 2);
    assert!(
        (EMAILS..=most).contains(&turned_away),
        "{turned_away} connections during a {outage:?} outage, expected {EMAILS} to {most}"
    );

    eprintln!(
        "mail outage: {turned_away} connections in {outage:?} for {EMAILS} emails (at most \
         {most} allowed); attempts per email {:?}",
        attempts.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );

    let inbox = Inbox::default();
    let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the same port again");
    let mut server = Server::new(inbox.clone());
    server
        .with_name("smtp.missive.test")
        .with_num_threads(16)
        .with_ssl(SslConfig::None)
        .expect("no TLS")
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });

    let deadline = Instant::now() + Duration::from_secs(15);
    while inbox.delivered.lock().unwrap().len() < EMAILS {
        assert!(
            Instant::now() < deadline,
            "only {} of {EMAILS} emails delivered after the server came back",
            inbox.delivered.lock().unwrap().len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let unsent = || async {
        app.db
            .read(|c| {
                Ok(outbox::table
                    .filter(outbox::sent_at.is_null())
                    .count()
                    .get_result::<i64>(c)?)
            })
            .await
            .expect("unsent")
    };
    let deadline = Instant::now() + Duration::from_secs(5);
    while unsent().await > 0 {
        assert!(
            Instant::now() < deadline,
            "emails delivered but not marked sent"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Long enough for any second copy to have gone too.
    tokio::time::sleep(Duration::from_millis(4 * RETRY_BASE_MS)).await;
    let delivered: Vec<String> = inbox
        .delivered
        .lock()
        .unwrap()
        .iter()
        .map(|raw| Email::parse(raw).to)
        .collect();
    assert_eq!(delivered.len(), EMAILS, "one copy each: {delivered:?}");
    assert_eq!(delivered.into_iter().collect::<HashSet<_>>(), addresses);
}
