//! A browser's connection to the server: one keep-alive HTTP/1.1 connection on hyper's
//! client, reopened when the server has closed it. Requests carry what a browser's do that
//! the server looks at (Host, Accept-Encoding: gzip, and the client address a proxy would
//! add as X-Forwarded-For); bodies are always read to the end.

use std::fmt;
use std::io::Read;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

#[derive(Debug)]
pub enum HttpError {
    Connect(std::io::Error),
    Exchange(hyper::Error),
    Request(hyper::http::Error),
    Gzip(std::io::Error),
    TimedOut,
}

/// Longest wait for a whole answer, as a browser's patience.
const TIMEOUT: Duration = Duration::from_secs(30);

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Connect(e) => write!(f, "connecting: {e}"),
            HttpError::Exchange(e) => write!(f, "exchanging a request: {e}"),
            HttpError::Request(e) => write!(f, "building a request: {e}"),
            HttpError::Gzip(e) => write!(f, "decompressing a body: {e}"),
            HttpError::TimedOut => write!(f, "no whole answer within {TIMEOUT:?}"),
        }
    }
}

impl std::error::Error for HttpError {}

/// A whole response.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    gzip: bool,
    pub body: Bytes,
}

impl Answer {
    /// The body as text, decompressed if the server compressed it.
    pub fn text(&self) -> Result<String, HttpError> {
        let mut text = String::new();
        if self.gzip {
            flate2::read::GzDecoder::new(&self.body[..])
                .read_to_string(&mut text)
                .map_err(HttpError::Gzip)?;
        } else {
            text = String::from_utf8_lossy(&self.body).into_owned();
        }
        Ok(text)
    }
}

/// Parses `http://host:port` (what `--host` takes) into the address to connect to.
pub fn parse_host(url: &str) -> Result<SocketAddr, String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("{url:?}: expected http://ADDRESS:PORT"))?;
    rest.trim_end_matches('/')
        .parse()
        .map_err(|_| format!("{url:?}: expected http://ADDRESS:PORT, with an IP address"))
}

pub struct Connection {
    address: SocketAddr,
    host: HeaderValue,
    sender: Option<SendRequest<Full<Bytes>>>,
}

impl Connection {
    pub fn new(address: SocketAddr) -> Connection {
        let host = HeaderValue::from_str(&address.to_string())
            .unwrap_or_else(|_| HeaderValue::from_static("localhost"));
        Connection {
            address,
            host,
            sender: None,
        }
    }

    async fn open(&self) -> Result<SendRequest<Full<Bytes>>, HttpError> {
        let stream = TcpStream::connect(self.address)
            .await
            .map_err(HttpError::Connect)?;
        stream.set_nodelay(true).map_err(HttpError::Connect)?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream))
            .await
            .map_err(HttpError::Exchange)?;
        tokio::spawn(async move {
            // Ends when either side closes; a failure shows up in the next exchange.
            let _ = connection.await;
        });
        Ok(sender)
    }

    /// Opens the connection now rather than with the first request.
    pub async fn connect(&mut self) -> Result<(), HttpError> {
        if self.sender.as_ref().is_none_or(SendRequest::is_closed) {
            self.sender = Some(self.open().await?);
        }
        Ok(())
    }

    /// Sends a GET from `client_ip`.
    pub async fn get(&mut self, path: &str, client_ip: &str) -> Result<Answer, HttpError> {
        self.send(Method::GET, path, client_ip, None).await
    }

    /// POSTs a form body (`application/x-www-form-urlencoded`) from `client_ip`.
    pub async fn post_form(
        &mut self,
        path: &str,
        client_ip: &str,
        body: String,
    ) -> Result<Answer, HttpError> {
        self.send(Method::POST, path, client_ip, Some(body)).await
    }

    async fn send(
        &mut self,
        method: Method,
        path: &str,
        client_ip: &str,
        form: Option<String>,
    ) -> Result<Answer, HttpError> {
        let exchange = self.exchange(method, path, client_ip, form);
        match tokio::time::timeout(TIMEOUT, exchange).await {
            Ok(answer) => answer,
            Err(_) => {
                self.sender = None;
                Err(HttpError::TimedOut)
            }
        }
    }

    async fn exchange(
        &mut self,
        method: Method,
        path: &str,
        client_ip: &str,
        form: Option<String>,
    ) -> Result<Answer, HttpError> {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, self.host.clone())
            .header(
                header::USER_AGENT,
                "Mozilla/5.0 (X11; Linux x86_64) missive-loadgen",
            )
            .header(header::ACCEPT, "text/html,application/json;q=0.9,*/*;q=0.8")
            .header(header::ACCEPT_ENCODING, "gzip")
            .header("x-forwarded-for", client_ip);
        let body = match form {
            Some(form) => {
                builder = builder.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                Full::new(Bytes::from(form))
            }
            None => Full::new(Bytes::new()),
        };
        let request = builder.body(body).map_err(HttpError::Request)?;
        let mut sender = match self.sender.take() {
            Some(sender) if !sender.is_closed() => sender,
            _ => self.open().await?,
        };
        sender.ready().await.map_err(HttpError::Exchange)?;
        let response = sender
            .send_request(request)
            .await
            .map_err(HttpError::Exchange)?;
        let status = response.status().as_u16();
        let gzip = response
            .headers()
            .get(header::CONTENT_ENCODING)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"gzip"));
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(HttpError::Exchange)?
            .to_bytes();
        self.sender = Some(sender);
        Ok(Answer { status, gzip, body })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_http_addresses_with_ports() {
        assert_eq!(
            parse_host("http://127.0.0.1:18090/"),
            Ok("127.0.0.1:18090".parse().unwrap())
        );
        assert!(parse_host("https://127.0.0.1:1").is_err());
        assert!(parse_host("http://localhost:80").is_err());
    }

    #[test]
    fn compressed_bodies_are_decompressed_for_reading() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all("<form method=post>".as_bytes()).unwrap();
        let answer = Answer {
            status: 200,
            gzip: true,
            body: Bytes::from(gz.finish().unwrap()),
        };
        assert_eq!(answer.text().unwrap(), "<form method=post>");
        let plain = Answer {
            status: 200,
            gzip: false,
            body: Bytes::from_static(b"ok"),
        };
        assert_eq!(plain.text().unwrap(), "ok");
    }
}
