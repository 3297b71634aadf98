//! The language in a real headless Chromium with scripts turned off: a browser set to Welsh
//! gets the Welsh campaign page; the switcher (plain links) moves it to Russian, and the
//! choice holds on the next page without `?lang`.
//!
//! Needs `/usr/bin/chromium` and `/usr/bin/chromedriver`, like `tests/browser.rs`; without
//! them the test says so on stderr and passes, unless `MISSIVE_REQUIRE_BROWSER=1`.

mod support;

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use serde_json::json;
use support::browser::{in_browser, text, Browser};
use support::spawn_app;

async fn html_lang(browser: &Client) -> String {
    browser
        .find(Locator::Css("html"))
        .await
        .expect("html")
        .attr("lang")
        .await
        .expect("lang")
        .unwrap_or_default()
}

async fn wait_for_lang(browser: &Client, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while html_lang(browser).await != expected {
        assert!(
            Instant::now() < deadline,
            "the page did not turn {expected}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_switcher_works_without_javascript_and_is_remembered() {
    in_browser((1024, 800), |browser: Browser| async move {
        let app = spawn_app().await;
        browser
            .cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }))
            .await;
        browser
            .cdp(
                "Emulation.setUserAgentOverride",
                json!({ "userAgent": "Mozilla/5.0 (X11; Linux x86_64) Chromium", "acceptLanguage": "cy" }),
            )
            .await;
        let page = app.url("/campaigns/british-values");
        browser.goto(&page).await.expect("open the campaign");
        assert_eq!(html_lang(&browser).await, "cy");
        assert_eq!(text(&browser, "#sign-heading").await, "Llofnodwch y llythyr hwn");
        assert_eq!(text(&browser, "[data-live-noun]").await, "llofnod");

        browser
            .find(Locator::Css("nav.languages a[hreflang=ru]"))
            .await
            .expect("the Russian link")
            .click()
            .await
            .expect("click");
        wait_for_lang(&browser, "ru").await;
        assert_eq!(text(&browser, "#sign-heading").await, "Подпишите это письмо");
        assert_eq!(
            text(&browser, "nav.languages a[aria-current]").await,
            "Русский"
        );

        // The address without ?lang: the cookie keeps Russian over the browser's Welsh.
        browser.goto(&page).await.expect("open it again");
        assert_eq!(html_lang(&browser).await, "ru");
        assert_eq!(text(&browser, "label[for=full_name]").await, "Имя и фамилия");
    })
    .await;
}
