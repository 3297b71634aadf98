//! A fake postcodes.io on loopback: it answers `GET /postcodes/{postcode}` and
//! `GET /terminated_postcodes/{postcode}` with the real API's JSON shapes for the postcodes
//! it is given, 404 for the others, and counts the requests it was sent.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the fake knows about one postcode.
#[derive(Clone)]
pub enum Known {
    /// A live postcode in a Westminster constituency: its ONS code and name.
    Live {
        code: &'static str,
        name: &'static str,
        country: &'static str,
    },
    /// A live postcode with no Westminster constituency (the API's pseudo-code).
    Crown {
        country: &'static str,
        pseudo_code: &'static str,
    },
    Terminated {
        year: i32,
        month: u32,
    },
}

pub struct FakePostcodesIo {
    /// The API's root, e.g. `http://127.0.0.1:41234`.
    pub url: String,
    requests: Arc<AtomicUsize>,
}

impl FakePostcodesIo {
    /// Starts a fake that knows `postcodes` (keyed as written, e.g. "GU11 1AA") and waits
    /// `delay` before each answer.
    pub async fn start(postcodes: &[(&str, Known)], delay: Duration) -> FakePostcodesIo {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind fake");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let known: Arc<HashMap<String, Known>> = Arc::new(
            postcodes
                .iter()
                .map(|(p, k)| (p.replace(' ', "").to_uppercase(), k.clone()))
                .collect(),
        );
        let requests = Arc::new(AtomicUsize::new(0));
        let counted = requests.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let known = known.clone();
                let counted = counted.clone();
                tokio::spawn(async move {
                    let mut request = Vec::new();
                    let mut buf = [0u8; 1024];
                    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => request.extend_from_slice(&buf[..n]),
                        }
                    }
                    counted.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(delay).await;
                    let line = String::from_utf8_lossy(&request);
                    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
                    let (status, body) = answer(&known, &path);
                    let reason = if status == 200 { "OK" } else { "Not Found" };
                    let response = format!(
                        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=utf-8\r\n\
                         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = socket.write_all(response.as_bytes()).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        FakePostcodesIo { url, requests }
    }

    /// How many requests it has been sent.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// The status and JSON body postcodes.io gives for `path`.
fn answer(known: &HashMap<String, Known>, path: &str) -> (u16, String) {
    let not_found = |error: &str| {
        (
            404,
            serde_json::json!({ "status": 404, "error": error }).to_string(),
        )
    };
    let (kind, postcode) = match path.trim_start_matches('/').split_once('/') {
        Some((kind, postcode)) => (kind, postcode.replace("%20", "").to_uppercase()),
        None => return not_found("Resource not found"),
    };
    let (outward, inward) = postcode.split_at(postcode.len().saturating_sub(3));
    let spaced = format!("{outward} {inward}");
    match (kind, known.get(&postcode)) {
        (
            "postcodes",
            Some(Known::Live {
                code,
                name,
                country,
            }),
        ) => (
            200,
            serde_json::json!({
                "status": 200,
                "result": {
                    "postcode": spaced,
                    "quality": 1,
                    "country": country,
                    "region": "South East",
                    "parliamentary_constituency": name,
                    "parliamentary_constituency_2024": name,
                    "admin_district": "Rushmoor",
                    "codes": {
                        "admin_district": "E07000092",
                        "parliamentary_constituency": code,
                        "parliamentary_constituency_2024": code
                    }
                }
            })
            .to_string(),
        ),
        (
            "postcodes",
            Some(Known::Crown {
                country,
                pseudo_code,
            }),
        ) => (
            200,
            serde_json::json!({
                "status": 200,
                "result": {
                    "postcode": spaced,
                    "quality": 1,
                    "country": country,
                    "region": null,
                    "parliamentary_constituency": null,
                    "parliamentary_constituency_2024": null,
                    "admin_district": null,
                    "codes": {
                        "admin_district": pseudo_code,
                        "parliamentary_constituency": pseudo_code,
                        "parliamentary_constituency_2024": pseudo_code
                    }
                }
            })
            .to_string(),
        ),
        ("terminated_postcodes", Some(Known::Terminated { year, month })) => (
            200,
            serde_json::json!({
                "status": 200,
                "result": {
                    "postcode": spaced,
                    "year_terminated": year,
                    "month_terminated": month,
                    "longitude": -2.242851,
                    "latitude": 57.101474
                }
            })
            .to_string(),
        ),
        ("postcodes", _) | ("terminated_postcodes", _) => {
            let valid = (5..=7).contains(&postcode.len());
            not_found(if valid {
                if kind == "postcodes" {
                    "Postcode not found"
                } else {
                    "Terminated postcode not found"
                }
            } else {
                "Invalid postcode"
            })
        }
        _ => not_found("Resource not found"),
    }
}

/// An address where nothing listens: a postcode API that is down.
pub fn down() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    drop(listener);
    url
}
