//! Requests written straight to a socket, for what an HTTP client will not send: raw `..`
//! in paths, bytes that are not UTF-8, broken framing and header lines.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// What came back on the socket.
#[derive(Debug)]
pub enum Answer {
    /// A status line, and the bytes of the response read (head and some body).
    Status(u16, Vec<u8>),
    /// The server closed the connection without an answer (fine for broken requests).
    Closed,
    /// Nothing within the time allowed.
    TimedOut,
}

/// Most of a response read: enough to see what a path traversal would leak.
const READ_LIMIT: usize = 256 * 1024;

/// Sends `bytes`, half-closes the connection (no more is coming) and reads the answer.
pub async fn send(address: SocketAddr, bytes: &[u8], wait: Duration) -> Answer {
    let Ok(mut stream) = TcpStream::connect(address).await else {
        return Answer::Closed;
    };
    // The server may answer and close before reading everything (a 413, say).
    if stream.write_all(bytes).await.is_ok() {
        let _ = stream.shutdown().await;
    }
    let mut buffer = Vec::new();
    let read = tokio::time::timeout(wait, async {
        let mut chunk = [0u8; 16 * 1024];
        while buffer.len() < READ_LIMIT {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await;
    match status_of(&buffer) {
        Some(status) => Answer::Status(status, buffer),
        None if read.is_err() => Answer::TimedOut,
        None => Answer::Closed,
    }
}

/// The status code of `HTTP/1.x NNN …`.
pub fn status_of(response: &[u8]) -> Option<u16> {
    let line = response.split(|b| *b == b'\n').next()?;
    let rest = line.strip_prefix(b"HTTP/1.")?;
    let code = rest.get(2..5)?;
    std::str::from_utf8(code).ok()?.parse().ok()
}
