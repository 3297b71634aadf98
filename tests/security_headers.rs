//! Every response carries the security headers, and pages need nothing inline.

mod support;

use missive::web::middleware::security_headers::CONTENT_SECURITY_POLICY;
use support::spawn_app;

#[tokio::test]
async fn every_kind_of_response_has_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/campaigns/british-values",
        "/campaigns/british-values/write",
        "/campaigns/british-values/letters",
        "/campaigns/british-values/count.json",
        "/campaigns/british-values/signed",
        "/signatures/confirm/not-a-token",
        "/staff/login",
        "/staff",
        "/static/missive.css",
        "/health",
        "/no/such/page",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        let headers = response.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
        };
        assert_eq!(
            header("content-security-policy"),
            CONTENT_SECURITY_POLICY,
            "{path}"
        );
        assert!(!header("content-security-policy").contains("unsafe-inline"));
        assert!(header("content-security-policy").contains("frame-ancestors 'none'"));
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert_eq!(
            header("strict-transport-security"),
            "",
            "no HSTS over plain http"
        );
        let body = response.text().await.unwrap();
        assert!(!body.contains("<script>"), "{path}: no inline script");
        assert!(!body.contains(" style=\""), "{path}: no inline style");
    }
}

#[tokio::test]
async fn an_https_site_sends_hsts_and_refuses_insecure_cookies() {
    let app =
        support::spawn_app_with(|s| s.base_url = Some("https://missive.example".parse().unwrap()))
            .await;
    let response = app.client.get(app.url("/")).send().await.unwrap();
    assert!(response.headers()["strict-transport-security"]
        .to_str()
        .unwrap()
        .contains("max-age="));

    let dir = tempfile::tempdir().unwrap();
    let (url, postgres) = support::fresh_database(dir.path());
    let mut settings = support::settings(dir.path().to_path_buf(), url);
    settings.base_url = Some("https://missive.example".parse().unwrap());
    settings.insecure_cookies = Some(true);
    let refused = missive::web::startup::Application::build(settings).await;
    assert!(
        refused.is_err(),
        "insecure cookies are only for http://localhost"
    );
    if let Some((admin, name)) = postgres {
        use diesel::connection::SimpleConnection;
        use diesel::Connection;
        let mut conn = diesel::PgConnection::establish(&admin).unwrap();
        conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
    }
}

#[tokio::test]
async fn staff_and_private_link_pages_are_never_cached() {
    let app = spawn_app().await;
    let admin = support::staff_client(&app, "admin@example.org", missive::auth::Role::Admin).await;
    let mut paths: Vec<String> = ["/staff", "/staff/users", "/staff/audit", "/staff/password"]
        .map(str::to_owned)
        .to_vec();
    for path in &paths {
        let response = admin.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
    }

    let signed = app
        .sign(
            "british-values",
            "Ada Quinlovel",
            "ada@example.org",
            "WC1H 9JE",
        )
        .await;
    assert_eq!(signed.status, 303);
    let confirm = app.wait_for_emails(1).await[0].confirmation_path();
    let saved = app
        .post_form(
            "/campaigns/british-values/letters",
            &[
                ("full_name", "Ada Quinlovel"),
                ("email", "ada@example.org"),
                ("postcode", "WC1H 9JE"),
                ("country", "GB"),
                ("subject", "Trade with Kazakhstan"),
                (
                    "body",
                    "Please raise the jailed poets with the Kazakh government soon.",
                ),
                ("website", ""),
                ("action", "save"),
            ],
        )
        .await;
    let location = saved.location.expect("a private link to the draft");
    let letter = location.split('?').next().unwrap().to_owned();
    assert!(letter.starts_with("/letters/"), "{letter}");
    paths = vec![
        letter.clone(),
        format!("{letter}/print/1"),
        format!("{letter}/delete"),
        format!("{confirm}/withdraw"),
        confirm,
    ];
    for path in &paths {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert!(response.status().as_u16() < 500, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
    }
}
