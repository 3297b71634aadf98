//! Staff sign-in, sessions, CSRF and the rule that no staff route is reachable without the
//! right role.

mod support;

use std::time::Instant;

use missive::auth::Role;
use missive::web::routes::staff::{samples, Need, AREAS};
use support::{create_staff, sign_in, spawn_app, spawn_app_with, staff_client, TestApp};

async fn login(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> (u16, String) {
    let response = sign_in(app, client, email, password).await;
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

#[tokio::test]
async fn staff_sign_in_with_a_non_revealing_error_and_sign_out() {
    let app = spawn_app().await;
    let password = "a long enough passphrase 42";
    create_staff(&app, "mod@example.org", Role::Moderator, password).await;
    let client = browser();

    let (status, body) = login(&app, &client, "mod@example.org", "wrong password here").await;
    assert_eq!(status, 401);
    assert!(body.contains("Email or password is wrong"));
    assert!(body.contains(r#"value="mod@example.org""#), "email kept");
    let (unknown_status, unknown_body) =
        login(&app, &client, "nobody@example.org", "wrong password here").await;
    assert_eq!(unknown_status, 401);
    assert!(unknown_body.contains("Email or password is wrong"));
    assert_eq!(
        client.get(app.url("/staff")).send().await.unwrap().status(),
        303
    );

    let (status, _) = login(&app, &client, "MOD@example.org", password).await;
    assert_eq!(status, 303);
    let home = client.get(app.url("/staff")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    let body = home.text().await.unwrap();
    assert!(body.contains("mod@example.org"));
    assert!(body.contains("Letters to moderate"));
    assert!(
        !body.contains("Staff accounts"),
        "a moderator does not see admin areas"
    );
}

#[tokio::test]
async fn the_session_cookie_is_locked_down_and_sign_out_ends_every_copy() {
    let app = spawn_app().await;
    let password = "a long enough passphrase 42";
    create_staff(&app, "admin@example.org", Role::Admin, password).await;
    let response = sign_in(&app, &browser(), "admin@example.org", password).await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    assert!(
        !cookie.contains("admin@example.org"),
        "the cookie is encrypted"
    );
    let pair = cookie.split(';').next().unwrap().to_owned();

    // A copy of the cookie works until sign-out, then never again.
    let copy = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let with_copy = |path: &str| {
        copy.get(app.url(path))
            .header("cookie", pair.clone())
            .send()
    };
    assert_eq!(with_copy("/staff").await.unwrap().status(), 200);

    let staff = staff_client(&app, "admin2@example.org", Role::Admin).await;
    let _ = staff;
    let session = browser();
    login(&app, &session, "admin@example.org", password).await;
    let home = session
        .get(app.url("/staff"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = home
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let out = session
        .post(app.url("/staff/logout"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    assert_eq!(
        session
            .get(app.url("/staff"))
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
    assert_eq!(
        with_copy("/staff").await.unwrap().status(),
        303,
        "old cookie refused"
    );
}

const FORBIDDEN_PAGE: &str = "You do not have access to this page";
const CSRF_PAGE: &str = "That form has expired";

/// Walks every sample of every route the staff declaration (`routes::staff::AREAS`)
/// registers: anonymous visitors are sent to sign in, each role the rule does not admit gets
/// 403, each role it admits gets past the rule (a GET is not refused; a POST reaches the
/// CSRF check), and every POST needs the session's token from this site.
#[tokio::test]
async fn every_staff_route_refuses_anonymous_visitors_wrong_roles_and_missing_csrf() {
    let app = spawn_app().await;
    let anonymous = browser();
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let mut walked = 0;
    for route in samples() {
        walked += 1;
        let url = app.url(route.path);
        let what = format!("{} {} ({:?})", route.method, route.path, route.need);
        let request = match route.method {
            "GET" => anonymous.get(&url),
            _ => anonymous.post(&url).form(&[("csrf", "guess")]),
        };
        let response = request.send().await.unwrap();
        let to_sign_in = response.status() == 303
            && response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                == Some("/staff/login");
        if route.need == Need::Nothing {
            assert!(!to_sign_in, "{what}: open to everyone");
            continue;
        }
        assert!(to_sign_in, "anonymous {what} must be sent to sign in");

        for (who, role) in [
            (&organiser, Role::Organiser),
            (&moderator, Role::Moderator),
            (&admin, Role::Admin),
        ] {
            let admitted = route.need.admits(role);
            let response = match route.method {
                "GET" => who.client.get(&url).send().await.unwrap(),
                // A wrong token: an admitted role gets as far as the CSRF check, and no
                // change is made.
                _ => who
                    .client
                    .post(&url)
                    .form(&[("csrf", "not-the-token")])
                    .send()
                    .await
                    .unwrap(),
            };
            let status = response.status().as_u16();
            let location = response
                .headers()
                .get("location")
                .map(|v| v.to_str().unwrap().to_owned());
            let body = response.text().await.unwrap();
            if admitted {
                assert_ne!(location.as_deref(), Some("/staff/login"), "{role} {what}");
                assert!(!body.contains(FORBIDDEN_PAGE), "{role} {what}: {status}");
                if route.method == "POST" {
                    assert_eq!(status, 403, "{role} {what}");
                    assert!(
                        body.contains(CSRF_PAGE),
                        "{role} {what}: not the CSRF check"
                    );
                }
            } else {
                assert_eq!(status, 403, "{role} {what}");
                assert!(body.contains(FORBIDDEN_PAGE), "{role} {what}");
            }
        }
        if route.method == "POST" {
            let response = admin
                .client
                .post(&url)
                .form(&[("csrf", "")])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 403, "{what} with an empty csrf");
            let cross_site = admin
                .client
                .post(&url)
                .header("origin", "https://evil.example")
                .form(&[("csrf", admin.csrf.as_str())])
                .send()
                .await
                .unwrap();
            assert_eq!(cross_site.status(), 403, "cross-site {what}");
            let fetched = admin
                .client
                .post(&url)
                .header("sec-fetch-site", "cross-site")
                .form(&[("csrf", admin.csrf.as_str())])
                .send()
                .await
                .unwrap();
            assert_eq!(fetched.status(), 403, "cross-site fetch {what}");
        }
    }
    assert!(walked >= 60, "{walked} samples");
}

/// Every route a sample names is the route that declares it: a sample matches its own
/// pattern, a pattern with parameters has samples, and no route is declared twice.
#[test]
fn the_declaration_names_a_sample_for_each_route() {
    let mut seen = std::collections::HashSet::new();
    for group in AREAS {
        for route in group.routes {
            assert!(
                seen.insert((route.method.as_str(), route.path)),
                "{} {} is declared twice",
                route.method.as_str(),
                route.path
            );
            assert!(
                !route.path.contains('{') || !route.samples.is_empty(),
                "{} needs sample paths",
                route.path
            );
            assert!(route.path.starts_with("/staff"), "{}", route.path);
        }
    }
}

/// Registration goes only through the declaration: a route attribute, resource, scope or
/// `.route(` for a `/staff` path anywhere else in `src/` (or any registration at all in
/// `src/web/routes/staff/`) would escape the access rules and the test above.
#[test]
fn staff_routes_are_registered_only_by_the_declaration() {
    let declaration = std::path::Path::new("src/web/routes/staff.rs");
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && path != declaration {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 50, "{} files", files.len());
    // Route attributes however qualified (`#[get(`, `#[actix_web::post(`, `#[route(`,
    // `#[routes]`), and resources, scopes and routes built by hand.
    let registers = |line: &str| {
        let line = line.replace(' ', "");
        let attribute = line.starts_with("#[")
            && [
                "get(", "post(", "put(", "patch(", "delete(", "head(", "route(", "routes",
            ]
            .iter()
            .any(|m| line.contains(m));
        attribute
            || [
                "resource(",
                "scope(",
                ".route(",
                "Resource::new(",
                "Scope::new(",
                "::get()",
                "::post()",
                "::method(",
            ]
            .iter()
            .any(|m| line.contains(m))
    };
    let mut escaped = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let under_staff = file.starts_with("src/web/routes/staff");
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            // The path may be on the line after the call (rustfmt).
            let here = |i: usize| lines.get(i).is_some_and(|l| registers(l));
            let staff_path = line.contains("\"/staff");
            if (under_staff && registers(line)) || (staff_path && (here(n) || n > 0 && here(n - 1)))
            {
                escaped.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        escaped.is_empty(),
        "staff routes registered outside src/web/routes/staff.rs (declare them in AREAS, \
         see docs/architecture-staff-access.md):\n{}",
        escaped.join("\n")
    );
}

#[tokio::test]
async fn repeated_failures_slow_down_and_then_refuse_an_address() {
    let app = spawn_app().await;
    let password = "a long enough passphrase 42";
    create_staff(&app, "target@example.org", Role::Admin, password).await;
    let client = browser();
    for _ in 0..5 {
        login(&app, &client, "target@example.org", "guess guess guess").await;
    }
    let started = Instant::now();
    let (status, _) = login(&app, &client, "target@example.org", "guess guess guess").await;
    assert_eq!(status, 401);
    assert!(
        started.elapsed().as_millis() >= 450,
        "the sixth failure waits: {:?}",
        started.elapsed()
    );
    // The real owner is slowed, never locked out.
    let (status, _) = login(&app, &browser(), "target@example.org", password).await;
    assert_eq!(status, 303);

    // Spraying many accounts from one address is refused after a while.
    let mut last = 0;
    for n in 0..40 {
        let (status, _) = login(
            &app,
            &client,
            &format!("user{n}@example.org"),
            "guess guess guess",
        )
        .await;
        last = status;
        if status == 429 {
            break;
        }
    }
    assert_eq!(last, 429);
}

/// Posts the sign-in form `n` times at once with `client`'s CSRF token; `forwarded(i)` is
/// the X-Forwarded-For of the i-th, if any. Returns each answer's status and Retry-After.
async fn burst(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    n: usize,
    forwarded: impl Fn(usize) -> Option<String>,
) -> Vec<(u16, Option<String>)> {
    let csrf = support::login_csrf(app, client).await;
    let sent: Vec<_> = (0..n)
        .map(|i| {
            let mut request = client.post(app.url("/staff/login")).form(&[
                ("email", email),
                ("password", "guess guess guess"),
                ("csrf", &csrf),
            ]);
            if let Some(address) = forwarded(i) {
                request = request.header("x-forwarded-for", address);
            }
            tokio::spawn(async move {
                let response = request.send().await.unwrap();
                let retry = response
                    .headers()
                    .get("retry-after")
                    .map(|v| v.to_str().unwrap().to_owned());
                (response.status().as_u16(), retry)
            })
        })
        .collect();
    let mut answers = Vec::new();
    for answer in sent {
        answers.push(answer.await.unwrap());
    }
    answers
}

fn refused(answers: &[(u16, Option<String>)]) -> usize {
    for (status, retry) in answers {
        assert!(matches!(status, 401 | 429), "{status}");
        if *status == 429 {
            let seconds: u64 = retry.as_deref().expect("a 429 says when").parse().unwrap();
            assert!(seconds > 0 && seconds <= 900, "{seconds}");
        }
    }
    answers.iter().filter(|(status, _)| *status == 429).count()
}

async fn audit_actions(app: &TestApp) -> Vec<(String, String)> {
    let filter = missive::db::models::audit::AuditFilter {
        action: Some("staff.sign_in".into()),
        ..Default::default()
    };
    app.db
        .read(move |conn| missive::db::models::audit::list(conn, &filter, 500))
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.actor))
        .collect()
}

#[tokio::test]
async fn a_parallel_burst_of_guesses_is_counted_in_full() {
    let app = spawn_app().await;
    create_staff(
        &app,
        "target@example.org",
        Role::Admin,
        "a long enough passphrase 42",
    )
    .await;
    let answers = burst(&app, &browser(), "target@example.org", 60, |_| None).await;
    let refused = refused(&answers);
    assert!(
        refused >= 45,
        "at most 10 guesses are checked, {refused} of 60 refused"
    );
    let actions = audit_actions(&app).await;
    let failed = actions
        .iter()
        .filter(|(a, _)| a == "staff.sign_in_failed")
        .count();
    assert_eq!(failed, 60 - refused, "each checked guess is audited");
    assert!(actions
        .iter()
        .any(|(a, actor)| a == "staff.sign_in_locked" && actor == "target@example.org"));
}

#[tokio::test]
async fn an_account_is_limited_whatever_the_address_and_its_owner_still_signs_in() {
    let app = spawn_app_with(|settings| {
        settings.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    let password = "a long enough passphrase 42";
    create_staff(&app, "target@example.org", Role::Admin, password).await;
    let owner = browser();
    let office = |request: reqwest::RequestBuilder| request.header("x-forwarded-for", "10.0.0.1");
    let csrf = support::login_csrf(&app, &owner).await;
    let sign_in_from_office = || {
        office(owner.post(app.url("/staff/login")).form(&[
            ("email", "target@example.org"),
            ("password", password),
            ("csrf", csrf.as_str()),
        ]))
        .send()
    };
    assert_eq!(sign_in_from_office().await.unwrap().status(), 303);

    // Every guess from another address: the rotation does not help.
    let answers = burst(&app, &browser(), "target@example.org", 40, |i| {
        Some(format!("192.0.2.{}", i + 1))
    })
    .await;
    let refused = refused(&answers);
    assert!(refused >= 25, "{refused} of 40 refused");
    let late = browser();
    let stranger = support::login_csrf(&app, &late).await;
    let right_but_elsewhere = late
        .post(app.url("/staff/login"))
        .header("x-forwarded-for", "198.51.100.7")
        .form(&[
            ("email", "target@example.org"),
            ("password", password),
            ("csrf", stranger.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(right_but_elsewhere.status(), 429, "refused unchecked");

    // From the office, where the owner signed in before, the right password works at once.
    let owner = browser();
    let csrf = support::login_csrf(&app, &owner).await;
    let started = Instant::now();
    let signed_in = office(owner.post(app.url("/staff/login")).form(&[
        ("email", "target@example.org"),
        ("password", password),
        ("csrf", csrf.as_str()),
    ]))
    .send()
    .await
    .unwrap();
    assert_eq!(signed_in.status(), 303);
    assert!(
        started.elapsed().as_millis() < 2_000,
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_parallel_flood_from_a_known_address_is_bounded_too() {
    // Behind a proxy with no trusted addresses, an attacker shares the owner's address:
    // waits alone would let parallel guesses through without limit.
    let app = spawn_app().await;
    let password = "a long enough passphrase 42";
    create_staff(&app, "target@example.org", Role::Admin, password).await;
    let (status, _) = login(&app, &browser(), "target@example.org", password).await;
    assert_eq!(status, 303, "the address is now known for this account");

    let answers = burst(&app, &browser(), "target@example.org", 80, |_| None).await;
    let refused = refused(&answers);
    assert!(
        refused >= 25,
        "at most 50 guesses are checked from the known address, {refused} of 80 refused"
    );
}

#[tokio::test]
async fn a_shared_address_full_of_failures_still_lets_staff_in_and_success_clears_the_delay() {
    let app = spawn_app().await;
    let password = "a long enough passphrase 42";
    create_staff(&app, "mod@example.org", Role::Moderator, password).await;
    let client = browser();
    let (status, _) = login(&app, &client, "mod@example.org", password).await;
    assert_eq!(status, 303);

    // Everyone behind one proxy shares its address: someone sprays other accounts...
    let mut last = 0;
    for n in 0..35 {
        let (status, _) = login(
            &app,
            &browser(),
            &format!("u{n}@example.org"),
            "guess guess",
        )
        .await;
        last = status;
    }
    assert_eq!(
        last, 429,
        "the address is refused for accounts never used from it"
    );
    // ...and guesses this one's password.
    let guesser = browser();
    for _ in 0..6 {
        let (status, _) = login(&app, &guesser, "mod@example.org", "guess guess guess").await;
        assert_eq!(status, 401, "slowed, not refused");
    }
    let (status, _) = login(&app, &browser(), "mod@example.org", password).await;
    assert_eq!(status, 303, "the right password from a known address works");
    let started = Instant::now();
    let (status, _) = login(&app, &browser(), "mod@example.org", password).await;
    assert_eq!(status, 303);
    assert!(
        started.elapsed().as_millis() < 400,
        "a sign-in cleared the account's delay: {:?}",
        started.elapsed()
    );

    let actions = audit_actions(&app).await;
    let count = |action: &str| actions.iter().filter(|(a, _)| a == action).count();
    assert_eq!(count("staff.sign_in"), 3);
    assert!(count("staff.sign_in_failed") >= 36);
    assert!(count("staff.sign_in_locked") >= 1);
    assert!(actions
        .iter()
        .any(|(a, actor)| a == "staff.sign_in_failed" && actor == "mod@example.org"));
}

#[tokio::test]
async fn the_sign_in_form_needs_its_csrf_token() {
    let app = spawn_app().await;
    let password = "a long enough passphrase 42";
    create_staff(&app, "admin@example.org", Role::Admin, password).await;
    let client = browser();
    let page = client
        .get(app.url("/staff/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(r#"name="csrf""#));
    for fields in [
        vec![("email", "admin@example.org"), ("password", password)],
        vec![
            ("email", "admin@example.org"),
            ("password", password),
            ("csrf", "a guess"),
        ],
    ] {
        let response = client
            .post(app.url("/staff/login"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{fields:?}");
    }
    // Another browser's token does not work without that browser's cookie.
    let other = support::login_csrf(&app, &browser()).await;
    let response = browser()
        .post(app.url("/staff/login"))
        .form(&[
            ("email", "admin@example.org"),
            ("password", password),
            ("csrf", other.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    let (status, _) = login(&app, &client, "admin@example.org", password).await;
    assert_eq!(status, 303);
}
