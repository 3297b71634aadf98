//! The embeddable counter in a real headless Chromium: another site (a page served from a
//! different local port) frames it, and the count in the frame follows a confirmation
//! without a reload (static/live-count.js polls count.json every 10 s). A screenshot of the
//! 300×150 frame lands in `target/screenshots/embed.png`.
//!
//! Needs `/usr/bin/chromium` and `/usr/bin/chromedriver`, like `tests/browser.rs`; without
//! them the test says so on stderr and passes, unless `MISSIVE_REQUIRE_BROWSER=1`.

mod support;

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use support::browser::{in_browser, screenshot_dir, Browser};
use support::{spawn_app, TestApp};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// "Another site": serves one page framing the embed, from a different origin (port).
async fn host_page(embed_url: String) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let html = format!(
        "<!DOCTYPE html><html><head><title>Another site</title></head><body>\
         <h1>Our campaign partners</h1>\
         <iframe src=\"{embed_url}\" width=\"300\" height=\"150\" title=\"Signatures\" \
         style=\"border:0\"></iframe></body></html>"
    );
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut buffer = [0u8; 4096];
            let _ = stream.read(&mut buffer).await;
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{html}",
                html.len()
            );
            let _ = stream.write_all(response.as_bytes()).await;
        }
    });
    format!("http://{address}/")
}

async fn figure(browser: &Client) -> String {
    browser
        .find(Locator::Css(".figure"))
        .await
        .expect("the count in the frame")
        .text()
        .await
        .expect("text")
}

async fn confirm_one_signature(app: &TestApp) {
    let signed = app
        .sign(
            "british-values",
            "Ada Lovelace",
            "ada@example.com",
            "SW1A 1AA",
        )
        .await;
    assert_eq!(signed.status, 303);
    let link = app.wait_for_emails(1).await[0].confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    assert_eq!(app.wait_for_count("british-values", 1).await, 1);
}

#[tokio::test]
async fn another_site_frames_the_counter_and_sees_it_go_up() {
    in_browser((800, 600), |browser: Browser| async move {
        let app = spawn_app().await;
        let host = host_page(app.url("/campaigns/british-values/embed")).await;
        scenario(browser, app, host).await;
    })
    .await;
}

async fn scenario(browser: Browser, app: TestApp, host: String) {
    browser.goto(&host).await.expect("open the host page");
    let frame = browser
        .find(Locator::Css("iframe"))
        .await
        .expect("the iframe");
    frame.clone().enter_frame().await.expect("enter the frame");
    assert_eq!(figure(&browser).await, "0", "the framed counter loaded");

    confirm_one_signature(&app).await;
    let deadline = Instant::now() + Duration::from_secs(25);
    loop {
        if figure(&browser).await == "1" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the framed count did not follow the confirmation"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let noun = browser
        .find(Locator::Css("[data-live-noun]"))
        .await
        .expect("noun")
        .text()
        .await
        .expect("text");
    assert_eq!(noun, "signature");
    let bar = browser
        .find(Locator::Css("progress"))
        .await
        .expect("progress")
        .attr("value")
        .await
        .expect("value");
    assert_eq!(bar.as_deref(), Some("1"));

    browser
        .enter_parent_frame()
        .await
        .expect("back to the host");
    let png = frame.screenshot().await.expect("screenshot of the frame");
    std::fs::write(screenshot_dir().join("embed.png"), png).expect("write screenshot");
}
