//! Size limits and slow clients: oversized forms get a plain 413 page, oversized headers a
//! 431, a full-length letter in any script still fits, and a client that stalls while
//! sending its request, or idles after one, is disconnected on time while others are served.

mod support;

use std::time::{Duration, Instant};

use missive::auth::Role;
use support::{spawn_app, spawn_app_with, staff_client, TestApp};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn socket_address(app: &TestApp) -> std::net::SocketAddr {
    app.address
        .trim_start_matches("http://")
        .parse()
        .expect("socket address")
}

async fn post_raw(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
) -> (u16, String, String) {
    let response = app
        .client
        .post(app.url(path))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("POST");
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, kind, response.text().await.unwrap_or_default())
}

#[tokio::test]
async fn oversized_bodies_get_a_plain_413_page_and_a_full_letter_fits() {
    let app = spawn_app().await;

    let huge = format!("full_name={}", "a".repeat(200 * 1024));
    let form = "application/x-www-form-urlencoded";
    let (status, kind, page) = post_raw(
        &app,
        "/campaigns/british-values/signatures",
        form,
        huge.into_bytes(),
    )
    .await;
    assert_eq!(status, 413, "an oversized sign form");
    assert!(kind.starts_with("text/html"), "{kind}");
    assert!(page.contains("too much to send"), "a plain page: {page}");

    // 10,000 characters in a script that takes 9 bytes a character once encoded: a full
    // letter, which must fit under the form limit.
    let body = "李".repeat(10_000);
    let encoded = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("email", "writer@example.org"),
            ("subject", "信"),
            ("body", body.as_str()),
            ("action", "save"),
        ])
        .finish();
    assert!(encoded.len() > 64 * 1024, "{} bytes", encoded.len());
    let (status, _, _) = post_raw(
        &app,
        "/campaigns/british-values/letters",
        form,
        encoded.into_bytes(),
    )
    .await;
    assert_eq!(status, 303, "a 10,000-character letter is saved");

    // There is no JSON body to send: a JSON one is refused by type, whatever its size.
    let json = format!("{{\"body\": \"{}\"}}", "a".repeat(200 * 1024)).into_bytes();
    let (status, _, _) = post_raw(
        &app,
        "/campaigns/british-values/letters",
        "application/json",
        json,
    )
    .await;
    assert!(
        matches!(status, 400 | 413 | 415),
        "JSON instead of a form: {status}"
    );

    let staff = staff_client(&app, "organiser@missive.test", Role::Organiser).await;
    let markdown = "word ".repeat(60 * 1024);
    let page = staff
        .post(
            &app,
            "/staff/campaigns",
            &[("slug", "too-long"), ("body_markdown", markdown.as_str())],
        )
        .await;
    assert_eq!(page.status, 413, "an oversized staff form");
    assert!(page.body.contains("too much to send"));

    // A declared length past the limit is refused before the body is sent.
    let mut stream = TcpStream::connect(socket_address(&app))
        .await
        .expect("connect");
    stream
        .write_all(
            b"POST /campaigns/british-values/signatures HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000\r\n\r\nfull_name=a",
        )
        .await
        .expect("write");
    let mut answer = vec![0u8; 64];
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("an answer without the body")
        .expect("read");
    assert!(
        answer[..read].starts_with(b"HTTP/1.1 413"),
        "{:?}",
        String::from_utf8_lossy(&answer[..read])
    );
}

#[tokio::test]
async fn oversized_or_too_many_headers_get_431() {
    let app = spawn_app().await;
    let get_with = |headers: Vec<(String, String)>| {
        let mut request = app.client.get(app.url("/"));
        for (name, value) in headers {
            request = request.header(name, value);
        }
        async move { request.send().await.expect("GET").status().as_u16() }
    };
    assert_eq!(
        get_with(vec![("x-note".into(), "a".repeat(1024))]).await,
        200
    );
    assert_eq!(
        get_with(vec![("x-note".into(), "a".repeat(20 * 1024))]).await,
        431
    );
    assert_eq!(
        get_with(vec![(
            "cookie".into(),
            format!("missive-staff={}", "b".repeat(17 * 1024))
        )])
        .await,
        431
    );
    let many = (0..70)
        .map(|i| (format!("x-{i}"), "1".to_owned()))
        .collect();
    assert_eq!(get_with(many).await, 431);

    // Past what actix reads at all (128 KiB), it answers 431 itself.
    let mut stream = TcpStream::connect(socket_address(&app))
        .await
        .expect("connect");
    let head = format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: {}\r\n\r\n",
        "h".repeat(200 * 1024)
    );
    let _ = stream.write_all(head.as_bytes()).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    assert!(
        answer.starts_with(b"HTTP/1.1 431"),
        "{:?}",
        String::from_utf8_lossy(&answer)
    );
    assert_eq!(app.get("/health").await.status, 200);
}

