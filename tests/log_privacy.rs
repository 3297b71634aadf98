//! No personal data in logs or URLs. The server binary runs as a child process with
//! `RUST_LOG=debug`, its output captured, through a whole journey with distinctive names,
//! emails, postcodes and words: signing, confirming, withdrawing, writing, autosaving and
//! submitting a letter, deleting a draft, a moderator signing in and approving, exports, a
//! signature search, an API token. Then none of those values, and none of the secrets
//! (confirmation and letter tokens, CSRF token, session cookie, password, API token), may
//! appear anywhere in the log; and no URL the server sent (redirects, links, form actions)
//! carries personal data, nor a token outside the private-link paths.

mod support;

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use diesel::{Connection, PgConnection};
use missive::db::schema::letters;
use missive::db::Database;
use support::{Email, Page};

const SLUG: &str = "british-values";

/// What a supporter or staff member typed, which must never reach the log or a URL.
const SIGNER: &str = "Zebedee Quillfeather";
const SIGNER_EMAIL: &str = "zebedee.quillfeather@example.org";
const SIGNER_POSTCODE: &str = "ky16 9ss";
const LEAVER: &str = "Philippa Marchbanks";
const LEAVER_EMAIL: &str = "philippa.marchbanks@example.net";
const WRITER: &str = "Ignatius Fernleaf";
const WRITER_EMAIL: &str = "ignatius.fernleaf@example.com";
const WRITER_POSTCODE: &str = "EH8 9YL";
const WRITER_PUBLIC: &str = "Iggy Fernleaf";
const DRAFTER: &str = "Wilhelmina Crabtree";
const DRAFTER_EMAIL: &str = "wilhelmina.crabtree@example.co.uk";
const LETTER_WORDS: &str = "marmalade otter lighthouse";
const STAFF_EMAIL: &str = "rosalind.moderator@example.org";
const STAFF_PASSWORD: &str = "log test correct horse staple 4471";

const BODY: &str = "I keep bees near the marmalade otter lighthouse in Fife, and I read \
every week about lawyers jailed in Kazakhstan for defending strikers. Please make our \
trade depend on their release.";

/// A port nobody listens on just now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// The server binary, its output in a file, on a fresh database (a PostgreSQL one is
/// dropped afterwards).
struct Server {
    child: Child,
    base: String,
    log: PathBuf,
    data_dir: tempfile::TempDir,
    database_url: String,
    postgres: Option<(String, String)>,
}

