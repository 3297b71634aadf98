//! Test harness: a real server on a random port with a fresh database (SQLite in a temp
//! folder, or a new PostgreSQL database when TEST_DATABASE_URL is set), driven over HTTP.
#![allow(dead_code)]

pub mod browser;
pub mod files;
pub mod forms;
pub mod letters;
pub mod postcodes_io;
pub mod pseudo;
pub mod server_process;
pub mod smtp;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use missive::db::Database;
use missive::plumbing::config::Settings;
use missive::web::startup::Application;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub data_dir: tempfile::TempDir,
    pub database_url: String,
    pub db: Database,
    postgres: Option<(String, String)>,
}

pub fn settings(data_dir: PathBuf, database_url: String) -> Settings {
    Settings {
        bind: "127.0.0.1:0".parse().expect("address"),
        data_dir,
        database_url: Some(database_url),
        base_url: None,
        smtp_url: None,
        mail_from: "Missive <no-reply@missive.test>".into(),
        db_connections: 4,
        db_timeout_secs: 2,
        workers: Some(2),
        count_interval_ms: 100,
        mail_retry_base_ms: 30_000,
        mail_concurrency: 8,
        shutdown_timeout_secs: 20,
        token_days: 7,
        anonymise_after_days: 183,
        draft_emails: "10/3600".parse().expect("draft email limit"),
        mailbox_emails: "1000/86400".parse().expect("mailbox email limit"),
        slow_mail_interval_ms: 100,
        sign_answer_ms: 0,
        pseudo_language: false,
        request_timeout_ms: 5_000,
        keep_alive_secs: 5,
        joint_letter_hours: 24,
        session_key: None,
        insecure_cookies: None,
        session_idle_minutes: 30,
        session_max_hours: 12,
        trusted_proxies: Vec::new(),
        sign_burst: "1/60".parse().expect("burst limit"),
        sign_sustained: "5/300".parse().expect("sustained limit"),
        sign_allow: Vec::new(),
        // Nothing in the suite leaves the machine: tests that need the API start a fake.
        postcode_api: missive::postcode_lookup::ApiSetting::Off,
    }
}

