//! Headless Chromium for the browser tests: chromedriver on a free port, a fresh profile,
//! a WebDriver session (fantoccini), the DevTools protocol where WebDriver has no command,
//! and small helpers the browser tests share (keys, text, screenshots, waiting for a page).
//!
//! Needs `/usr/bin/chromium` and `/usr/bin/chromedriver` (Debian: `apt-get install chromium
//! chromium-driver`). Without them a test says so loudly on stderr and passes, unless
//! `MISSIVE_REQUIRE_BROWSER=1` (as `.ci/run` sets), which makes a missing browser a failure.

use std::future::Future;
use std::io::Write;
use std::net::TcpListener;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Desktop and phone window sizes, in CSS pixels.
pub const DESKTOP: (u32, u32) = (1280, 900);
pub const PHONE: (u32, u32) = (390, 844);

/// True when Chromium and chromedriver are installed. Otherwise the test fails under
/// `MISSIVE_REQUIRE_BROWSER=1` and is skipped (loudly) without it.
pub fn installed() -> bool {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|path| !Path::new(path).exists())
        .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var("MISSIVE_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!(
            "MISSIVE_REQUIRE_BROWSER=1 but {} is missing: \
             install chromium and chromium-driver (apt-get install chromium chromium-driver)",
            missing.join(" and ")
        );
    }
    // Straight to the process's stderr: the test harness captures `eprintln!` of tests
    // that pass, and a silently skipped test looks like a passing one.
    let _ = writeln!(
        std::io::stderr(),
        "\n*** browser test skipped: install chromium and chromium-driver \
         (apt-get install chromium chromium-driver) or set MISSIVE_REQUIRE_BROWSER=1 ***\n"
    );
    false
}

/// A chromedriver child process on a free loopback port, with a fresh Chromium profile.
/// Dropping it ends chromedriver and any browser it started.
pub struct Driver {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Driver {
    pub fn start() -> Driver {
        let dir = tempfile::tempdir().expect("temp dir");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut command = Command::new(CHROMEDRIVER);
        command
            .arg(format!("--port={port}"))
            .arg(format!(
                "--log-path={}",
                dir.path().join("chromedriver.log").display()
            ))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group, so that Drop can end Chromium along with chromedriver.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command.spawn().expect("start chromedriver");
        Driver { child, port, dir }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("chromedriver.log")).unwrap_or_default()
    }

    /// Waits for chromedriver to listen, then opens a headless Chromium session whose
    /// window is `width`×`height`.
    pub async fn connect(&mut self, (width, height): (u32, u32)) -> Browser {
        let url = self.url();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("chromedriver exited with {status}:\n{}", self.log());
            }
            if reqwest::get(format!("{url}/status")).await.is_ok() {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on {url} within 10 s:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = self.dir.path().join("profile");
        let options = json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", profile.display()),
            ],
        });
        let mut capabilities = fantoccini::wd::Capabilities::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert("goog:chromeOptions".into(), options);
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&url)
            .await
            .unwrap_or_else(|e| panic!("no Chromium session: {e}\n{}", self.log()));
        let session = client
            .session_id()
            .await
            .expect("session id")
            .expect("a WebDriver session has an id");
        Browser {
            client,
            cdp_url: format!("{url}/session/{session}/goog/cdp/execute"),
        }
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

/// A WebDriver session (everything of fantoccini's `Client`, through `Deref`), plus the
/// Chrome DevTools protocol through chromedriver.
#[derive(Clone)]
pub struct Browser {
    client: Client,
    cdp_url: String,
}

impl Deref for Browser {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Browser {
    /// Runs a DevTools protocol command (e.g. `Page.addScriptToEvaluateOnNewDocument`) and
    /// returns its result.
    pub async fn cdp(&self, method: &str, params: Value) -> Value {
        let response = reqwest::Client::new()
            .post(&self.cdp_url)
            .json(&json!({ "cmd": method, "params": params }))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method}: {e}"));
        let status = response.status();
        let body: Value = response
            .json()
            .await
            .expect("a JSON answer from chromedriver");
        assert!(status.is_success(), "{method} failed: {body}");
        body["value"].clone()
    }

