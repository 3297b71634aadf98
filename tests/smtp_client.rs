//! The SMTP client against a plain SMTP server on loopback that notes how each message
//! arrived: every message's content reaches the server in one piece, its end included (an
//! end written apart waits out the server's delayed acknowledgement, about 40 ms a
//! message), and one connection carries message after message; a refused recipient leaves
//! it usable, and a connection the server closed is replaced without losing the message.

mod support;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lettre::Message;
use missive::mail::Transport;
use support::spawn_app_with;

/// A message as the server received it.
#[derive(Clone, Debug)]
struct Received {
    /// Reads it took, from the first byte after `354` to the closing `.`.
    reads: usize,
    /// The content, still dot-stuffed, up to and including `<CRLF>.<CRLF>`.
    data: Vec<u8>,
    /// The connection it came over (1 for the first accepted).
    connection: usize,
}

#[derive(Clone, Default)]
struct Server {
    connections: Arc<AtomicUsize>,
    received: Arc<Mutex<Vec<Received>>>,
    commands: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Listens on a thread of its own; each connection on a thread of its own. With
    /// `hang_up_after_each`, the server closes a connection after answering each message.
    fn start(hang_up_after_each: bool) -> (Server, String) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("smtp://{}", listener.local_addr().expect("address"));
        let server = Server::default();
        let accepting = server.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                let n = accepting.connections.fetch_add(1, Ordering::SeqCst) + 1;
                let session = accepting.clone();
                std::thread::spawn(move || {
                    let _ = session.session(stream, n, hang_up_after_each);
                });
            }
        });
        (server, url)
    }

    fn session(
        &self,
        mut stream: TcpStream,
        connection: usize,
        hang_up: bool,
    ) -> std::io::Result<()> {
        stream.write_all(b"220 raw.missive.test ESMTP\r\n")?;
        let mut buffer = vec![0_u8; 1 << 20];
        let mut line = Vec::new();
        loop {
            let n = stream.read(&mut buffer)?;
            if n == 0 {
                return Ok(());
            }
            line.extend_from_slice(&buffer[..n]);
            // No pipelining is offered: a command is whole before its reply is written.
            if !line.ends_with(b"\r\n") {
                continue;
            }
            let command = String::from_utf8_lossy(&line).trim_end().to_owned();
            line.clear();
            self.commands.lock().unwrap().push(command.clone());
            let upper = command.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                b"250-raw.missive.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
            } else if upper.starts_with("RCPT") && upper.contains("REFUSE") {
                b"550 5.1.1 No such mailbox\r\n"
            } else if upper == "DATA" {
                stream.write_all(b"354 Go ahead\r\n")?;
                let mut data = Vec::new();
                let mut reads = 0;
                while !data.ends_with(b"\r\n.\r\n") {
                    let n = stream.read(&mut buffer)?;
                    if n == 0 {
                        return Ok(());
                    }
                    reads += 1;
                    data.extend_from_slice(&buffer[..n]);
                }
                self.received.lock().unwrap().push(Received {
                    reads,
                    data,
                    connection,
                });
                stream.write_all(b"250 2.0.0 Queued\r\n")?;
                if hang_up {
                    return Ok(());
                }
                continue;
            } else if upper == "QUIT" {
                stream.write_all(b"221 Bye\r\n")?;
                return Ok(());
            } else {
                // MAIL, RCPT, RSET, NOOP
                b"250 OK\r\n"
            };
            stream.write_all(reply)?;
        }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    async fn wait_for(&self, n: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            assert!(
                Instant::now() < deadline,
                "{} of {n} messages",
                received.len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn message(to: &str, body: &str) -> Message {
    Message::builder()
        .from("Missive <noreply@missive.test>".parse().unwrap())
        .to(to.parse().unwrap())
        .subject("Test")
        .body(body.to_owned())
        .unwrap()
}

const MESSAGES: i64 = 20;

/// Twenty messages, one after another, with `MISSIVE_MAIL_CONCURRENCY` 1: one connection
/// carries them all, and each arrives in one read, its end with it (the client used to
/// write the end apart, and Nagle's algorithm held it back until the server's delayed
/// acknowledgement of the content). Lines starting with a dot are stuffed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_message_arrives_whole_and_one_connection_carries_them_all() {
    let (server, url) = Server::start(false);
    let transport = Transport::smtp(&url, 1).expect("transport");
    for n in 0..MESSAGES {
        let body = format!(
            "Line one of message {n}\r\n.a line starting with a dot\r\n{}End\r\n",
            "Thank you for signing. ".repeat(60)
        );
        transport
            .deliver(n, message(&format!("signer{n}@example.org"), &body))
            .await
            .expect("sent");
    }
    let received = server.wait_for(MESSAGES as usize).await;
    let reads: Vec<usize> = received.iter().map(|m| m.reads).collect();
    for (n, message) in received.iter().enumerate() {
        let text = String::from_utf8_lossy(&message.data);
        assert!(text.contains(&format!("message {n}")), "in order: {text}");
        assert!(
            text.contains("\r\n..a line starting with a dot\r\n"),
            "stuffed: {text}"
        );
        assert_eq!(
            message.reads, 1,
            "message {n} arrived in {} reads (all: {reads:?}): its end was written apart",
            message.reads
        );
    }
    assert_eq!(
        server.connections.load(Ordering::SeqCst),
        1,
        "one connection"
    );
}

/// A refused recipient fails that message; the connection is reset and the next message
/// goes over it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_recipient_leaves_the_connection_in_use() {
    let (server, url) = Server::start(false);
    let transport = Transport::smtp(&url, 1).expect("transport");
    transport
        .deliver(1, message("first@example.org", "One"))
        .await
        .expect("sent");
    let refused = transport
        .deliver(2, message("refuse@example.org", "Two"))
        .await
        .expect_err("refused");
    assert!(refused.to_string().contains("No such mailbox"), "{refused}");
    transport
        .deliver(3, message("third@example.org", "Three"))
        .await
        .expect("sent");
    let received = server.wait_for(2).await;
    assert!(received.iter().all(|m| m.connection == 1));
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
    assert!(server.commands.lock().unwrap().iter().any(|c| c == "RSET"));
}

/// A server that hangs up after each message: the next message finds its connection
/// closed before anything was accepted, and goes over a new one; none is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_the_server_closed_is_replaced() {
    let (server, url) = Server::start(true);
    let transport = Transport::smtp(&url, 1).expect("transport");
    for n in 0..3 {
        transport
            .deliver(n, message(&format!("signer{n}@example.org"), "Hello"))
            .await
            .expect("sent despite the closed connection");
    }
    let received = server.wait_for(3).await;
    let connections: Vec<usize> = received.iter().map(|m| m.connection).collect();
    assert_eq!(connections, [1, 2, 3]);
}

/// Through the app, on the test database: a signer's confirmation email arrives whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_confirmation_email_arrives_in_one_piece() {
    let (server, url) = Server::start(false);
    let app = spawn_app_with(|s| s.smtp_url = Some(url)).await;
    for n in 0..3 {
        let signed = app
            .sign(
                "british-values",
                "Grace Hopper",
                &format!("grace{n}@example.org"),
                "SW1A 2AA",
            )
            .await;
        assert_eq!(signed.status, 303);
    }
    let received = server.wait_for(3).await;
    for message in &received {
        assert!(String::from_utf8_lossy(&message.data).contains("grace"));
        assert_eq!(message.reads, 1, "arrived in {} reads", message.reads);
    }
}
