//! Bad input never becomes a 500: generated requests (random, truncated, oversized, wrong
//! content types, invalid UTF-8, huge and repeated fields, path traversal, header abuse)
//! across every route, anonymous and signed in, through an HTTP client and raw sockets.
//! No answer may be 500 or above, nothing may panic, no file outside `static/` may leak,
//! and afterwards the server still answers and still takes a signature.
//!
//! `MISSIVE_FUZZ_REQUESTS` sets how many (default 100,000); `MISSIVE_FUZZ_SEED` repeats a
//! run (the seed is printed).

mod support;

#[path = "fuzz/generate.rs"]
mod generate;
#[path = "fuzz/raw.rs"]
mod raw;
#[path = "fuzz/routes.rs"]
mod routes;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use generate::{Gen, Known, Request, Session, Transport};
use missive::auth::Role;
use missive::domain::{EmailAddress, SecretToken};
use routes::ROUTES;
use support::{spawn_app_with, staff_client, Page, StaffClient, TestApp};

static PANICS: AtomicUsize = AtomicUsize::new(0);

/// Counts every panic in this process (the server runs in it) and still prints it.
fn count_panics() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        report(info);
    }));
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// What the run saw.
#[derive(Default)]
struct Tally {
    by_status: BTreeMap<u16, u64>,
    by_route: Vec<u64>,
    /// Requests that a staff session got through (an answer other than "sign in").
    staff_served: u64,
    closed: u64,
    /// Requests sent again after their connection broke (see `send`).
    retried: u64,
    client_errors: u64,
    failures: Vec<String>,
    failure_count: u64,
}

impl Tally {
    fn fail(&mut self, what: String) {
        self.failure_count += 1;
        if self.failures.len() < 25 {
            self.failures.push(what.chars().take(600).collect());
        }
    }
}

/// A request as it can be printed in a failure.
fn describe(index: u64, request: &Request) -> String {
    let target = String::from_utf8_lossy(&request.target);
    let body = String::from_utf8_lossy(&request.body);
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    format!(
        "#{index} {:?} {:?} {} {} (route {}, {} header(s), body {} bytes: {:?})",
        request.transport,
        request.session,
        request.method,
        cut(&target, 200),
        ROUTES[request.route].path,
        request.headers.len(),
        request.body.len(),
        cut(&body, 120),
    )
}

