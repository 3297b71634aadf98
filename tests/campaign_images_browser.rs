//! An organiser uploads a campaign photo in Chromium: chooses the file in the campaign
//! form, forgets the alt text (the message is beside it, the photo kept), adds it and saves;
//! the campaign page shows the photo. Screenshots of the form and the page at 390 and
//! 1280 px, and of the 300×150 embed (`target/screenshots/campaign-image-*.png`); none is wider
//! than its window.

mod support;

use std::io::Cursor;

use fantoccini::key::Key;
use fantoccini::Locator;
use image::{DynamicImage, ImageFormat};
use missive::auth::Role;
use serde_json::Value;
use support::browser::{in_browser, press, wait_for, wait_for_path, wait_for_query, Browser};
use support::{spawn_app, staff_client};

const ORGANISER: &str = "org@example.org";

async fn fill(browser: &Browser, css: &str, text: &str) {
    let field = browser.find(Locator::Css(css)).await.expect(css);
    field.clear().await.expect("clear");
    field.send_keys(text).await.expect("type");
}

/// `document.documentElement.scrollWidth` and `window.innerWidth`.
async fn widths(browser: &Browser) -> (u64, u64) {
    let found = browser
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await
        .expect("widths");
    let at = |i: usize| found[i].as_u64().unwrap_or(u64::MAX);
    (at(0), at(1))
}

async fn shoot(browser: &Browser, name: &str) {
    for width in [390, 1280] {
        browser.viewport((width, 900)).await;
        let (scroll, inner) = widths(browser).await;
        assert!(scroll <= inner, "{name} at {width} px: {scroll} > {inner}");
        browser
            .full_screenshot(&format!("campaign-image-{name}-{width}"))
            .await;
    }
}

#[tokio::test]
async fn an_organiser_uploads_a_photo_in_the_browser() {
    in_browser((1280, 900), |browser: Browser| async move {
        let app = spawn_app().await;
        let organiser = staff_client(&app, ORGANISER, Role::Organiser).await;
        let photo = app.data_dir.path().join("river.jpg");
        let pixels = image::RgbImage::from_fn(1200, 800, |x, y| {
            let sky = y < 450;
            match sky {
                true => image::Rgb([200, 120 + (y / 8) as u8, 150]),
                false => image::Rgb([30, 60 + (x / 20) as u8, 120]),
            }
        });
        let mut bytes = Vec::new();
        DynamicImage::ImageRgb8(pixels)
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Jpeg)
            .expect("jpeg");
        std::fs::write(&photo, bytes).expect("write photo");

        browser.goto(&app.url("/staff/login")).await.expect("login");
        fill(&browser, "#email", ORGANISER).await;
        fill(&browser, "#password", &organiser.password).await;
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, "/staff").await;

        browser
            .goto(&app.url("/staff/campaigns/new"))
            .await
            .expect("new");
        fill(
            &browser,
            "textarea[name=letter]",
            "Save the river\n\nSir, sewage is poured into the river every day of the year.\n\n\
             Yours sincerely,\nDr Amara Okonkwo\nChair, Friends of the River",
        )
        .await;
        browser
            .find(Locator::Css("button.primary[type=submit]"))
            .await
            .expect("read button")
            .click()
            .await
            .expect("read");
        let name = wait_for(&browser, "#author_name")
            .await
            .prop("value")
            .await
            .expect("value");
        assert_eq!(name.as_deref(), Some("Dr Amara Okonkwo"));
        browser
            .find(Locator::Css("#image_upload"))
            .await
            .expect("file input")
            .send_keys(&photo.to_string_lossy())
            .await
            .expect("choose file");
        fill(&browser, "#image_caption", "The river at dawn").await;
        fill(&browser, "#goal", "1000").await;
        browser
            .find(Locator::Css("button.primary[type=submit]"))
            .await
            .expect("create button")
            .click()
            .await
            .expect("create");

        // No alt text: the message beside it, the photo kept.
        let message = wait_for(&browser, "#image_alt-error")
            .await
            .text()
            .await
            .expect("text");
        assert!(
            message.contains("Describe what the photo shows"),
            "{message}"
        );
        let kept = browser
            .find(Locator::Css("figure.photo-preview figcaption"))
            .await
            .expect("kept photo")
            .text()
            .await
            .expect("text");
        assert!(kept.contains("do not need to choose it again"), "{kept}");
        let loaded: Value = browser
            .execute(
                "return document.querySelector('figure.photo-preview img').naturalWidth;",
                vec![],
            )
            .await
            .expect("preview");
        assert_eq!(loaded.as_u64(), Some(1200));
        shoot(&browser, "form").await;

        browser.viewport((1280, 900)).await;
        fill(&browser, "#image_alt", "A river under a pink sky").await;
        browser
            .find(Locator::Css("button.primary[type=submit]"))
            .await
            .expect("create button")
            .click()
            .await
            .expect("create");
        wait_for_query(&browser, "saved=save-the-river").await;

        browser
            .goto(&app.url("/campaigns/save-the-river"))
            .await
            .expect("campaign page");
        let mut width = Value::Null;
        for _ in 0..50 {
            width = browser
                .execute(
                    "const img = document.querySelector('figure.photo img'); \
                     img.scrollIntoView(); return img.complete ? img.naturalWidth : -1;",
                    vec![],
                )
                .await
                .expect("photo");
            if width.as_i64() != Some(-1) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(width.as_i64(), Some(1200));
        browser
            .execute("window.scrollTo(0, 0);", vec![])
            .await
            .expect("top");
        shoot(&browser, "page").await;

        browser.viewport((300, 150)).await;
        browser
            .goto(&app.url("/campaigns/save-the-river/embed"))
            .await
            .expect("embed");
        let (scroll, inner) = widths(&browser).await;
        assert!(scroll <= inner, "embed: {scroll} > {inner}");
        browser.full_screenshot("campaign-image-embed-300").await;
    })
    .await;
}
