//! Graceful shutdown: SIGTERM while signing requests are still arriving lets each of them
//! finish with its normal answer, keeps every signature it acknowledged, exits 0 promptly
//! and leaves the database whole.

mod support;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use missive::db::schema::{outbox, signatures};
use missive::db::{Database, DbConnection};
use support::server_process::{
    free_port, panics_in, server_binary, ScratchDatabase, ServerProcess,
};
use support::Email;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const IN_FLIGHT: usize = 6;

/// A signing request sent up to the middle of its body, so that it is still in flight.
struct HalfSent {
    stream: TcpStream,
    rest: Vec<u8>,
    email: String,
}

async fn start_signing(port: u16, n: usize) -> HalfSent {
    let email = format!("in-flight-{n}@shutdown.example.org");
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("full_name", "Ada Lovelace")
        .append_pair("email", &email)
        .append_pair("postcode", "SW1A 2AA")
        .append_pair("country", "GB")
        .append_pair("website", "")
        .finish()
        .into_bytes();
    let head = format!(
        "POST /campaigns/british-values/signatures HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         X-Forwarded-For: 10.20.0.{}\r\nConnection: close\r\n\r\n",
        body.len(),
        n + 1
    );
    let mut stream = TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    let (first, rest) = body.split_at(body.len() / 2);
    stream.write_all(head.as_bytes()).await.expect("send head");
    stream.write_all(first).await.expect("send half the body");
    HalfSent {
        stream,
        rest: rest.to_vec(),
        email,
    }
}

/// Sends the rest of the body; returns the status and Location of the answer.
async fn finish(mut request: HalfSent) -> (u16, Option<String>) {
    request
        .stream
        .write_all(&request.rest)
        .await
        .expect("send the rest");
    let mut answer = Vec::new();
    request
        .stream
        .read_to_end(&mut answer)
        .await
        .expect("read the answer");
    let text = String::from_utf8_lossy(&answer);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {text:?}"));
    let location = text
        .lines()
        .take_while(|line| !line.is_empty())
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("location")
                .then(|| value.trim().to_owned())
        });
    (status, location)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_requests_in_flight_and_leaves_nothing_half_written() {
    let binary = server_binary();
    let dir = tempfile::tempdir().expect("temp dir");
    let database = ScratchDatabase::new(dir.path());
    let port = free_port();
    let env = [
        (
            "MISSIVE_DATA_DIR",
            dir.path().to_string_lossy().into_owned(),
        ),
        ("DATABASE_URL", database.url.clone()),
        ("MISSIVE_TRUSTED_PROXIES", "127.0.0.1".to_owned()),
        ("MISSIVE_SHUTDOWN_TIMEOUT_SECS", "20".to_owned()),
    ];
    let mut server = ServerProcess::start(&binary, port, &env, dir.path().join("server.log"));
    server.wait_healthy(Duration::from_secs(30)).await;

    let mut in_flight = Vec::new();
    for n in 0..IN_FLIGHT {
        in_flight.push(start_signing(port, n).await);
    }
    let emails: HashSet<String> = in_flight.iter().map(|r| r.email.clone()).collect();
    // Let the server read the heads, so these requests are under way when the signal comes.
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.terminate();
    let stopping = Instant::now();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let answers = join_all(in_flight.into_iter().map(|r| tokio::spawn(finish(r)))).await;
    for (status, location) in &answers {
        assert_eq!(*status, 303, "an in-flight signing was answered {status}");
        assert_eq!(
            location.as_deref(),
            Some("/campaigns/british-values/signed")
        );
    }

    let status = server.wait_exit(Duration::from_secs(30)).await;
    let took = stopping.elapsed();
    let log = server.log_text();
    assert!(
        status.is_some_and(|s| s.success()),
        "the server did not exit 0 on SIGTERM: {status:?}\n{log}"
    );
    assert!(took < Duration::from_secs(15), "stopping took {took:?}");
    assert!(panics_in(&log).is_empty(), "{log}");
    for line in ["mail sender stopped", "shutdown complete"] {
        assert!(log.contains(line), "no {line:?} in the log:\n{log}");
    }
    eprintln!("graceful shutdown: exited 0 {took:?} after SIGTERM");
    if database.is_sqlite() {
        // Checked before this test opens the database, which would start a new log.
        let wal = dir.path().join("missive.sqlite3-wal");
        let left = std::fs::metadata(&wal).map_or(0, |m| m.len());
        assert_eq!(
            left, 0,
            "the database file does not stand alone: its log holds {left} bytes"
        );
    }

    let db = Database::connect(&database.url, 1).expect("database");
    let stored: Vec<String> = db
        .read(|c| Ok(signatures::table.select(signatures::email).load(c)?))
        .await
        .expect("signatures");
    assert_eq!(stored.len(), IN_FLIGHT, "{stored:?}");
    assert_eq!(stored.into_iter().collect::<HashSet<_>>(), emails);

    // Every email file written belongs to a row marked sent: the sender stopped between
    // emails, not between writing one and recording it.
    let rows: Vec<(i64, String, bool)> = db
        .read(|c| {
            Ok(outbox::table
                .select((outbox::id, outbox::recipient, outbox::sent_at.is_not_null()))
                .load(c)?)
        })
        .await
        .expect("outbox");
    assert_eq!(rows.len(), IN_FLIGHT, "one confirmation email each");
    for (id, recipient, sent) in &rows {
        let file = dir.path().join("outbox").join(format!("{id:010}.eml"));
        if let Ok(raw) = std::fs::read(&file) {
            assert!(sent, "email {id} was written out but not marked sent");
            assert_eq!(&Email::parse(&raw).to, recipient);
        }
    }

    if database.is_sqlite() {
        let verdict = db
            .read(|c| match c {
                DbConnection::Sqlite(sqlite) => {
                    #[derive(QueryableByName)]
                    struct Check {
                        #[diesel(sql_type = diesel::sql_types::Text)]
                        integrity_check: String,
                    }
                    let rows: Vec<Check> =
                        diesel::sql_query("PRAGMA integrity_check").load(sqlite)?;
                    Ok(rows
                        .into_iter()
                        .map(|r| r.integrity_check)
                        .collect::<Vec<_>>())
                }
                DbConnection::Postgres(_) => unreachable!("a SQLite URL"),
            })
            .await
            .expect("integrity check");
        assert_eq!(verdict, vec!["ok".to_owned()]);
    }
}

/// Awaits every task, in order.
async fn join_all<T: Send + 'static>(
    tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<T> {
    let mut out = Vec::new();
    for task in tasks {
        out.push(task.await.expect("task"));
    }
    out
}
