//! The SMTP client: a pool of connections to one server, reused from one message to the
//! next, each message's content written in one piece.
//!
//! lettre's own transport writes a message's content and the `<CRLF>.<CRLF>` that ends it
//! in two writes on a socket without `TCP_NODELAY`: Nagle's algorithm then holds the
//! second write until the server acknowledges the first, and a server acknowledges late
//! (Linux and Postfix's host wait about 40 ms), so one connection carried about 25
//! messages a second whatever the machine. Here the connection is opened with
//! `TCP_NODELAY` and the dot-stuffed content goes out together with its end in one write;
//! every other write is a command followed by reading its reply. lettre still speaks the
//! protocol (greeting, EHLO, STARTTLS, AUTH, replies); only the socket and the order of
//! writes are ours.

use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Noop, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::{SMTP_PORT, SUBMISSIONS_PORT, SUBMISSION_PORT};
use tokio::net::TcpStream;

use super::error::MailError;

/// The longest wait for a connection to open (TCP, greeting, EHLO, STARTTLS, AUTH).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest wait for one message's exchange, from MAIL to the reply to its content.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);
/// A connection left unused this long is closed rather than reused (servers drop idle
/// clients after a while: Postfix after 300 s).
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// A connection left unused this long is checked with NOOP before it is reused.
const CHECK_AFTER: Duration = Duration::from_secs(2);
/// The longest wait for the reply to NOOP, RSET or QUIT.
const CHECK_TIMEOUT: Duration = Duration::from_secs(5);

/// Where and how to connect, from an `smtp://` or `smtps://` URL read as lettre reads it:
/// `smtp://host[:25]` plain, `smtp://host[:587]?tls=required` (STARTTLS or fail),
/// `?tls=opportunistic` (STARTTLS if offered), `smtps://host[:465]` (TLS from the start);
/// `user:password@` to log in; a path to name this client in EHLO.
#[derive(Clone)]
struct Server {
    host: String,
    port: u16,
    tls: Tls,
    hello: ClientId,
    credentials: Option<Credentials>,
}

impl Server {
    fn parse(text: &str) -> Result<Server, String> {
        let url = url::Url::parse(text).map_err(|e| e.to_string())?;
        let host = url.host_str().ok_or("no host")?.to_owned();
        let params = || TlsParameters::new(host.clone()).map_err(|e| e.to_string());
        let tls_param = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let (tls, default_port) = match (url.scheme(), tls_param.as_deref()) {
            ("smtp", None) => (Tls::None, SMTP_PORT),
            ("smtp", Some("required")) => (Tls::Required(params()?), SUBMISSION_PORT),
            ("smtp", Some("opportunistic")) => (Tls::Opportunistic(params()?), SUBMISSION_PORT),
            ("smtps", _) => (Tls::Wrapper(params()?), SUBMISSIONS_PORT),
            (scheme, tls) => return Err(format!("unknown scheme {scheme} or tls={tls:?}")),
        };
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_owned()),
        };
        let credentials = match url.password() {
            Some(password) => {
                let decode = |s: &str| {
                    percent_encoding::percent_decode_str(s)
                        .decode_utf8()
                        .map(|s| s.into_owned())
                        .map_err(|e| e.to_string())
                };
                Some(Credentials::new(decode(url.username())?, decode(password)?))
            }
            None => None,
        };
        Ok(Server {
            port: url.port().unwrap_or(default_port),
            host,
            tls,
            hello,
            credentials,
        })
    }

    /// Opens a connection, ready for MAIL: greeted, EHLO said, encrypted and logged in as
    /// the URL asks.
    async fn connect(&self) -> Result<AsyncSmtpConnection, MailError> {
        let mut conn = match &self.tls {
            // TLS from the first byte: lettre opens that socket itself (no TCP_NODELAY);
            // each message is still one write followed by a read, which Nagle never holds.
            Tls::Wrapper(params) => {
                AsyncSmtpConnection::connect_tokio1(
                    (self.host.as_str(), self.port),
                    Some(CONNECT_TIMEOUT),
                    &self.hello,
                    Some(params.clone()),
                    None,
                )
                .await?
            }
            _ => {
                let socket = TcpStream::connect((self.host.as_str(), self.port))
                    .await
                    .map_err(MailError::Connect)?;
                socket.set_nodelay(true).map_err(MailError::Connect)?;
                AsyncSmtpConnection::connect_with_transport(Box::new(socket), &self.hello).await?
            }
        };
        match &self.tls {
            Tls::Opportunistic(params) if conn.can_starttls() => {
                conn.starttls(params.clone(), &self.hello).await?;
            }
            Tls::Required(params) => conn.starttls(params.clone(), &self.hello).await?,
            _ => {}
        }
        if let Some(credentials) = &self.credentials {
            if let Err(e) = conn.auth(DEFAULT_MECHANISMS, credentials).await {
                conn.abort().await;
                return Err(e.into());
            }
        }
        Ok(conn)
    }
}

