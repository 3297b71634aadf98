//! HTTP's methods across the site (RFC 9110), over HTTP: a known path asked with a method it
//! does not take answers 405 with `Allow`, HEAD is answered wherever GET is (without the
//! body), the public JSON answers CORS preflights, unknown paths stay 404; and on the API and
//! the public JSON every error is an RFC 9457 problem, whatever went wrong.

mod support;

use std::collections::BTreeSet;

use missive::auth::Role;
use reqwest::header::HeaderMap;
use reqwest::Method;
use serde_json::Value;
use support::{spawn_app, staff_client, TestApp};

struct Answer {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The methods in `Allow`, whatever their order.
    fn allow(&self) -> BTreeSet<String> {
        self.header("allow")
            .split(',')
            .map(|m| m.trim().to_owned())
            .filter(|m| !m.is_empty())
            .collect()
    }

    /// The body as an RFC 9457 problem with this answer's status; panics otherwise.
    fn problem(&self) -> Value {
        assert_eq!(
            self.header("content-type"),
            "application/problem+json",
            "a problem, not {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.header("cache-control"), "no-store");
        let problem: Value = serde_json::from_slice(&self.body).expect("JSON");
        assert_eq!(problem["type"], "about:blank");
        assert_eq!(problem["status"], self.status);
        assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(problem["detail"].as_str().is_some_and(|d| !d.is_empty()));
        let keys: BTreeSet<&str> = problem
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, BTreeSet::from(["type", "title", "status", "detail"]));
        problem
    }
}

async fn call(
    client: &reqwest::Client,
    app: &TestApp,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> Answer {
    let method = Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = client.request(method, app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request");
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.bytes().await.expect("body").to_vec(),
    }
}

fn methods(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|m| (*m).to_owned()).collect()
}

async fn api_token(app: &TestApp) -> String {
    let organiser = staff_client(app, "org@example.org", Role::Organiser).await;
    let page = organiser.get(app, "/staff/api-tokens").await;
    assert!(
        page.attr_of("a[href$='/api/v1/openapi.json']", "href")
            .is_some(),
        "the tokens page links to the API's description"
    );
    let campaign = page
        .attr_of("input[name=campaign]", "value")
        .expect("a campaign to tick");
    let created = organiser
        .post(
            app,
            "/staff/api-tokens",
            &[("name", "Methods"), ("campaign", &campaign)],
        )
        .await;
    let created = match created.location {
        Some(location) => organiser.get(app, &location).await,
        None => created,
    };
    created
        .attr_of("#new-token", "value")
        .expect("the new token, shown once")
}

#[tokio::test]
async fn known_paths_answer_other_methods_with_405_and_allow() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let anonymous = &app.client;
    let get = methods(&["GET", "HEAD"]);
    let public_json = methods(&["GET", "HEAD", "OPTIONS"]);
    for (client, method, path, allowed) in [
        (
            anonymous,
            "DELETE",
            "/campaigns/british-values",
            get.clone(),
        ),
        (anonymous, "PUT", "/", get.clone()),
        (anonymous, "TRACE", "/campaigns.json", public_json.clone()),
        (
            anonymous,
            "PUT",
            "/campaigns/british-values.json",
            public_json.clone(),
        ),
        (
            anonymous,
            "DELETE",
            "/campaigns/british-values/count.json",
            public_json.clone(),
        ),
        (
            anonymous,
            "GET",
            "/campaigns/british-values/meter",
            methods(&["POST"]),
        ),
        (anonymous, "PUT", "/api/v1", get.clone()),
        (anonymous, "DELETE", "/api/v1/petitions", get.clone()),
        (
            anonymous,
            "PATCH",
            "/api/v1/petitions/1/signatures/2",
            get.clone(),
        ),
        (
            anonymous,
            "DELETE",
            "/staff/login",
            methods(&["GET", "HEAD", "POST"]),
        ),
        (
            &admin.client,
            "DELETE",
            "/staff/campaigns",
            methods(&["GET", "HEAD", "POST"]),
        ),
        (&admin.client, "PUT", "/staff/audit", get.clone()),
        (
            &admin.client,
            "PUT",
            "/staff/api-tokens",
            methods(&["GET", "HEAD", "POST"]),
        ),
        (anonymous, "POST", "/static/missive.css", get.clone()),
    ] {
        let answer = call(client, &app, method, path, &[]).await;
        assert_eq!(answer.status, 405, "{method} {path}");
        assert_eq!(answer.allow(), allowed, "{method} {path}");
        if path.starts_with("/api/") || path.ends_with(".json") {
            let problem = answer.problem();
            assert!(problem["detail"].as_str().unwrap().contains(method));
        } else {
            assert!(answer.header("content-type").starts_with("text/html"));
        }
    }
    for path in ["/no-such-page", "/staff/no-such-page", "/campaigns/x/y/z"] {
        let answer = call(anonymous, &app, "DELETE", path, &[]).await;
        assert_eq!(answer.status, 404, "DELETE {path}: unknown paths stay 404");
        assert!(answer.header("allow").is_empty());
    }
}