    /// Resizes the window so that the page's viewport is `width`×`height` CSS pixels.
    pub async fn viewport(&self, (width, height): (u32, u32)) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        )
        .await;
    }

    /// A screenshot of the whole page (not just the viewport) as
    /// `target/screenshots/{name}.png`.
    pub async fn full_screenshot(&self, name: &str) {
        let shot = self
            .cdp(
                "Page.captureScreenshot",
                json!({ "format": "png", "captureBeyondViewport": true }),
            )
            .await;
        let data = shot["data"].as_str().expect("screenshot data");
        let png = base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("base64 screenshot");
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png)
            .expect("write screenshot");
    }
}

/// Runs `scenario` against a fresh Chromium session with a `window`-sized window, then
/// ends the session (and the browser) whether or not the scenario panicked, and passes
/// its panic on. Without a browser installed, see [`installed`].
pub async fn in_browser<F, Fut>(window: (u32, u32), scenario: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    if !installed() {
        return;
    }
    let mut driver = Driver::start();
    let browser = driver.connect(window).await;
    let outcome = tokio::spawn(scenario(browser.clone())).await;
    let _ = browser.client.clone().close().await;
    drop(driver);
    if let Err(error) = outcome {
        match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => panic!("browser scenario did not finish: {error}"),
        }
    }
}

/// `target/screenshots/`, created if need be.
pub fn screenshot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("create target/screenshots");
    dir
}

/// A screenshot of the viewport as `target/screenshots/{name}` (name with its extension).
pub async fn screenshot(browser: &Client, name: &str) {
    let png = browser.screenshot().await.expect("screenshot");
    std::fs::write(screenshot_dir().join(name), png).expect("write screenshot");
}

/// Text of the first element matching `css`.
pub async fn text(browser: &Client, css: &str) -> String {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css} on the page: {e}"))
        .text()
        .await
        .expect("element text")
}

/// Presses `keys` together (the first ones held, like Control in Control+End) on whatever
/// has focus, as a keyboard would, then releases them.
pub async fn press(browser: &Client, keys: &[Key]) {
    let keys: Vec<char> = keys.iter().map(|&k| k.into()).collect();
    chord(browser, &keys).await;
}

/// Like [`press`], for keys given as characters: `Key::Control.into()` and `'a'`.
pub async fn chord(browser: &Client, keys: &[char]) {
    let mut actions = KeyActions::new("keyboard".into());
    for &key in keys {
        actions = actions.then(KeyAction::Down { value: key });
    }
    for &key in keys.iter().rev() {
        actions = actions.then(KeyAction::Up { value: key });
    }
    browser.perform_actions(actions).await.expect("key press");
}

/// Types `text` key by key into whatever has focus.
pub async fn type_text(browser: &Client, text: &str) {
    let mut typing = KeyActions::new("keyboard".into());
    for c in text.chars() {
        typing = typing
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    browser.perform_actions(typing).await.expect("type");
}

/// Waits up to 10 s for the browser to be at `expected` (a path, without the query).
pub async fn wait_for_path(browser: &Client, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let url = browser.current_url().await.expect("url");
        if url.path() == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "expected {expected}, still at {url}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits up to 10 s for an element matching `css` and returns it. After a click that submits
/// a form, the next page may not be there yet when the click returns.
pub async fn wait_for(browser: &Client, css: &str) -> fantoccini::elements::Element {
    browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
}

/// Waits up to 10 s for the browser's URL to include `query` (like `saved=river`).
pub async fn wait_for_query(browser: &Client, query: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let url = browser.current_url().await.expect("url");
        if url.query().is_some_and(|q| q.contains(query)) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "expected ?{query}, still at {url}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