/// A connection waiting for its next message.
struct Parked {
    conn: AsyncSmtpConnection,
    since: Instant,
}

/// Connections to one SMTP server: as many as messages are sent at once (the sender sends
/// at most `MISSIVE_MAIL_CONCURRENCY` at a time), each reused for message after message
/// and replaced when it breaks.
pub struct SmtpPool {
    server: Server,
    idle: Mutex<Vec<Parked>>,
    /// The most connections kept open between messages.
    keep: usize,
}

impl SmtpPool {
    pub fn new(url: &str, connections: usize) -> Result<SmtpPool, MailError> {
        Ok(SmtpPool {
            server: Server::parse(url).map_err(MailError::SmtpUrl)?,
            idle: Mutex::new(Vec::new()),
            keep: connections.max(1),
        })
    }

    /// Sends one message: over a parked connection if one is open and alive, else a new
    /// one. A connection parked a while is checked with NOOP first; if MAIL fails on a
    /// reused connection for want of the connection (nothing accepted yet), the message
    /// goes over the next one instead.
    pub async fn send(&self, envelope: &Envelope, content: &[u8]) -> Result<(), MailError> {
        while let Some(mut conn) = self.take().await {
            match exchange(&mut conn, envelope, content).await {
                Ok(()) => {
                    self.park(conn);
                    return Ok(());
                }
                Err(Failed::BeforeMail(_)) => close(conn).await,
                Err(Failed::After(error)) => return self.after_failure(conn, error).await,
            }
        }
        let mut conn = timed(CONNECT_TIMEOUT, self.server.connect()).await?;
        match exchange(&mut conn, envelope, content).await {
            Ok(()) => {
                self.park(conn);
                Ok(())
            }
            Err(Failed::BeforeMail(error) | Failed::After(error)) => {
                self.after_failure(conn, error).await
            }
        }
    }

    /// After a message the server refused, the connection is reset (RSET) and kept if the
    /// server answers; after any other failure it is closed.
    async fn after_failure(
        &self,
        mut conn: AsyncSmtpConnection,
        error: MailError,
    ) -> Result<(), MailError> {
        match &error {
            MailError::Smtp(e) if e.status().is_some() && !conn.has_broken() => {
                let reset = timed(CHECK_TIMEOUT, async { Ok(conn.command(Rset).await?) }).await;
                if reset.is_ok() {
                    self.park(conn);
                } else {
                    close(conn).await;
                }
            }
            // The server stopped answering: no QUIT, whose reply would not come either.
            MailError::Timeout(_) => drop(conn),
            _ => close(conn).await,
        }
        Err(error)
    }

    /// A parked connection fit to use, closing those too old or no longer answering.
    async fn take(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let parked = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop()?;
            let idle = parked.since.elapsed();
            let mut conn = parked.conn;
            if idle > IDLE_TIMEOUT {
                close(conn).await;
                continue;
            }
            if idle > CHECK_AFTER
                && timed(CHECK_TIMEOUT, async { Ok(conn.command(Noop).await?) })
                    .await
                    .is_err()
            {
                close(conn).await;
                continue;
            }
            return Some(conn);
        }
    }

    fn park(&self, conn: AsyncSmtpConnection) {
        if conn.has_broken() {
            return;
        }
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < self.keep {
            idle.push(Parked {
                conn,
                since: Instant::now(),
            });
        }
    }

    /// Says QUIT on connections unused for [`IDLE_TIMEOUT`].
    pub async fn close_idle(&self) {
        let old: Vec<Parked> = {
            let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
            let (old, fresh) = std::mem::take(&mut *idle)
                .into_iter()
                .partition(|p| p.since.elapsed() > IDLE_TIMEOUT);
            *idle = fresh;
            old
        };
        for parked in old {
            close(parked.conn).await;
        }
    }
}

async fn timed<T>(
    limit: Duration,
    work: impl std::future::Future<Output = Result<T, MailError>>,
) -> Result<T, MailError> {
    tokio::time::timeout(limit, work)
        .await
        .map_err(|_| MailError::Timeout(limit))?
}

/// Says QUIT and closes, waiting at most [`CHECK_TIMEOUT`] for the server's reply.
async fn close(mut conn: AsyncSmtpConnection) {
    let _ = tokio::time::timeout(CHECK_TIMEOUT, conn.abort()).await;
}

