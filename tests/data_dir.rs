//! The server binary on a fresh data directory, under umask 022: it starts without "database
//! is locked" in its log, and everything it writes (the directory, the database, its log and
//! shared memory, the session key, the outbox's emails) is readable by its own user only.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The server, started on `data_dir`; killed when dropped.
struct Server {
    child: std::process::Child,
    lines: mpsc::Receiver<String>,
    log: Vec<String>,
}

impl Server {
    fn start(data_dir: &Path) -> Server {
        let mut child = Command::new("sh")
            .arg("-c")
            .arg("umask 022 && exec \"$0\" serve")
            .arg(env!("CARGO_BIN_EXE_missive"))
            .env("MISSIVE_DATA_DIR", data_dir)
            .env("MISSIVE_BIND", "127.0.0.1:0")
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .env("MISSIVE_DB_CONNECTIONS", "32")
            .env_remove("DATABASE_URL")
            .env_remove("MISSIVE_SMTP_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the server");
        let stderr = child.stderr.take().unwrap();
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Server {
            child,
            lines,
            log: Vec::new(),
        }
    }

    /// Reads the log until a line contains `text`; returns that line.
    fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let line = plain(&line);
                    self.log.push(line.clone());
                    if line.contains(text) {
                        return line;
                    }
                }
                Err(_) => panic!("no {text:?} in the log:\n{}", self.log.join("\n")),
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `line` without terminal colour codes.
fn plain(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[tokio::test]
async fn a_fresh_start_logs_no_lock_error_and_keeps_its_files_private() {
    for _ in 0..10 {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        let mut server = Server::start(&data);
        let listening = server.wait_for("listening");
        std::thread::sleep(Duration::from_millis(300));
        while let Ok(line) = server.lines.try_recv() {
            server.log.push(plain(&line));
        }
        let log = server.log.join("\n");
        assert!(!log.contains("database is locked"), "{log}");
        assert!(!log.contains("ERROR"), "{log}");

        assert_eq!(mode(&data), 0o700, "the data directory");
        for name in [
            "missive.sqlite3",
            "missive.sqlite3-wal",
            "missive.sqlite3-shm",
            "session.key",
        ] {
            assert_eq!(mode(&data.join(name)), 0o600, "{name}");
        }

        let address = listening
            .split("address=")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .expect("the address in the log")
            .to_owned();
        let signed = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .post(format!(
                "http://{address}/campaigns/british-values/signatures"
            ))
            .form(&[
                ("full_name", "Ada Quinlovel"),
                ("email", "ada@example.org"),
                ("postcode", "WC1H 9JE"),
                ("country", "GB"),
                ("website", ""),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(signed.status(), 303);
        let outbox = data.join("outbox");
        let deadline = Instant::now() + Duration::from_secs(10);
        let email = loop {
            let found = std::fs::read_dir(&outbox).ok().and_then(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .find(|p| p.extension().is_some_and(|x| x == "eml"))
            });
            if let Some(found) = found {
                break found;
            }
            assert!(Instant::now() < deadline, "no email in the outbox");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(mode(&outbox), 0o700, "the outbox");
        assert_eq!(mode(&email), 0o600, "an email");
    }
}