/// A fresh database URL: a new PostgreSQL database when TEST_DATABASE_URL is set, else a
/// SQLite file in `dir`. The second value names the PostgreSQL database to drop afterwards.
pub fn fresh_database(dir: &std::path::Path) -> (String, Option<(String, String)>) {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(admin) if !admin.is_empty() => {
            let name = format!("missive_test_{:016x}", rand::random::<u64>());
            let mut conn = PgConnection::establish(&admin)
                .unwrap_or_else(|e| panic!("cannot reach TEST_DATABASE_URL: {e}"));
            conn.batch_execute(&format!("CREATE DATABASE {name}"))
                .expect("create test database");
            let mut url = url::Url::parse(&admin).expect("TEST_DATABASE_URL is a URL");
            url.set_path(&name);
            (url.to_string(), Some((admin, name)))
        }
        _ => (
            dir.join("missive.sqlite3").to_string_lossy().into_owned(),
            None,
        ),
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(customise: impl FnOnce(&mut Settings)) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let (database_url, postgres) = fresh_database(data_dir.path());
    let mut settings = settings(data_dir.path().to_path_buf(), database_url.clone());
    customise(&mut settings);
    let app = Application::build(settings).await.expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client");
    let db = Database::connect(&database_url, 2).expect("test db handle");
    TestApp {
        address,
        client,
        data_dir,
        database_url,
        db,
        postgres,
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.postgres.take() {
            if let Ok(mut conn) = PgConnection::establish(&admin) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// Imports a campaign file holding `text` through the CLI, as an organiser would.
pub fn import_campaign(app: &TestApp, file_name: &str, text: &str) {
    let file = app.data_dir.path().join(file_name);
    std::fs::write(&file, text).expect("write campaign file");
    let out = app.run_cli(&["campaign", "import", &file.to_string_lossy()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Page {
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// Text of the first element matching `selector`, if any.
    pub fn text_of(&self, selector: &str) -> Option<String> {
        let selector = scraper::Selector::parse(selector).expect("selector");
        self.html()
            .select(&selector)
            .next()
            .map(|e| e.text().collect::<String>())
    }

    pub fn attr_of(&self, selector: &str, attr: &str) -> Option<String> {
        let selector = scraper::Selector::parse(selector).expect("selector");
        self.html()
            .select(&selector)
            .next()
            .and_then(|e| e.value().attr(attr).map(str::to_owned))
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn page(response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.text().await.expect("body");
        Page {
            status,
            location,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::page(self.client.get(self.url(path)).send().await.expect("GET")).await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST");
        Self::page(response).await
    }

    /// Submits the sign form as a browser would, with the country left at its default.
    pub async fn sign(&self, slug: &str, name: &str, email: &str, postcode: &str) -> Page {
        self.post_form(
            &format!("/campaigns/{slug}/signatures"),
            &[
                ("full_name", name),
                ("email", email),
                ("postcode", postcode),
                ("country", "GB"),
                ("website", ""),
            ],
        )
        .await
    }

    /// Emails written to the outbox folder, oldest first, once at least `n` exist.
    pub async fn wait_for_emails(&self, n: usize) -> Vec<Email> {
        let dir = self.data_dir.path().join("outbox");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                        .collect()
                })
                .unwrap_or_default();
            if files.len() >= n {
                files.sort();
                return files
                    .iter()
                    .map(|p| Email::parse(&std::fs::read(p).expect("read eml")))
                    .collect();
            }
            assert!(
                Instant::now() < deadline,
                "expected {n} emails, found {}",
                files.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs the `missive` binary against this app's database and data folder.
    pub fn run_cli(&self, args: &[&str]) -> std::process::Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_missive"))
            .args(args)
            .env("DATABASE_URL", &self.database_url)
            .env("MISSIVE_DATA_DIR", self.data_dir.path())
            .env("MISSIVE_BASE_URL", &self.address)
            .env("MISSIVE_POSTCODE_API", "off")
            .output()
            .expect("run missive")
    }

    /// Like [`TestApp::run_cli`], with `input` piped to the command's standard input.
    pub fn run_cli_with_input(&self, args: &[&str], input: &str) -> std::process::Output {
        use std::io::Write;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_missive"))
            .args(args)
            .env("DATABASE_URL", &self.database_url)
            .env("MISSIVE_DATA_DIR", self.data_dir.path())
            .env("MISSIVE_BASE_URL", &self.address)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run missive");
        let mut stdin = child.stdin.take().expect("stdin");
        // The command may exit before reading (a bad role, say): a closed pipe is fine.
        let _ = stdin.write_all(input.as_bytes());
        drop(stdin);
        child.wait_with_output().expect("missive output")
    }

    /// Emails in the outbox folder addressed to `to`, waiting up to 10 s for `n` of them.
    pub async fn wait_for_emails_to(&self, to: &str, n: usize) -> Vec<Email> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let all = self.wait_for_emails(0).await;
            let mine: Vec<Email> = all.into_iter().filter(|e| e.to == to).collect();
            if mine.len() >= n || Instant::now() > deadline {
                return mine;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The count.json figure, polled until it equals `expected` (or 2 seconds pass).
    pub async fn wait_for_count(&self, slug: &str, expected: i64) -> i64 {
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            let body: serde_json::Value = self
                .client
                .get(self.url(&format!("/campaigns/{slug}/count.json")))
                .send()
                .await
                .expect("count.json")
                .json()
                .await
                .expect("json");
            let count = body["signature_count"].as_i64().expect("count");
            if count == expected || Instant::now() > deadline {
                return count;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// An email as the recipient would see it.
pub struct Email {
    pub to: String,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Email {
    pub fn parse(raw: &[u8]) -> Email {
        let message = mail_parser::MessageParser::default()
            .parse(raw)
            .expect("a parseable email");
        Email {
            to: message
                .to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_owned(),
            reply_to: message
                .reply_to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .map(str::to_owned),
            subject: message.subject().unwrap_or_default().to_owned(),
            text: message
                .body_text(0)
                .unwrap_or_default()
                .replace("\r\n", "\n"),
            html: message.body_html(0).unwrap_or_default().into_owned(),
        }
    }

    /// The path of the confirmation link in the email, e.g. `/signatures/confirm/…`.
    pub fn confirmation_path(&self) -> String {
        self.link_path("/signatures/confirm/")
            .expect("a confirmation link")
    }

    /// The path of the first link in the text part that starts with `prefix`.
    pub fn link_path(&self, prefix: &str) -> Option<String> {
        let start = self.text.find(prefix)?;
        self.text[start..]
            .split_whitespace()
            .next()
            .map(str::to_owned)
    }
}

/// A staff account made directly in the database, and a browser-like client signed in as it.
pub async fn staff_client(app: &TestApp, email: &str, role: missive::auth::Role) -> StaffClient {
    let password = format!("correct horse battery {}", email.len() * 7919);
    create_staff(app, email, role, &password).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client");
    let response = sign_in(app, &client, email, &password).await;
    assert_eq!(response.status(), 303, "staff login for {email}");
    let home = client.get(app.url("/staff")).send().await.expect("home");
    let body = home.text().await.expect("body");
    let csrf = Page {
        status: 200,
        location: None,
        body,
    }
    .attr_of("input[name=csrf]", "value")
    .expect("csrf token on staff pages");
    StaffClient {
        client,
        csrf,
        password,
    }
}

/// The sign-in form's CSRF token, from the sign-in page (`client` keeps the cookie that
/// holds it).
pub async fn login_csrf(app: &TestApp, client: &reqwest::Client) -> String {
    let body = client
        .get(app.url("/staff/login"))
        .send()
        .await
        .expect("sign-in page")
        .text()
        .await
        .expect("body");
    Page {
        status: 200,
        location: None,
        body,
    }
    .attr_of("input[name=csrf]", "value")
    .expect("csrf token on the sign-in page")
}

/// Signs `client` in as a browser would: the sign-in page first, for its CSRF token.
pub async fn sign_in(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let csrf = login_csrf(app, client).await;
    client
        .post(app.url("/staff/login"))
        .form(&[("email", email), ("password", password), ("csrf", &csrf)])
        .send()
        .await
        .expect("sign in")
}

pub async fn create_staff(
    app: &TestApp,
    email: &str,
    role: missive::auth::Role,
    password: &str,
) -> i64 {
    let email = missive::domain::EmailAddress::parse(email).expect("email");
    let password = missive::domain::NewPassword::parse(password, email.as_str()).expect("password");
    let hash = missive::auth::password::hash_blocking(&password).expect("hash");
    app.db
        .write(move |conn| {
            missive::db::models::user::create(
                conn,
                &email,
                &hash,
                role,
                chrono::Utc::now().naive_utc(),
            )
        })
        .await
        .expect("create staff")
}

pub struct StaffClient {
    pub client: reqwest::Client,
    pub csrf: String,
    pub password: String,
}

impl StaffClient {
    pub async fn get(&self, app: &TestApp, path: &str) -> Page {
        TestApp::page(self.client.get(app.url(path)).send().await.expect("GET")).await
    }

    /// Posts a staff form with the session's CSRF token added.
    pub async fn post(&self, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", self.csrf.as_str()));
        TestApp::page(
            self.client
                .post(app.url(path))
                .form(&all)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }
}
