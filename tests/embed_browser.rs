//! The embeddable counter in a real headless Chromium: another site (a page served from a
//! different local port) frames it, and the count in the frame follows a confirmation
//! without a reload (static/live-count.js polls count.json every 10 s). A screenshot of the
//! 300×150 frame lands in `target/screenshots/embed.png`.
//!
//! Needs `/usr/bin/chromium` and `/usr/bin/chromedriver`, like `tests/browser.rs`; without
//! them the test says so on stderr and passes, unless `MISSIVE_REQUIRE_BROWSER=1`.

mod support;

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use support::{spawn_app, TestApp};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn browser_installed() -> bool {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return true;
    }
    assert_ne!(
        std::env::var("MISSIVE_REQUIRE_BROWSER").as_deref(),
        Ok("1"),
        "MISSIVE_REQUIRE_BROWSER=1 but chromium or chromedriver is missing"
    );
    let _ = writeln!(
        std::io::stderr(),
        "\n*** embed browser test skipped: install chromium and chromium-driver ***\n"
    );
    false
}

/// chromedriver on a free port, in its own process group so Drop ends Chromium too.
struct Driver {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Driver {
    fn start() -> Driver {
        let dir = tempfile::tempdir().expect("temp dir");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut command = Command::new(CHROMEDRIVER);
        command
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command.spawn().expect("start chromedriver");
        Driver { child, port, dir }
    }

    async fn connect(&mut self) -> Client {
        let url = format!("http://127.0.0.1:{}", self.port);
        let deadline = Instant::now() + Duration::from_secs(10);
        while reqwest::get(format!("{url}/status")).await.is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let options = json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-sync",
                "--window-size=800,600",
                format!("--user-data-dir={}", self.dir.path().join("profile").display()),
            ],
        });
        let mut capabilities = fantoccini::wd::Capabilities::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert("goog:chromeOptions".into(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&url)
            .await
            .expect("a Chromium session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        #[cfg(unix)]
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

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
    if !browser_installed() {
        return;
    }
    let app = spawn_app().await;
    let host = host_page(app.url("/campaigns/british-values/embed")).await;
    let mut driver = Driver::start();
    let browser = driver.connect().await;
    let outcome = tokio::spawn(scenario(browser.clone(), app, host)).await;
    let _ = browser.close().await;
    drop(driver);
    if let Err(error) = outcome {
        match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => panic!("browser scenario did not finish: {error}"),
        }
    }
}

async fn scenario(browser: Client, app: TestApp, host: String) {
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
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    let _ = std::fs::create_dir_all(&dir);
    std::fs::write(dir.join("embed.png"), png).expect("write screenshot");
}