impl Server {
    fn start() -> Server {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let (database_url, postgres) = support::fresh_database(data_dir.path());
        let port = free_port();
        let log = data_dir.path().join("server.log");
        let out = std::fs::File::create(&log).expect("log file");
        let err = out.try_clone().expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_missive"))
            .arg("serve")
            .env_clear()
            .env("RUST_LOG", "debug")
            .env("NO_COLOR", "1")
            .env("DATABASE_URL", &database_url)
            .env("MISSIVE_DATA_DIR", data_dir.path())
            .env("MISSIVE_BIND", format!("127.0.0.1:{port}"))
            .env("MISSIVE_COUNT_INTERVAL_MS", "100")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("start the server");
        Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log,
            data_dir,
            database_url,
            postgres,
        }
    }

    async fn wait_until_up(&mut self, client: &reqwest::Client) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(response) = client.get(format!("{}/health", self.base)).send().await {
                if response.status() == 200 {
                    return;
                }
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the server exited ({status}): {}", self.read_log());
            }
            assert!(Instant::now() < deadline, "the server never came up");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Asks the server to stop (SIGTERM) and waits for it, so its last lines are written.
    fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.child.try_wait().ok().flatten().is_none() {
            if Instant::now() > deadline {
                let _ = self.child.kill();
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.wait();
    }

    fn read_log(&self) -> String {
        strip_ansi(&std::fs::read_to_string(&self.log).unwrap_or_default())
    }

    /// Emails written so far to `to`, oldest first, waiting for at least `n`.
    async fn emails_to(&self, to: &str, n: usize) -> Vec<Email> {
        let dir = self.data_dir.path().join("outbox");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                        .collect()
                })
                .unwrap_or_default();
            files.sort();
            let mine: Vec<Email> = files
                .iter()
                .map(|p| Email::parse(&std::fs::read(p).expect("read eml")))
                .filter(|e| e.to == to)
                .collect();
            if mine.len() >= n {
                return mine;
            }
            assert!(Instant::now() < deadline, "no email to {to}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some((admin, name)) = self.postgres.take() {
            if let Ok(mut conn) = PgConnection::establish(&admin) {
                use diesel::connection::SimpleConnection;
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for end in chars.by_ref() {
                if end.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A browser: cookies kept, redirects not followed, every URL the server sent recorded.
struct Browser {
    client: reqwest::Client,
    base: String,
    urls: BTreeSet<String>,
    /// Values of every cookie the server set.
    cookies: Vec<String>,
}

impl Browser {
    async fn page(&mut self, response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        for set in response.headers().get_all("set-cookie") {
            let pair = set
                .to_str()
                .unwrap_or_default()
                .split(';')
                .next()
                .unwrap_or_default();
            if let Some((_, value)) = pair.split_once('=') {
                self.cookies.push(value.to_owned());
            }
        }
        let body = response.text().await.expect("body");
        let page = Page {
            status,
            location,
            body,
        };
        self.urls.extend(page.location.clone());
        let html = page.html();
        let selector = scraper::Selector::parse("[href], [action], [src]").expect("selector");
        for element in html.select(&selector) {
            for attr in ["href", "action", "src"] {
                if let Some(url) = element.value().attr(attr) {
                    self.urls.insert(url.to_owned());
                }
            }
        }
        page
    }

    async fn get(&mut self, path: &str) -> Page {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("GET");
        self.page(response).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .expect("POST");
        self.page(response).await
    }
}

/// The path (from the site's root) of a link in an email.
fn path_of(email: &Email, prefix: &str) -> String {
    email
        .link_path(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in {:?}", email.text))
}

fn letter_fields<'a>(
    name: &'a str,
    email: &'a str,
    postcode: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("full_name", name),
        ("email", email),
        ("postcode", postcode),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", BODY),
        ("publish", "yes"),
        ("public_name", WRITER_PUBLIC),
        ("website", ""),
        ("action", action),
    ]
}

async fn create_staff(database_url: &str) {
    let db = Database::connect(database_url, 1).expect("database");
    let email = missive::domain::EmailAddress::parse(STAFF_EMAIL).expect("email");
    let password =
        missive::domain::NewPassword::parse(STAFF_PASSWORD, email.as_str()).expect("password");
    let hash = missive::auth::password::hash_blocking(&password).expect("hash");
    db.write(move |conn| {
        missive::db::models::user::create(
            conn,
            &email,
            &hash,
            missive::auth::Role::Admin,
            Utc::now().naive_utc(),
        )
    })
    .await
    .expect("create staff");
}

fn letter_id(database_url: &str, email: &'static str) -> i64 {
    let db = Database::connect(database_url, 1).expect("database");
    let mut conn = db.get().expect("connection");
    letters::table
        .filter(letters::writer_email.eq(email))
        .select(letters::id)
        .first(&mut *conn)
        .expect("the letter")
}

/// Every way `value` could be written in a URL.
fn spellings(value: &str) -> Vec<String> {
    let encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
    let mut all = vec![
        value.to_owned(),
        value.to_uppercase(),
        value.to_lowercase(),
        encoded.clone(),
        encoded.replace('+', "%20"),
    ];
    all.dedup();
    all
}

#[tokio::test]
async fn a_whole_journey_leaves_no_personal_data_in_the_log_or_in_urls() {
    let mut server = Server::start();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client");
    server.wait_until_up(&client).await;
    create_staff(&server.database_url).await;
    let mut web = Browser {
        client,
        base: server.base.clone(),
        urls: BTreeSet::new(),
        cookies: Vec::new(),
    };
    let mut secrets: Vec<String> = Vec::new();

    // Reading and signing, confirming, and a second signer who withdraws.
    assert_eq!(web.get("/").await.status, 200);
    assert_eq!(web.get(&format!("/campaigns/{SLUG}")).await.status, 200);
    let sign = format!("/campaigns/{SLUG}/signatures");
    for (name, email, postcode, country) in [
        (SIGNER, SIGNER_EMAIL, SIGNER_POSTCODE, "GB"),
        (LEAVER, LEAVER_EMAIL, "", "NZ"),
    ] {
        let fields = [
            ("full_name", name),
            ("email", email),
            ("postcode", postcode),
            ("country", country),
            ("updates", "yes"),
            ("website", ""),
        ];
        let signed = web.post(&sign, &fields).await;
        assert_eq!(signed.status, 303);
        web.get(&signed.location.unwrap()).await;
        let link = path_of(&server.emails_to(email, 1).await[0], "/signatures/confirm/");
        secrets.push(link.rsplit('/').next().unwrap().to_owned());
        assert_eq!(web.get(&link).await.status, 200);
        let confirmed = web.post(&link, &[]).await;
        assert_eq!(confirmed.status, 303);
        web.get(&confirmed.location.unwrap()).await;
        if email == LEAVER_EMAIL {
            web.get(&link).await;
            let withdraw = format!("{link}/withdraw");
            assert_eq!(web.get(&withdraw).await.status, 200);
            let done = web.post(&withdraw, &[]).await;
            assert_eq!(done.status, 303);
            web.get(&done.location.unwrap()).await;
        }
    }

    // Writing: a draft deleted, a letter saved, autosaved, submitted.
    let write = format!("/campaigns/{SLUG}/letters");
    assert_eq!(
        web.get(&format!("/campaigns/{SLUG}/write")).await.status,
        200
    );
    let saved = web
        .post(&write, &letter_fields(DRAFTER, DRAFTER_EMAIL, "", "save"))
        .await;
    let draft = saved.location.unwrap();
    let draft = draft.split('?').next().unwrap().to_owned();
    web.get(&format!("{draft}/delete")).await;
    assert_eq!(web.post(&format!("{draft}/delete"), &[]).await.status, 303);
    secrets.push(draft.rsplit('/').next().unwrap().to_owned());

    let fields = letter_fields(WRITER, WRITER_EMAIL, WRITER_POSTCODE, "save");
    let saved = web.post(&write, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let mine = saved.location.unwrap();
    assert_eq!(web.get(&mine).await.status, 200);
    let mine = mine.split('?').next().unwrap().to_owned();
    let autosaved = web
        .client
        .post(format!("{}{mine}/autosave", server.base))
        .form(&fields)
        .send()
        .await
        .expect("autosave");
    assert_eq!(autosaved.status(), 200);
    let submitted = web
        .post(
            &mine,
            &letter_fields(WRITER, WRITER_EMAIL, WRITER_POSTCODE, "submit"),
        )
        .await;
    assert_eq!(submitted.status, 303);
    web.get(&submitted.location.unwrap()).await;
    // The letter goes to moderation once its writer confirms their address.
    let to_writer = server.emails_to(WRITER_EMAIL, 3).await;
    let confirmation = to_writer
        .iter()
        .find(|e| e.link_path("/signatures/confirm/").is_some())
        .expect("a confirmation email to the writer");
    let link = path_of(confirmation, "/signatures/confirm/");
    secrets.push(link.rsplit('/').next().unwrap().to_owned());
    assert_eq!(web.post(&link, &[]).await.status, 303);

    // A moderator signs in, searches signatures, approves the letter, exports, makes an
    // API token and uses it.
    let login = web.get("/staff/login").await;
    assert_eq!(login.status, 200);
    let login_csrf = login.attr_of("input[name=csrf]", "value").expect("csrf");
    let signed_in = web
        .post(
            "/staff/login",
            &[
                ("email", STAFF_EMAIL),
                ("password", STAFF_PASSWORD),
                ("csrf", &login_csrf),
            ],
        )
        .await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    let home = web.get("/staff").await;
    let csrf = home.attr_of("input[name=csrf]", "value").expect("csrf");
    secrets.push(csrf.clone());
    let search = web
        .get(&format!(
            "/staff/signatures?campaign={SLUG}&email_domain=example.org&postcode=KY16"
        ))
        .await;
    assert_eq!(search.status, 200);
    web.get("/staff/moderation").await;
    let id = letter_id(&server.database_url, WRITER_EMAIL);
    web.get(&format!("/staff/moderation/{id}")).await;
    let approved = web
        .post(
            &format!("/staff/moderation/{id}/approve"),
            &[("csrf", csrf.as_str())],
        )
        .await;
    assert_eq!(approved.status, 303, "{}", approved.body);
    for export in [
        "exports/signers.csv",
        "exports/signers.json",
        "exports/letters.csv?writers=yes",
        "exports/counts.csv?by=constituency",
    ] {
        let response = web
            .client
            .get(format!("{}/staff/campaigns/{SLUG}/{export}", server.base))
            .send()
            .await
            .expect("export");
        assert_eq!(response.status(), 200, "{export}");
        let body = response.text().await.expect("export body");
        if export.starts_with("exports/signers") {
            assert!(body.contains(SIGNER_EMAIL), "{export} has the signer");
        }
    }
    web.get(&format!("/staff/campaigns/{SLUG}/dashboard")).await;
    let campaign_id: i64 = {
        let db = Database::connect(&server.database_url, 1).expect("database");
        let mut conn = db.get().expect("connection");
        missive::db::models::campaign::find_by_slug(&mut conn, SLUG)
            .expect("campaign")
            .expect("the shipped campaign")
            .id
    };
    let made = web
        .post(
            "/staff/api-tokens",
            &[
                ("csrf", csrf.as_str()),
                ("name", "Log test"),
                ("campaign", &campaign_id.to_string()),
                ("contacts", "yes"),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
    let made = web.get(&made.location.expect("the token's page")).await;
    let api_token = made.attr_of("#new-token", "value").expect("the new token");
    secrets.push(api_token.clone());
    let petitions = web
        .client
        .get(format!(
            "{}/api/v1/petitions/{campaign_id}/signatures",
            server.base
        ))
        .bearer_auth(&api_token)
        .send()
        .await
        .expect("API");
    assert_eq!(petitions.status(), 200);
    assert!(petitions.text().await.unwrap().contains(SIGNER_EMAIL));

    // The writer's page once approved, its printable copy, the published letters, the JSON.
    let approval = server.emails_to(WRITER_EMAIL, 4).await;
    for email in &approval {
        if let Some(link) = email.link_path("/letters/") {
            secrets.push(link.trim_start_matches("/letters/").to_owned());
        }
    }
    let own = web
        .get(&path_of(approval.last().unwrap(), "/letters/"))
        .await;
    assert_eq!(own.status, 200);
    if let Some(print) = own.attr_of("a[href*='/print/']", "href") {
        assert_eq!(web.get(&print).await.status, 200);
    }
    web.get(&format!("/campaigns/{SLUG}/letters")).await;
    web.get(&format!("/campaigns/{SLUG}.json")).await;
    web.get(&format!("/campaigns/{SLUG}/count.json")).await;
    assert_eq!(
        web.post("/staff/logout", &[("csrf", csrf.as_str())])
            .await
            .status,
        303
    );

    server.stop();
    let log = server.read_log();
    // The log is real: debug lines, and the access log with the private links cut out.
    assert!(log.lines().count() > 50, "{log}");
    assert!(log.contains("DEBUG"), "RUST_LOG=debug took effect");
    assert!(log.contains("POST /signatures/confirm/:token "), "{log}");
    assert!(log.contains("GET /letters/:token "), "{log}");
    assert!(log.contains("POST /staff/moderation/"), "{log}");

    let typed = [
        SIGNER,
        SIGNER_EMAIL,
        SIGNER_POSTCODE,
        LEAVER,
        LEAVER_EMAIL,
        WRITER,
        WRITER_EMAIL,
        WRITER_POSTCODE,
        WRITER_PUBLIC,
        DRAFTER,
        DRAFTER_EMAIL,
        LETTER_WORDS,
        STAFF_EMAIL,
        STAFF_PASSWORD,
    ];
    for value in typed {
        for spelling in spellings(value) {
            assert!(!log.contains(&spelling), "{spelling:?} is in the log");
        }
    }
    // Parts of addresses too: the local part of each email.
    for email in [SIGNER_EMAIL, LEAVER_EMAIL, WRITER_EMAIL, DRAFTER_EMAIL] {
        let local = email.split('@').next().unwrap();
        assert!(!log.contains(local), "{local:?} is in the log");
    }
    assert!(!secrets.is_empty());
    for secret in &secrets {
        assert!(
            !log.contains(secret.as_str()),
            "a secret is in the log: {secret}"
        );
    }
    assert!(!web.cookies.is_empty(), "signing in set a session cookie");
    for cookie in web.cookies.iter().filter(|c| c.len() > 8) {
        assert!(
            !log.contains(cookie.as_str()),
            "a session cookie is in the log"
        );
    }

    // URLs: no personal data in any; tokens only in the private-link paths.
    assert!(web.urls.len() > 20, "{:?}", web.urls);
    for url in &web.urls {
        if url.starts_with("mailto:") {
            // The writer's own email program, opened with their letter: never sent to a
            // server, and only on their private page.
            continue;
        }
        for value in typed {
            for spelling in spellings(value) {
                assert!(!url.contains(&spelling), "{spelling:?} is in the URL {url}");
            }
        }
        for secret in &secrets {
            if url.contains(secret.as_str()) {
                let path = url.trim_start_matches(&server.base);
                assert!(
                    path.starts_with("/signatures/confirm/") || path.starts_with("/letters/"),
                    "a token outside a private-link path: {url}"
                );
            }
        }
    }
}
