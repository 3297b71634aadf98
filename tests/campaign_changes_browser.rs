//! The campaign form's target picker and its warning before changing signed text, in a
//! real headless Chromium at 390 px and 1280 px: an organiser searches the officials
//! list, adds an MP, and edits the signed letter; nothing is wider than the screen.
//! Screenshots: `target/screenshots/campaign-{picker,warning}-{width}.png`.
//!
//! Needs Chromium and chromedriver; see `tests/support/browser.rs`.

mod support;

use fantoccini::key::Key;
use fantoccini::Locator::Css;
use missive::auth::Role;
use missive::db::models::{constituency, official};
use support::browser::{in_browser, press, wait_for_path, Browser, PHONE};
use support::{spawn_app, staff_client, TestApp};

const EMAIL: &str = "organiser@example.org";

async fn officials(app: &TestApp) {
    app.db
        .write(|conn| {
            let now = chrono::Utc::now().naive_utc();
            constituency::upsert_names(
                conn,
                &[("E14001290".into(), "Holborn and St Pancras".into())],
            )?;
            for (code, name, office, place) in [
                (
                    "prime-minister",
                    "The Rt Hon A Leader MP",
                    "Prime Minister",
                    None,
                ),
                (
                    "foreign-secretary",
                    "The Rt Hon B Envoy MP",
                    "Foreign Secretary",
                    None,
                ),
                (
                    "mp-e14001290",
                    "Ada Quill MP",
                    "Member of Parliament",
                    Some("E14001290"),
                ),
            ] {
                let row = official::OfficialRow {
                    code: code.into(),
                    name: name.into(),
                    office: office.into(),
                    salutation: None,
                    constituency_code: place.map(str::to_owned),
                    party: None,
                    email: None,
                    postal_address: None,
                };
                official::upsert(conn, &row, now)?;
            }
            Ok(())
        })
        .await
        .expect("officials");
}

/// The page's scroll width and the room the window has, in CSS pixels.
async fn widths(browser: &Browser) -> (u64, u64) {
    let measured = browser
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
            vec![],
        )
        .await
        .expect("measure");
    (
        measured[0].as_u64().expect("scrollWidth"),
        measured[1].as_u64().expect("clientWidth"),
    )
}

/// The text of the first element matching `css` once it contains `expected`, waiting for a
/// page a click submitted to load (up to 10 s).
async fn text_when(browser: &Browser, css: &str, expected: &str) -> String {
    let mut last = String::new();
    for _ in 0..100 {
        if let Ok(element) = browser.find(Css(css)).await {
            if let Ok(text) = element.text().await {
                if text.contains(expected) {
                    return text;
                }
                last = text;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{css} never contained {expected:?}; last: {last:?}");
}

async fn click(browser: &Browser, css: &str) {
    browser
        .find(Css(css))
        .await
        .expect(css)
        .click()
        .await
        .expect("click");
}

#[tokio::test]
async fn the_picker_and_the_warning_fit_a_phone_and_a_desktop() {
    in_browser(PHONE, |browser: Browser| async move {
        let app = spawn_app().await;
        officials(&app).await;
        let signed = app
            .sign(
                "british-values",
                "Ada Lovelace",
                "ada@example.org",
                "SW1A 1AA",
            )
            .await;
        assert!(signed.status < 400);
        let organiser = staff_client(&app, EMAIL, Role::Organiser).await;

        browser.goto(&app.url("/staff/login")).await.expect("login");
        browser
            .find(Css("#email"))
            .await
            .expect("email")
            .send_keys(EMAIL)
            .await
            .expect("type");
        browser
            .find(Css("#password"))
            .await
            .expect("password")
            .send_keys(&organiser.password)
            .await
            .expect("type");
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, "/staff").await;

        for width in [390_u32, 1280] {
            browser.viewport((width, 900)).await;
            browser
                .goto(&app.url("/staff/campaigns/british-values/edit"))
                .await
                .expect("edit");
            let search = browser
                .find(Css("#target_search"))
                .await
                .expect("search box");
            search.send_keys("holborn").await.expect("type");
            click(&browser, "button[name=find]:not([tabindex])").await;
            text_when(&browser, ".target-results", "Ada Quill MP").await;
            click(&browser, "button[name=add_target][value=mp-e14001290]").await;
            text_when(&browser, ".chosen-targets", "Ada Quill MP").await;
            let (page, room) = widths(&browser).await;
            assert!(page <= room, "picker at {width}: {page} > {room}");
            browser
                .execute(
                    "document.querySelector('.targets').scrollIntoView()",
                    vec![],
                )
                .await
                .expect("scroll");
            browser
                .full_screenshot(&format!("campaign-picker-{width}"))
                .await;

            let body = browser.find(Css("#body_markdown")).await.expect("body");
            body.send_keys(" An added sentence.").await.expect("type");
            click(&browser, "button.primary[type=submit]").await;
            text_when(
                &browser,
                "#confirm-warning",
                "1 person signed the earlier text",
            )
            .await;
            let (page, room) = widths(&browser).await;
            assert!(page <= room, "warning at {width}: {page} > {room}");
            browser
                .full_screenshot(&format!("campaign-warning-{width}"))
                .await;
        }
    })
    .await;
}