#[tokio::test]
async fn head_is_answered_wherever_get_is_without_the_body() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let token = api_token(&app).await;
    let bearer = format!("Bearer {token}");
    let anonymous = &app.client;
    for (client, path, auth, expected) in [
        (anonymous, "/", None, 200),
        (anonymous, "/campaigns/british-values", None, 200),
        (anonymous, "/campaigns.json", None, 200),
        (anonymous, "/campaigns/british-values/count.json", None, 200),
        (anonymous, "/api/v1/openapi.json", None, 200),
        (anonymous, "/staff/login", None, 200),
        (anonymous, "/staff/campaigns", None, 303),
        (&admin.client, "/staff/campaigns", None, 200),
        (&admin.client, "/staff/api-tokens", None, 200),
        (anonymous, "/api/v1/petitions", Some(bearer.as_str()), 200),
        (anonymous, "/api/v1/petitions", None, 401),
        (anonymous, "/no-such-page", None, 404),
    ] {
        let headers: Vec<(&str, &str)> = auth.iter().map(|a| ("authorization", *a)).collect();
        let got = call(client, &app, "GET", path, &headers).await;
        let head = call(client, &app, "HEAD", path, &headers).await;
        assert_eq!(got.status, expected, "GET {path}");
        assert_eq!(head.status, expected, "HEAD {path}");
        assert!(head.body.is_empty(), "HEAD {path} has no body");
        assert_eq!(
            head.header("content-type"),
            got.header("content-type"),
            "HEAD {path}"
        );
        if path.ends_with(".json") {
            assert_eq!(head.header("etag"), got.header("etag"), "HEAD {path}");
        }
        if expected == 401 {
            assert!(head.header("www-authenticate").starts_with("Bearer"));
        }
    }
}

#[tokio::test]
async fn the_public_json_answers_cors_preflights_and_the_api_does_not() {
    let app = spawn_app().await;
    let preflight = [
        ("origin", "https://elsewhere.example"),
        ("access-control-request-method", "GET"),
        ("access-control-request-headers", "if-none-match"),
    ];
    for path in [
        "/campaigns.json",
        "/campaigns/british-values.json",
        "/campaigns/british-values/count.json",
    ] {
        let answer = call(&app.client, &app, "OPTIONS", path, &preflight).await;
        assert_eq!(answer.status, 204, "OPTIONS {path}");
        assert!(answer.body.is_empty());
        assert_eq!(answer.allow(), methods(&["GET", "HEAD", "OPTIONS"]));
        assert_eq!(answer.header("access-control-allow-origin"), "*");
        assert_eq!(
            answer.header("access-control-allow-methods"),
            "GET, HEAD, OPTIONS"
        );
        assert_eq!(
            answer.header("access-control-allow-headers"),
            "If-None-Match"
        );
    }
    let api = call(
        &app.client,
        &app,
        "OPTIONS",
        "/api/v1/petitions",
        &preflight,
    )
    .await;
    assert_eq!(api.status, 405, "no CORS on the token-protected API");
    assert_eq!(api.allow(), methods(&["GET", "HEAD"]));
    assert!(api.header("access-control-allow-origin").is_empty());
    api.problem();
}

#[tokio::test]
async fn every_api_and_public_json_error_is_a_problem() {
    let app = spawn_app().await;
    let token = api_token(&app).await;
    let bearer = format!("Bearer {token}");
    let auth = [("authorization", bearer.as_str())];
    let client = &app.client;

    // A query that cannot be read, and one the API refuses.
    for path in ["/api/v1/petitions?page=%00", "/api/v1/petitions?page=%FF"] {
        let answer = call(client, &app, "GET", path, &auth).await;
        assert_eq!(answer.status, 400, "{path}");
        answer.problem();
    }
    let refused = call(
        client,
        &app,
        "GET",
        "/api/v1/petitions?per_page=31568241913134391296",
        &auth,
    )
    .await;
    assert_eq!(refused.status, 400);
    assert!(refused.problem()["detail"]
        .as_str()
        .unwrap()
        .contains("per_page"));
    let nul = call(client, &app, "GET", "/campaigns.json?x=%00", &[]).await;
    assert_eq!(nul.status, 400);
    nul.problem();

    // Unknown paths under /api/ and unknown .json paths.
    for path in [
        "/api/v1/nothing",
        "/api/v2",
        "/api",
        "/campaigns/nothing.json",
        "/nothing.json",
    ] {
        let answer = call(client, &app, "GET", path, &auth).await;
        assert_eq!(answer.status, 404, "{path}");
        answer.problem();
    }

    // A method the path does not take.
    let wrong = call(client, &app, "DELETE", "/api/v1/petitions", &auth).await;
    assert_eq!(wrong.status, 405);
    assert_eq!(wrong.allow(), methods(&["GET", "HEAD"]));
    wrong.problem();

    // No token, and a token that is not one: 401 with the Bearer challenge.
    let missing = call(client, &app, "GET", "/api/v1/petitions", &[]).await;
    assert_eq!(missing.status, 401);
    assert_eq!(
        missing.header("www-authenticate"),
        "Bearer realm=\"missive\""
    );
    missing.problem();
    let unknown = call(
        client,
        &app,
        "GET",
        "/api/v1",
        &[("authorization", "Bearer nope")],
    )
    .await;
    assert_eq!(unknown.status, 401);
    assert!(unknown.header("www-authenticate").contains("invalid_token"));
    unknown.problem();

    // Headers the server will not read.
    let filler: Vec<(String, String)> = (0..70).map(|i| (format!("x-{i}"), "1".into())).collect();
    let many: Vec<(&str, &str)> = filler
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let answer = call(
        client,
        &app,
        "GET",
        "/campaigns/british-values/count.json",
        &many,
    )
    .await;
    assert_eq!(answer.status, 431);
    answer.problem();

    // The pages people read keep their HTML error pages.
    let page = call(client, &app, "GET", "/no-such-page", &[]).await;
    assert_eq!(page.status, 404);
    assert!(page.header("content-type").starts_with("text/html"));
}
