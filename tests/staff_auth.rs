//! Staff sign-in, sessions, CSRF and the rule that no staff route is reachable without the
//! right role.

mod support;

use std::time::Instant;

use missive::auth::{Area, Role};
use missive::routes::staff::ROUTES;
use support::{create_staff, spawn_app, staff_client, TestApp};

async fn login(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> (u16, String) {
    let response = client
        .post(app.url("/staff/login"))
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap();
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
    let response = browser()
        .post(app.url("/staff/login"))
        .form(&[("email", "admin@example.org"), ("password", password)])
        .send()
        .await
        .unwrap();
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

#[tokio::test]
async fn every_staff_route_refuses_anonymous_visitors_wrong_roles_and_missing_csrf() {
    let app = spawn_app().await;
    let anonymous = browser();
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    for route in ROUTES {
        let url = app.url(route.path);
        let request = match route.method {
            "GET" => anonymous.get(&url),
            _ => anonymous.post(&url).form(&[("csrf", "guess")]),
        };
        let status = request.send().await.unwrap().status().as_u16();
        assert_eq!(
            status, 303,
            "anonymous {} {} must be sent to sign in",
            route.method, route.path
        );

        for (who, role) in [(&organiser, Role::Organiser), (&moderator, Role::Moderator)] {
            let allowed = route.area.is_none_or(|area| role.may(area));
            if allowed || route.method != "GET" {
                continue;
            }
            let page = who.get(&app, route.path).await;
            assert_eq!(page.status, 403, "{role} GET {}", route.path);
        }
        if route.method == "POST" {
            for bad in ["", "not-the-token"] {
                let response = admin
                    .client
                    .post(&url)
                    .form(&[("csrf", bad)])
                    .send()
                    .await
                    .unwrap();
                assert_eq!(
                    response.status(),
                    403,
                    "POST {} with csrf {bad:?}",
                    route.path
                );
            }
            let cross_site = admin
                .client
                .post(&url)
                .header("origin", "https://evil.example")
                .form(&[("csrf", admin.csrf.as_str())])
                .send()
                .await
                .unwrap();
            assert_eq!(cross_site.status(), 403, "cross-site POST {}", route.path);
            let fetched = admin
                .client
                .post(&url)
                .header("sec-fetch-site", "cross-site")
                .form(&[("csrf", admin.csrf.as_str())])
                .send()
                .await
                .unwrap();
            assert_eq!(
                fetched.status(),
                403,
                "cross-site fetch POST {}",
                route.path
            );
        }
    }
    assert!(ROUTES.iter().any(|r| r.area == Some(Area::Moderation)) || ROUTES.len() >= 2);
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
