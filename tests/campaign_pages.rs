//! The featured campaign and campaign pages, as a visitor sees them.

mod support;

use support::spawn_app;

#[tokio::test]
async fn the_front_page_is_the_featured_letter_with_count_and_form() {
    let app = spawn_app().await;
    let page = app.get("/").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.text_of(".kicker").as_deref(),
        Some("Featured letter: ‘British values’")
    );
    assert_eq!(
        page.text_of("h1").as_deref(),
        Some("UK trade props up Kazakh dictatorship")
    );
    // No photo ships with it: the caption is a note, not a figure.
    let caption = page.text_of(".photo-note").expect("photo caption");
    assert!(caption.contains("Blood on hand"));
    assert!(caption.contains("Giang Gong Du"));
    assert!(caption.contains("Creative Commons"));
    assert!(!page.body.contains("Click to enlarge"));
    assert_eq!(page.text_of(".author").as_deref(), Some("Mike Whale"));
    assert_eq!(
        page.text_of(".role").as_deref(),
        Some("Secretary, Campaign Kazakhstan")
    );
    assert_eq!(page.text_of(".body h2").as_deref(), Some("Shot"));
    assert!(page
        .text_of(".attribution")
        .unwrap()
        .contains("Guardian on 3 November"));
    assert_eq!(page.text_of("#signature-count").as_deref(), Some("0"));
    // At small numbers the bar aims at the next milestone, and says what the goal is.
    assert_eq!(page.attr_of("progress", "max").as_deref(), Some("100"));
    assert!(page.body.contains("(the goal is 10,000)"));
    for field in [
        "full_name",
        "email",
        "postcode",
        "country",
        "updates",
        "website",
    ] {
        assert!(
            page.attr_of(&format!("label[for={field}]"), "for")
                .is_some(),
            "{field} has a label"
        );
    }
    assert_eq!(
        page.attr_of("form.sign-form", "action").as_deref(),
        Some("/campaigns/british-values/signatures")
    );
    assert!(
        page.attr_of("#updates", "checked").is_none(),
        "updates box starts unticked"
    );
    assert!(page.body.contains(r#"name="viewport""#));
}

#[tokio::test]
async fn each_campaign_has_its_own_page_and_unknown_ones_are_404() {
    let app = spawn_app().await;
    let page = app.get("/campaigns/british-values").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Nazarbayev"));
    for path in [
        "/campaigns/no-such-campaign",
        "/campaigns/NOT%20A%20SLUG",
        "/campaigns/..%2F..%2Fetc%2Fpasswd",
        "/nowhere",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Page not found"), "{path}");
    }
}

#[tokio::test]
async fn count_json_has_the_documented_shape_and_short_cache_headers() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/campaigns/british-values/count.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let cache = response.headers()["cache-control"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cache.contains("max-age=1"), "{cache}");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["slug"], "british-values");
    assert_eq!(body["signature_count"], 0);
    assert!(body["updated_at"].as_str().unwrap().ends_with('Z'));

    let missing = app
        .client
        .get(app.url("/campaigns/nope/count.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn static_files_and_health_are_served() {
    let app = spawn_app().await;
    let css = app
        .client
        .get(app.url("/static/missive.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), 200);
    assert!(css.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    assert_eq!(app.get("/static/../Cargo.toml").await.status, 404);
    assert_eq!(app.get("/health").await.body, "ok");
}

#[tokio::test]
async fn pages_kept_in_memory_are_compressed_for_browsers_and_follow_the_count() {
    use std::io::Read;

    let app = spawn_app().await;
    let path = "/campaigns/british-values";
    let compressed = app
        .client
        .get(app.url(path))
        .header("Accept-Encoding", "gzip, deflate, br")
        .send()
        .await
        .expect("GET");
    assert_eq!(compressed.status(), 200);
    let headers = compressed.headers().clone();
    assert_eq!(headers["content-encoding"], "gzip");
    assert_eq!(headers["vary"], "Accept-Encoding");
    assert!(headers.contains_key("content-security-policy"));
    let bytes = compressed.bytes().await.expect("body");
    let mut html = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut html)
        .expect("a gzip body");
    let plain = app.get(path).await;
    assert_eq!(html, plain.body, "the same page either way");
    assert!(bytes.len() * 3 < html.len());

    app.sign("british-values", "Ada Byron", "ada@example.org", "SW1A 1AA")
        .await;
    let email = app.wait_for_emails(1).await.remove(0);
    app.post_form(&email.confirmation_path(), &[]).await;
    assert_eq!(app.wait_for_count("british-values", 1).await, 1);
    for shown in [app.get(path).await, app.get("/").await] {
        assert_eq!(shown.text_of("#signature-count").as_deref(), Some("1"));
    }
}