/// How one message's exchange failed: at MAIL, for want of the connection (nothing
/// accepted: the message may go over another one), or otherwise.
enum Failed {
    BeforeMail(MailError),
    After(MailError),
}

impl From<MailError> for Failed {
    fn from(error: MailError) -> Failed {
        Failed::After(error)
    }
}

/// [`transact`] within [`SEND_TIMEOUT`].
async fn exchange(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    content: &[u8],
) -> Result<(), Failed> {
    tokio::time::timeout(SEND_TIMEOUT, transact(conn, envelope, content))
        .await
        .map_err(|_| Failed::After(MailError::Timeout(SEND_TIMEOUT)))?
}

/// One message's exchange: MAIL, RCPT for each recipient, DATA, then the content with its
/// end in one write (lettre's `send` does the same in that order, with the same checks,
/// but ends the content in a write of its own).
async fn transact(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    content: &[u8],
) -> Result<(), Failed> {
    let mut options = Vec::new();
    let non_ascii = envelope
        .from()
        .into_iter()
        .chain(envelope.to())
        .any(|a| !AsRef::<str>::as_ref(a).is_ascii());
    if non_ascii {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            return Err(Failed::After(MailError::Unsupported("SMTPUTF8")));
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !content.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            return Err(Failed::After(MailError::Unsupported("8BITMIME")));
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    conn.command(Mail::new(envelope.from().cloned(), options))
        .await
        .map_err(|e| match e.status() {
            // The server is closing this connection (RFC 5321 3.8).
            Some(code) if code.to_string() == "421" => Failed::BeforeMail(e.into()),
            Some(_) => Failed::After(e.into()),
            // No reply: a broken connection.
            None => Failed::BeforeMail(e.into()),
        })?;
    for recipient in envelope.to() {
        conn.command(Rcpt::new(recipient.clone(), vec![]))
            .await
            .map_err(MailError::from)?;
    }
    conn.command(Data).await.map_err(MailError::from)?;
    let mut payload = dot_stuffed(content);
    payload.extend_from_slice(b"\r\n.\r\n");
    match String::from_utf8(payload) {
        Ok(text) => conn.command(Raw(&text)).await.map_err(MailError::from)?,
        // Not text (never for the messages built here): lettre's two writes.
        Err(_) => conn.message(content).await.map_err(MailError::from)?,
    };
    Ok(())
}

/// Content written as it is: `AsyncSmtpConnection::command` writes whatever it is given
/// in one write and reads the reply.
struct Raw<'a>(&'a str);

impl fmt::Display for Raw<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// `content` with a dot added before each line that starts with one (RFC 5321 4.5.2), as
/// lettre's codec does: a line starts after CR LF, or at the very start.
pub fn dot_stuffed(content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len() + 64);
    let mut line_start = true;
    let mut after_cr = false;
    for &b in content {
        if b == b'.' && line_start {
            out.push(b'.');
        }
        out.push(b);
        line_start = after_cr && b == b'\n';
        after_cr = b == b'\r';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{dot_stuffed, Server};
    use lettre::transport::smtp::client::Tls;

    #[test]
    fn dots_starting_lines_are_doubled() {
        assert_eq!(
            dot_stuffed(b".a\r\n.b\r\nc.\r\n..d"),
            b"..a\r\n..b\r\nc.\r\n...d"
        );
        assert_eq!(dot_stuffed(b"x\n.y\r.z"), b"x\n.y\r.z", "only after CR LF");
        assert_eq!(dot_stuffed(b"\r\n\r\n."), b"\r\n\r\n..");
    }

    #[test]
    fn urls_are_read_as_lettre_reads_them() {
        let plain = Server::parse("smtp://127.0.0.1:2525").expect("url");
        assert_eq!((plain.host.as_str(), plain.port), ("127.0.0.1", 2525));
        assert!(matches!(plain.tls, Tls::None) && plain.credentials.is_none());
        let submit =
            Server::parse("smtp://u%40x:p%20w@mail.example.org?tls=required").expect("url");
        assert_eq!(submit.port, 587);
        assert!(matches!(submit.tls, Tls::Required(_)));
        assert!(submit.credentials.is_some());
        let wrapped = Server::parse("smtps://mail.example.org/client.example.org").expect("url");
        assert_eq!(wrapped.port, 465);
        assert!(matches!(wrapped.tls, Tls::Wrapper(_)));
        assert!(
            matches!(wrapped.hello, lettre::transport::smtp::extension::ClientId::Domain(ref d) if d == "client.example.org")
        );
        assert!(Server::parse("smtp://x?tls=sometimes").is_err());
        assert!(Server::parse("http://x").is_err());
    }
}
