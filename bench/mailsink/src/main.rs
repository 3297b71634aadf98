//! A fast SMTP sink for the mail benchmark (see docs/benchmarks.md, "Mail at campaign scale"): speaks real SMTP
//! (RFC 5321: greeting, EHLO/HELO, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT)
//! on loopback, accepts every message, keeps none. For each message it counts one, and
//! when a recipient matches the watched pattern it logs `<unix time in ns> <recipient>` to
//! the log file, so the driver can measure delivery delays.
//!
//! Usage: mailsink <port> <log file> <watched recipient substring>
//! Every second it writes `count <n> <last>` to `<log file>.count`: messages so far, and the
//! arrival time (unix ns) of the last message to an address not watched (the bulk mail).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, BufWriter};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;

struct Shared {
    count: AtomicU64,
    last_unwatched: AtomicU64,
    watched: String,
    log: Mutex<std::fs::File>,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, port, log, watched] = args.as_slice() else {
        eprintln!("usage: mailsink <port> <log file> <watched recipient substring>");
        std::process::exit(2);
    };
    let listener = TcpListener::bind(("127.0.0.1", port.parse::<u16>().expect("port"))).await?;
    let shared = Arc::new(Shared {
        count: AtomicU64::new(0),
        last_unwatched: AtomicU64::new(0),
        watched: watched.clone(),
        log: Mutex::new(std::fs::File::create(log)?),
    });
    let counter = shared.clone();
    let count_file = format!("{log}.count");
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            let n = counter.count.load(Ordering::Relaxed);
            let last = counter.last_unwatched.load(Ordering::Relaxed);
            let _ = std::fs::write(&count_file, format!("count {n} {last}\n"));
        }
    });
    loop {
        let (stream, _) = listener.accept().await?;
        let shared = shared.clone();
        tokio::spawn(async move {
            let _ = session(stream, &shared).await;
        });
    }
}

fn now_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

async fn session(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let (read, write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let mut out = BufWriter::new(write);
    out.write_all(b"220 sink.missive.test ESMTP\r\n").await?;
    out.flush().await?;
    let mut line = String::new();
    let mut recipients: Vec<String> = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let upper = line.trim_end().to_ascii_uppercase();
        let reply: &[u8] = if upper.starts_with("EHLO") {
            b"250-sink.missive.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
        } else if upper.starts_with("HELO") {
            b"250 sink.missive.test\r\n"
        } else if upper.starts_with("MAIL FROM:") {
            recipients.clear();
            b"250 OK\r\n"
        } else if upper.starts_with("RCPT TO:") {
            recipients.push(line.trim_end()[8..].trim().to_owned());
            b"250 OK\r\n"
        } else if upper == "DATA" {
            out.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            out.flush().await?;
            loop {
                line.clear();
                if reader.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
            }
            shared.count.fetch_add(1, Ordering::Relaxed);
            let watched: Vec<&String> = recipients
                .iter()
                .filter(|r| r.contains(&shared.watched))
                .collect();
            if watched.len() < recipients.len() {
                let at = u64::try_from(now_ns()).unwrap_or(u64::MAX);
                shared.last_unwatched.fetch_max(at, Ordering::Relaxed);
            }
            if !watched.is_empty() {
                use std::io::Write;
                let at = now_ns();
                let mut log = shared.log.lock().await;
                for r in watched {
                    let r = r.trim_start_matches('<').trim_end_matches('>');
                    let _ = writeln!(log, "{at} {r}");
                }
            }
            recipients.clear();
            b"250 OK: queued\r\n"
        } else if upper == "RSET" {
            recipients.clear();
            b"250 OK\r\n"
        } else if upper == "NOOP" {
            b"250 OK\r\n"
        } else if upper == "QUIT" {
            out.write_all(b"221 Bye\r\n").await?;
            out.flush().await?;
            return Ok(());
        } else {
            b"502 Command not implemented\r\n"
        };
        out.write_all(reply).await?;
        out.flush().await?;
    }
}