/// Staff ids and tokens the requests use, made through the app as a person would.
async fn prepare(app: &TestApp, staff: &StaffClient) -> Known {
    let admin = EmailAddress::parse("admin@missive.test").expect("email");
    let user_id = app
        .db
        .read(move |conn| missive::db::models::user::find_by_email(conn, &admin))
        .await
        .expect("read admin")
        .expect("admin exists")
        .id;

    // A second session of the same account, whose cookie raw requests carry.
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let raw_client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_provider(jar.clone())
        .build()
        .expect("client");
    let login = support::sign_in(
        app,
        &raw_client,
        "admin@missive.test",
        staff.password.as_str(),
    )
    .await;
    assert_eq!(login.status(), 303, "second staff login");
    let home = TestApp::page(
        raw_client
            .get(app.url("/staff"))
            .send()
            .await
            .expect("home"),
    )
    .await;
    let raw_csrf = home.attr_of("input[name=csrf]", "value").expect("csrf");
    let url = reqwest::Url::parse(&app.address).expect("address");
    let raw_cookie = reqwest::cookie::CookieStore::cookies(jar.as_ref(), &url)
        .and_then(|v| v.to_str().ok().map(str::to_owned))
        .expect("session cookie");

    // Two signatures (one confirmed) and two drafts, each with its private link.
    let sign = |name: &'static str, email: &'static str| async move {
        let signed = app.sign("british-values", name, email, "SW1A 1AA").await;
        assert_eq!(signed.status, 303, "signing works before the run");
        let emails = app.wait_for_emails_to(email, 1).await;
        emails
            .first()
            .expect("a confirmation email")
            .confirmation_path()
    };
    let link = sign("Fuzz Signer", "signer@example.org").await;
    let confirmed = app
        .client
        .post(app.url(&link))
        .send()
        .await
        .expect("confirm");
    assert_eq!(confirmed.status(), 303, "confirming works before the run");
    let token_of = |link: &str| link.trim_start_matches("/signatures/confirm/").to_owned();
    let sig_token = token_of(&link);
    let doomed_sig_token = token_of(&sign("Doomed Signer", "doomed@example.org").await);
    let draft = |email: &'static str| async move {
        let saved = app
            .post_form(
                "/campaigns/british-values/letters",
                &[("email", email), ("action", "save")],
            )
            .await;
        saved
            .location
            .as_deref()
            .and_then(|l| l.strip_prefix("/letters/"))
            .and_then(|l| l.split('?').next())
            .expect("a private link")
            .to_owned()
    };
    let letter_token = draft("writer@example.org").await;
    let doomed_letter_token = draft("doomed.writer@example.org").await;

    // A letter sent for moderation.
    let submitted = app
        .post_form(
            "/campaigns/british-values/letters",
            &[
                ("full_name", "Grace Hopper"),
                ("email", "grace@example.org"),
                ("postcode", "SW1A 1AA"),
                ("country", "GB"),
                ("subject", "Trade with Kazakhstan"),
                ("body", "I am writing as your constituent about UK trade with Kazakhstan, which worries me a great deal."),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(
        submitted.status, 303,
        "a letter is submitted before the run"
    );
    let submitted_token = submitted
        .location
        .as_deref()
        .and_then(|l| l.strip_prefix("/letters/"))
        .and_then(|l| l.split('?').next())
        .and_then(|t| SecretToken::parse(t).ok())
        .expect("the submitted letter's link");
    let letter_id = app
        .db
        .read(move |conn| missive::db::models::letter::find_by_token(conn, &submitted_token.hash()))
        .await
        .expect("read letter")
        .expect("the submitted letter")
        .id;

    // The campaign the fuzzer may change.
    let created = staff
        .post(
            app,
            "/staff/campaigns",
            &[
                ("slug", "fuzz-campaign"),
                ("headline", "A campaign to fuzz"),
                ("author_name", "Ada Lovelace"),
                ("body_markdown", "Keep the library open."),
                ("goal", "100"),
                ("targets", "own-mp"),
                ("similarity_threshold", "0.8"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "the fuzzer's campaign is created");

    let campaign = app
        .db
        .read(|conn| missive::db::models::campaign::find_by_slug(conn, "british-values"))
        .await
        .expect("read campaign")
        .expect("shipped campaign");
    let secret = SecretToken::generate();
    let hash = secret.hash();
    let petition = campaign.id;
    app.db
        .write(move |conn| {
            let now = chrono::Utc::now().naive_utc();
            missive::db::models::api_token::create(
                conn,
                "fuzz",
                &hash,
                user_id,
                &[petition],
                false,
                now,
            )
        })
        .await
        .expect("API token");

    Known {
        slug: "british-values".into(),
        sig_token,
        doomed_sig_token,
        letter_token,
        doomed_letter_token,
        letter_id,
        user_id,
        petition,
        signature: 1,
        api_token: secret.as_str().to_owned(),
        csrf: staff.csrf.clone(),
        raw_cookie,
        raw_csrf,
    }
}

/// Sends one request through the HTTP client: the status, or `None` if it could not be sent.
async fn through_client(
    app: &TestApp,
    anonymous: &reqwest::Client,
    staff: &reqwest::Client,
    request: &Request,
) -> Result<Option<u16>, String> {
    let client = match request.session {
        // A cookie header of its own replaces the session's: send it without one.
        Session::Staff if !request.headers.iter().any(|(n, _)| n == "cookie") => staff,
        _ => anonymous,
    };
    let method =
        reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|e| e.to_string())?;
    let url = format!(
        "{}{}",
        app.address,
        String::from_utf8_lossy(&request.target)
    );
    let mut builder = client
        .request(method, &url)
        .timeout(Duration::from_secs(30));
    for (name, value) in &request.headers {
        builder = builder.header(name.as_str(), value.as_slice());
    }
    let response = match builder.body(request.body.clone()).send().await {
        Ok(response) => response,
        // A request the client cannot even form (a URL past the longest it takes) is not sent.
        Err(error) if error.is_builder() => return Ok(None),
        Err(error) => return Err(format!("{:?}", error.without_url())),
    };
    let status = response.status().as_u16();
    let body = response
        .bytes()
        .await
        .map_err(|e| format!("reading the body: {:?}", e.without_url()))?;
    if leaks(&body) {
        return Err(format!("{status} with a file from outside static/"));
    }
    Ok(Some(status))
}

/// Whether a response holds a file no route serves.
fn leaks(body: &[u8]) -> bool {
    let text = String::from_utf8_lossy(body);
    text.contains("[package]") || text.contains("root:x:0:0")
}

/// Sends one request; records what came back.
async fn send(
    app: &TestApp,
    address: SocketAddr,
    clients: &(reqwest::Client, reqwest::Client),
    seed: u64,
    index: u64,
    known: &Known,
    tally: &Mutex<Tally>,
) {
    let mut generator = Gen::new(seed, index);
    let request = generator.request(known);
    let mut retried = false;
    let outcome = match request.transport {
        Transport::Client => {
            match through_client(app, &clients.0, &clients.1, &request).await {
                // A pooled connection can break under a request through no fault of its own
                // (closed by the server as the request went out): the same request again, on
                // a new connection, tells a broken server from bad luck.
                Err(_) if !request.oversized => {
                    retried = true;
                    through_client(app, &clients.0, &clients.1, &request).await
                }
                other => other,
            }
        }
        Transport::Raw => {
            let bytes = generator.raw_bytes(&request);
            match raw::send(address, &bytes, Duration::from_secs(20)).await {
                raw::Answer::Status(_, response) if leaks(&response) => {
                    Err("a file from outside static/".to_owned())
                }
                raw::Answer::Status(status, _) => Ok(Some(status)),
                raw::Answer::Closed => Ok(None),
                raw::Answer::TimedOut => Err("no answer and no close within 20 s".to_owned()),
            }
        }
    };
    let mut tally = tally.lock().unwrap_or_else(|p| p.into_inner());
    tally.by_route[request.route] += 1;
    tally.retried += u64::from(retried);
    match outcome {
        Ok(Some(status)) => {
            *tally.by_status.entry(status).or_default() += 1;
            let route = ROUTES[request.route];
            if route.is_staff() && request.session == Session::Staff && status != 303 {
                tally.staff_served += 1;
            }
            if status >= 500 {
                tally.fail(format!("{status} for {}", describe(index, &request)));
            }
        }
        Ok(None) => tally.closed += 1,
        // The server may refuse an oversized body before the client has sent it all.
        Err(_) if request.oversized => tally.closed += 1,
        Err(error) => {
            tally.client_errors += 1;
            tally.fail(format!("{error} for {}", describe(index, &request)));
        }
    }
}

#[tokio::test]
async fn generated_requests_never_get_a_server_error() {
    count_panics();
    let seed = env_number("MISSIVE_FUZZ_SEED").unwrap_or_else(rand::random);
    let total = env_number("MISSIVE_FUZZ_REQUESTS").unwrap_or(100_000);
    println!("fuzz seed {seed}: run again with MISSIVE_FUZZ_SEED={seed}");

    // Idle connections outlive the run: a client reusing one the server is closing at that
    // moment would see an error that is no fault of the request.
    let app = Arc::new(spawn_app_with(|s| s.keep_alive_secs = 600).await);
    let staff = staff_client(&app, "admin@missive.test", Role::Admin).await;
    let known = Arc::new(prepare(&app, &staff).await);
    let address: SocketAddr = app
        .address
        .trim_start_matches("http://")
        .parse()
        .expect("socket address");
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let clients = Arc::new((anonymous, staff.client.clone()));
    let tally = Arc::new(Mutex::new(Tally {
        by_route: vec![0; ROUTES.len()],
        ..Tally::default()
    }));

    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..32)
        .map(|_| {
            let (app, known, clients, tally, next) = (
                app.clone(),
                known.clone(),
                clients.clone(),
                tally.clone(),
                next.clone(),
            );
            tokio::spawn(async move {
                loop {
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    if index >= total {
                        break;
                    }
                    send(&app, address, &clients, seed, index, &known, &tally).await;
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.expect("fuzz worker");
    }
    let elapsed = started.elapsed();

    let tally = std::mem::take(&mut *tally.lock().unwrap_or_else(|p| p.into_inner()));
    println!(
        "{total} requests in {:.1} s ({:.0}/s) on {}: statuses {:?}, {} closed without an answer, \
         {} served to a staff session, {} sent again after a broken connection, {} panic(s)",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64().max(0.001),
        if std::env::var("TEST_DATABASE_URL").is_ok_and(|v| !v.is_empty()) {
            "PostgreSQL"
        } else {
            "SQLite"
        },
        tally.by_status,
        tally.closed,
        tally.staff_served,
        tally.retried,
        PANICS.load(Ordering::SeqCst),
    );
    assert!(
        tally.failures.is_empty(),
        "{} request(s) failed (seed {seed}); the first:\n{}",
        tally.failure_count,
        tally.failures.join("\n")
    );
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "the server panicked (seed {seed})"
    );
    // Every route was tried, in proportion to its weight (when there are enough to tell).
    let weights: u32 = ROUTES.iter().map(|r| r.weight).sum();
    for (route, sent) in ROUTES.iter().zip(&tally.by_route) {
        let expected = total * u64::from(route.weight) / u64::from(weights);
        assert!(
            expected < 20 || *sent >= expected / 2,
            "{} {} got {sent} requests, expected about {expected}",
            route.method,
            route.path
        );
    }
    assert!(
        tally.retried <= total / 200,
        "{} connections broke under well-formed requests",
        tally.retried
    );
    assert!(
        tally.staff_served >= total / 20,
        "only {} staff requests got past sign-in",
        tally.staff_served
    );

    // Still standing: health, a staff page, and a normal signing with its email.
    let health = app.get("/health").await;
    assert_eq!((health.status, health.body.as_str()), (200, "ok"));
    let home: Page = staff.get(&app, "/staff").await;
    assert_eq!(home.status, 200, "the staff session survived the run");
    let signed = app
        .sign(
            "british-values",
            "After Fuzz",
            "after.fuzz@example.org",
            "M1 1AE",
        )
        .await;
    assert_eq!(signed.status, 303, "signing still works");
    assert_eq!(
        signed.location.as_deref(),
        Some("/campaigns/british-values/signed")
    );
    let emails = app.wait_for_emails_to("after.fuzz@example.org", 1).await;
    assert_eq!(emails.len(), 1, "the confirmation email is sent");
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "the server panicked afterwards"
    );
}

#[test]
fn the_route_table_covers_every_staff_route() {
    for staff in missive::web::routes::staff::samples() {
        assert!(
            ROUTES.iter().any(|r| r.matches(staff.method, staff.path)),
            "{} {} is not fuzzed: add it to tests/fuzz/routes.rs",
            staff.method,
            staff.path
        );
    }
}
