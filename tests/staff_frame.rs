//! The frame around every page, over HTTP: a 404 under `/staff/` leads back to the staff
//! home, an id that is not a number is the plain 404 page (never the parser's message), the
//! staff menu marks the page it is on, and the favicon is linked and answered.

mod support;

use missive::auth::Role;
use support::{spawn_app, staff_client, Page};

fn is_plain_404(page: &Page, what: &str) {
    assert_eq!(page.status, 404, "{what}: {}", page.body);
    assert!(
        page.text_of("h1").unwrap_or_default().contains("not found"),
        "{what}: {}",
        page.body
    );
    assert!(
        !page.body.contains("parse") && !page.body.contains("i64"),
        "{what} shows a parser's message: {}",
        page.body
    );
}

#[tokio::test]
async fn a_staff_404_leads_back_to_the_staff_home() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;

    for page in [
        admin.get(&app, "/staff/no-such-page").await,
        admin
            .get(&app, "/staff/campaigns/no-such-campaign/edit")
            .await,
        admin.get(&app, "/staff/moderation/987654").await,
        app.get("/staff/no-such-page").await,
    ] {
        assert_eq!(page.status, 404, "{}", page.body);
        assert_eq!(
            page.text_of("main h1").as_deref(),
            Some("Staff page not found")
        );
        assert_eq!(
            page.attr_of("main a[href='/staff']", "href").as_deref(),
            Some("/staff"),
            "{}",
            page.body
        );
    }

    // A public 404 stays the public one.
    let public = app.get("/no-such-page").await;
    assert_eq!(public.status, 404);
    assert_eq!(public.text_of("main h1").as_deref(), Some("Page not found"));
    assert!(public.attr_of("main a[href='/staff']", "href").is_none());
}

#[tokio::test]
async fn an_id_that_is_not_a_number_is_the_plain_404_page() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;

    for path in [
        "/staff/moderation/abc",
        "/staff/moderation/99999999999999999999",
        "/staff/moderation/abc/approve",
    ] {
        is_plain_404(&admin.get(&app, path).await, path);
    }
    for path in [
        "/staff/moderation/abc/approve",
        "/staff/users/abc/role",
        "/staff/users/1.5/enabled",
        "/staff/signatures/invalidations/abc/revert",
    ] {
        is_plain_404(&admin.post(&app, path, &[("role", "admin")]).await, path);
    }
    is_plain_404(
        &app.get("/letters/some-token/print/abc").await,
        "a printable letter",
    );
}

#[tokio::test]
async fn the_staff_menu_marks_the_page_it_is_on() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;

    for (path, current) in [
        ("/staff", "/staff"),
        ("/staff/audit", "/staff/audit"),
        ("/staff/moderation", "/staff/moderation"),
        ("/staff/campaigns/british-values/edit", "/staff/campaigns"),
        ("/staff/password", "/staff/password"),
    ] {
        let page = admin.get(&app, path).await;
        assert_eq!(page.status, 200, "{path}");
        let html = page.html();
        let marked: Vec<&str> = html
            .select(&scraper::Selector::parse("nav.staff a[aria-current='page']").unwrap())
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(marked, vec![current], "{path}");
    }
}

#[tokio::test]
async fn every_page_links_the_favicon_and_favicon_ico_answers() {
    let app = spawn_app().await;

    for path in ["/", "/campaigns/british-values", "/staff/login", "/nope"] {
        let page = app.get(path).await;
        assert_eq!(
            page.attr_of("head link[rel=icon]", "href").as_deref(),
            Some("/static/favicon.svg"),
            "{path}"
        );
    }
    for path in ["/favicon.ico", "/static/favicon.svg"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.headers()["content-type"].to_str().unwrap(),
            "image/svg+xml",
            "{path}"
        );
        let body = response.text().await.unwrap();
        assert!(body.starts_with("<svg"), "{path}: {body}");
    }
}