/// Reads until the server closes the connection; what it sent, and when it closed.
async fn until_closed(stream: &mut TcpStream, limit: Duration) -> (Vec<u8>, Option<Duration>) {
    let started = Instant::now();
    let mut seen = Vec::new();
    let mut chunk = [0u8; 1024];
    loop {
        match tokio::time::timeout(
            limit.saturating_sub(started.elapsed()),
            stream.read(&mut chunk),
        )
        .await
        {
            Ok(Ok(0)) | Ok(Err(_)) => return (seen, Some(started.elapsed())),
            Ok(Ok(n)) => seen.extend_from_slice(&chunk[..n]),
            Err(_) => return (seen, None),
        }
    }
}

#[tokio::test]
async fn slow_and_idle_clients_are_disconnected_while_others_are_served() {
    let app = spawn_app_with(|s| {
        s.request_timeout_ms = 1_000;
        s.keep_alive_secs = 1;
    })
    .await;
    let address = socket_address(&app);
    let margin = Duration::from_secs(2);

    // A connection that never sends a byte.
    let mut silent = TcpStream::connect(address).await.expect("connect");
    // Half a request line, then nothing.
    let mut stalled = TcpStream::connect(address).await.expect("connect");
    stalled.write_all(b"GET /heal").await.expect("write");
    // A slowloris: a byte every 200 ms, never finishing the head.
    let mut dribbling = TcpStream::connect(address).await.expect("connect");
    let dribble = tokio::spawn(async move {
        let started = Instant::now();
        for byte in b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
            .iter()
            .cycle()
        {
            if dribbling.write_all(&[*byte]).await.is_err() {
                return Some(started.elapsed());
            }
            let mut probe = [0u8; 256];
            if let Ok(Ok(n)) =
                tokio::time::timeout(Duration::from_millis(200), dribbling.read(&mut probe)).await
            {
                if n == 0 || probe[..n].starts_with(b"HTTP/1.1 408") {
                    return Some(started.elapsed());
                }
            }
            if started.elapsed() > Duration::from_secs(10) {
                return None;
            }
        }
        None
    });

    // Meanwhile everyone else is served promptly.
    for _ in 0..10 {
        let started = Instant::now();
        assert_eq!(app.get("/health").await.status, 200);
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "{:?}",
            started.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let (answer, closed) = until_closed(&mut stalled, Duration::from_secs(10)).await;
    let closed = closed.expect("the stalled client is disconnected");
    assert!(
        closed < Duration::from_secs(1) + margin,
        "closed after {closed:?}"
    );
    assert!(
        answer.is_empty() || answer.starts_with(b"HTTP/1.1 408"),
        "{:?}",
        String::from_utf8_lossy(&answer)
    );
    let (_, closed) = until_closed(&mut silent, Duration::from_secs(10)).await;
    let closed = closed.expect("the silent client is disconnected");
    assert!(
        closed < Duration::from_secs(1) + margin,
        "closed after {closed:?}"
    );
    let cut = dribble
        .await
        .expect("dribbler")
        .expect("the slowloris is disconnected");
    assert!(cut < Duration::from_secs(1) + margin, "cut after {cut:?}");

    // After a complete request, an idle keep-alive connection is closed after a second.
    let mut idle = TcpStream::connect(address).await.expect("connect");
    idle.write_all(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .expect("write");
    let (answer, closed) = until_closed(&mut idle, Duration::from_secs(10)).await;
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{:?}",
        String::from_utf8_lossy(&answer)
    );
    let closed = closed.expect("the idle connection is closed");
    assert!(
        closed < Duration::from_secs(1) + margin,
        "closed after {closed:?}"
    );
    assert_eq!(app.get("/health").await.status, 200);
}
