//! The letter editor in a real headless Chromium, driven over WebDriver: typing autosaves
//! (and the autosave really stores the letter), the personalisation meter and the preview
//! follow the text, on a new letter too, the keyboard alone can save a draft, and a
//! moderator signs in and approves a letter. On the way to signing: the sign form's error
//! summary takes the focus and shows on a phone, and "check your email" names the address.
//!
//! Needs `/usr/bin/chromium` and `/usr/bin/chromedriver` (Debian: `apt-get install chromium
//! chromium-driver`). Without them each test says so loudly on stderr and passes, unless
//! `MISSIVE_REQUIRE_BROWSER=1` (as `.ci/run` sets), which makes a missing browser a failure.
//! Screenshots of the editor, the sign form with errors and "check your email", at 1280 px
//! and 390 px wide, land in `target/screenshots/`.

mod support;

use support::letters::*;

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use support::browser::{
    in_browser, press, screenshot, text, type_text, wait_for_path, Browser, DESKTOP,
};
use support::{spawn_app, TestApp};

const WRITE: &str = "/campaigns/british-values/letters";

/// A personal letter: nothing in it comes from the featured letter.
const PERSONAL: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Even so, I do not think our trade should come at the price of looking away from \
jailed lawyers and poets. Please make any new trade deal depend on the release of political \
prisoners and on free trade unions.";

/// Saves a new draft over HTTP and returns its private path, `/letters/{token}`.
async fn save_new(app: &TestApp, body: &str) -> String {
    let saved = app
        .post_form(
            WRITE,
            &[
                ("full_name", "Ada Lovelace"),
                ("email", "ada@example.com"),
                ("postcode", ""),
                ("country", "GB"),
                ("subject", "Trade with Kazakhstan"),
                ("body", body),
                ("website", ""),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let location = saved.location.expect("a Location header");
    location.split('?').next().unwrap().to_owned()
}

async fn value(browser: &Client, css: &str) -> String {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css} on the page: {e}"))
        .prop("value")
        .await
        .expect("element value")
        .unwrap_or_default()
}

/// The meter's "own words" figure, from `#own-percent` ("87%").
async fn own_percent(browser: &Client) -> u32 {
    let shown = text(browser, "#own-percent").await;
    shown
        .trim()
        .trim_end_matches('%')
        .parse()
        .unwrap_or_else(|_| panic!("#own-percent shows {shown:?}, not a percentage"))
}

/// Polls `#save-status` until it starts with "Saved at", for up to `limit`.
async fn wait_until_saved(browser: &Client, limit: Duration) -> String {
    let deadline = Instant::now() + limit;
    loop {
        let status = text(browser, "#save-status").await;
        if status.starts_with("Saved at") {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "#save-status still says {status:?} after {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Line endings as a browser's textarea holds them, without surrounding space.
fn normalised(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_owned()
}

#[tokio::test]
async fn typing_autosaves_and_updates_the_meter() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        let path = save_new(&app, PERSONAL).await;
        browser
            .goto(&app.url(&path))
            .await
            .expect("open the private page");

        let before = own_percent(&browser).await;
        assert!(before >= 80, "a personal letter shows {before}% own words");
        let words_before = text(&browser, "#meter-words").await;
        assert_eq!(text(&browser, "#save-status").await, "");
        assert_eq!(
            normalised(&value(&browser, "textarea#body").await),
            PERSONAL
        );

        // Count rewrites of the status line, a live region that screen readers announce.
        browser
            .execute(
                "window.statusChanges = 0; \
                 new MutationObserver(function (list) { window.statusChanges += list.length; }) \
                   .observe(document.getElementById('save-status'), \
                            {childList: true, characterData: true, subtree: true});",
                vec![],
            )
            .await
            .expect("watch the status line");

        let typed = featured();
        let textarea = browser
            .find(Locator::Css("textarea#body"))
            .await
            .expect("textarea");
        textarea.clear().await.expect("clear the letter");
        let started = Instant::now();
        textarea.send_keys(&typed).await.expect("type the letter");
        eprintln!(
            "typed {} characters in {:.1?}",
            typed.chars().count(),
            started.elapsed()
        );
        assert_eq!(normalised(&value(&browser, "textarea#body").await), typed);
        let changes = browser
            .execute("return window.statusChanges", vec![])
            .await
            .expect("status changes");
        assert!(
            changes.as_u64().is_some_and(|n| n < 10),
            "typing rewrote the status line {changes} times: screen readers announce each one"
        );

        // The script waits 2 s after the last keystroke, then saves.
        let status = wait_until_saved(&browser, Duration::from_secs(10)).await;
        let after = own_percent(&browser).await;
        assert!(
            after < 50,
            "the featured letter typed in still shows {after}% own words ({status})"
        );
        let words_after = text(&browser, "#meter-words").await;
        assert_ne!(
            words_after, words_before,
            "the meter's words did not change"
        );
        let preview = wait_for_preview(&browser, &["Following the much-publicised"]).await;
        assert!(
            !preview.contains("I run a small engineering firm"),
            "the preview still shows the old text: {preview}"
        );
        let meter = browser
            .execute("return document.getElementById('personal').value", vec![])
            .await
            .expect("meter value");
        assert_eq!(
            meter.as_f64(),
            Some(f64::from(after)),
            "the <meter> and the percentage disagree"
        );

        // Screenshots of the end of the letter, the meter, the status line and the buttons,
        // on a desktop and on a phone.
        let to_buttons = "document.querySelector('.letter-form .buttons')\
                          .scrollIntoView({block: 'end'})";
        browser.execute(to_buttons, vec![]).await.expect("scroll");
        screenshot(&browser, "editor-1280.png").await;
        browser.set_window_size(390, 844).await.expect("resize");
        let width = browser
            .execute("return window.innerWidth", vec![])
            .await
            .expect("viewport width");
        browser.execute(to_buttons, vec![]).await.expect("scroll");
        screenshot(&browser, "editor-390.png").await;
        let overflow = browser
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth",
                vec![],
            )
            .await
            .expect("page width");
        eprintln!("phone viewport {width} px wide; horizontal overflow {overflow} px");
        browser.set_window_size(1280, 900).await.expect("resize");

        // The autosave stored the letter: a reload shows the typed text and its meter.
        browser.refresh().await.expect("reload");
        assert_eq!(normalised(&value(&browser, "textarea#body").await), typed);
        assert_eq!(own_percent(&browser).await, after);
        assert_eq!(text(&browser, "#save-status").await, "");

        let page = app.get(&path).await;
        assert_eq!(page.status, 200);
        let stored = normalised(&page.text_of("textarea#body").expect("textarea"));
        assert_eq!(stored, typed, "the stored letter is what was typed");
        assert_eq!(
            page.text_of("#own-percent").as_deref(),
            Some(format!("{after}%").as_str())
        );
    })
    .await;
}

#[tokio::test]
async fn the_keyboard_alone_saves_a_draft() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        let path = save_new(&app, PERSONAL).await;
        browser
            .goto(&app.url(&path))
            .await
            .expect("open the private page");

        // Into the letter, to the end of it, and add a sentence.
        let textarea = browser
            .find(Locator::Css("textarea#body"))
            .await
            .expect("textarea");
        textarea.click().await.expect("focus the letter");
        press(&browser, &[Key::Control, Key::End]).await;
        let added = " Thank you for reading.";
        type_text(&browser, added).await;
        let expected = format!("{PERSONAL}{added}");
        assert_eq!(
            normalised(&value(&browser, "textarea#body").await),
            expected
        );

        // Tab, Tab, … to "Save draft", then Enter.
        let mut tabs = 0;
        loop {
            press(&browser, &[Key::Tab]).await;
            tabs += 1;
            let focused = browser.active_element().await.expect("focus");
            let is_save = focused.tag_name().await.expect("tag") == "button"
                && focused.attr("value").await.expect("value").as_deref() == Some("save");
            if is_save {
                assert_eq!(focused.text().await.expect("label"), "Save draft");
                break;
            }
            assert!(
                tabs < 10,
                "10 presses of Tab from the letter did not reach Save draft (at {:?})",
                focused.html(false).await.unwrap_or_default()
            );
        }
        press(&browser, &[Key::Enter]).await;

        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = browser.current_url().await.expect("url");
            if url.query() == Some("notice=saved") {
                assert_eq!(url.path(), path);
                break;
            }
            assert!(
                Instant::now() < deadline,
                "Enter on Save draft led to {url}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let notice = text(&browser, ".notice-banner").await;
        assert!(notice.starts_with("Saved."), "{notice}");
        assert_eq!(
            normalised(&value(&browser, "textarea#body").await),
            expected
        );
        let page = app.get(&path).await;
        assert_eq!(
            normalised(&page.text_of("textarea#body").expect("textarea")),
            expected
        );
    })
    .await;
}

#[tokio::test]
async fn a_moderator_signs_in_and_approves_a_letter() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        let password = "moderating is careful work";
        support::create_staff(
            &app,
            "mod@example.org",
            missive::auth::Role::Moderator,
            password,
        )
        .await;
        let path = save_new(&app, PERSONAL).await;
        let submitted = app
            .post_form(
                &path,
                &[
                    ("full_name", "Ada Lovelace"),
                    ("email", "ada@example.org"),
                    ("postcode", "SW1A 1AA"),
                    ("country", "GB"),
                    ("subject", "Trade with Kazakhstan"),
                    ("body", PERSONAL),
                    ("website", ""),
                    ("action", "submit"),
                ],
            )
            .await;
        assert_eq!(submitted.status, 303, "{}", submitted.body);
        confirm_writer(&app, "ada@example.org").await;

        browser
            .goto(&app.url("/staff/login"))
            .await
            .expect("login page");
        browser
            .find(Locator::Css("#email"))
            .await
            .expect("email field")
            .send_keys("mod@example.org")
            .await
            .expect("type email");
        browser
            .find(Locator::Css("#password"))
            .await
            .expect("password field")
            .send_keys(password)
            .await
            .expect("type password");
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, "/staff").await;

        browser
            .goto(&app.url("/staff/moderation"))
            .await
            .expect("queue");
        let queue = text(&browser, "main").await;
        assert!(queue.contains("Trade with Kazakhstan"), "{queue}");
        browser
            .find(Locator::Css("form[action$='/approve'] button"))
            .await
            .expect("an Approve button")
            .click()
            .await
            .expect("approve");
        // The page was already the queue: wait for the redirect that reports the approval.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = browser.current_url().await.expect("url");
            if url.query().unwrap_or_default().contains("approved") {
                break;
            }
            assert!(Instant::now() < deadline, "no approval notice at {url}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        let status = app
            .db
            .read(|conn| Ok(missive::db::models::letter::pending(conn)?.len()))
            .await
            .expect("queue length");
        assert_eq!(status, 0, "the letter left the queue");
        let page = app.get(&path).await;
        assert!(
            page.body.contains("Approved."),
            "the writer sees it approved"
        );
    })
    .await;
}

/// Waits up to 10 s for the preview to show every one of `wanted`; returns its text.
async fn wait_for_preview(browser: &Client, wanted: &[&str]) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        // Read in one step: the script may swap the section between a find and a read.
        let preview = browser
            .execute(
                "return document.querySelector('section.preview').innerText",
                vec![],
            )
            .await
            .expect("the preview")
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if wanted.iter().all(|w| preview.contains(w)) {
            return preview;
        }
        assert!(
            Instant::now() < deadline,
            "the preview does not show {wanted:?}: {preview}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn letters_stored(app: &TestApp) -> i64 {
    use diesel::prelude::*;
    use missive::db::schema::letters;
    app.db
        .read(|conn| Ok(letters::table.count().get_result::<i64>(conn)?))
        .await
        .expect("count letters")
}

#[tokio::test]
async fn a_new_letters_meter_and_preview_follow_typing_before_any_save() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        holborn(&app).await;
        browser
            .goto(&app.url("/campaigns/british-values/write"))
            .await
            .expect("open the editor");
        assert_eq!(
            own_percent(&browser).await,
            0,
            "the featured letter as it is"
        );

        // The writer's own paragraph at the top of the featured letter.
        let textarea = browser
            .find(Locator::Css("textarea#body"))
            .await
            .expect("textarea");
        textarea.click().await.expect("focus the letter");
        press(&browser, &[Key::Control, Key::Home]).await;
        type_text(&browser, PERSONAL).await;
        press(&browser, &[Key::Enter]).await;
        press(&browser, &[Key::Enter]).await;
        wait_for_preview(&browser, &["I run a small engineering firm"]).await;
        let moved = own_percent(&browser).await;
        assert!(moved > 0, "the meter did not move while typing");
        assert!(
            moved < 80,
            "one paragraph added to the featured letter: {moved}%"
        );

        // The name and postcode typed reach the preview's sign-off and salutations.
        for (css, typed) in [
            ("#full_name", "Ada Lovelace"),
            ("#email", "ada@example.org"),
            ("#postcode", "WC1H 9JE"),
        ] {
            browser
                .find(Locator::Css(css))
                .await
                .expect("field")
                .send_keys(typed)
                .await
                .expect("type");
        }
        wait_for_preview(
            &browser,
            &[
                "Dear Jane Member,",
                "Dear Prime Minister,",
                "Ada Lovelace",
                "Holborn and St Pancras",
            ],
        )
        .await;
        let meter = browser
            .execute("return document.getElementById('personal').value", vec![])
            .await
            .expect("meter value");
        assert_eq!(meter.as_f64(), Some(f64::from(moved)), "the <meter> agrees");
        let url = browser.current_url().await.expect("url");
        assert_eq!(url.path(), "/campaigns/british-values/write", "not saved");
        assert_eq!(letters_stored(&app).await, 0, "nothing stored while typing");

        let to_meter = "document.getElementById('meter').scrollIntoView({block: 'center'})";
        browser.execute(to_meter, vec![]).await.expect("scroll");
        screenshot(&browser, "editor-typing-1280.png").await;
        browser.set_window_size(390, 844).await.expect("resize");
        browser.execute(to_meter, vec![]).await.expect("scroll");
        screenshot(&browser, "editor-typing-390.png").await;
        browser.set_window_size(1280, 900).await.expect("resize");

        // Saving stores the figure the page showed while typing.
        browser
            .find(Locator::Css(".buttons button[value=save]"))
            .await
            .expect("Save draft")
            .click()
            .await
            .expect("save");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !browser
            .current_url()
            .await
            .expect("url")
            .path()
            .starts_with("/letters/")
        {
            assert!(Instant::now() < deadline, "the draft was not saved");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            own_percent(&browser).await,
            moved,
            "the saved figure is the one shown"
        );
    })
    .await;
}

#[tokio::test]
async fn on_a_phone_the_sign_forms_errors_take_the_focus_then_check_email_names_the_address() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        for (width, height) in [(390, 844), (1280, 900)] {
            browser
                .set_window_size(width, height)
                .await
                .expect("resize");
            browser
                .goto(&app.url("/campaigns/british-values"))
                .await
                .expect("campaign page");
            browser
                .find(Locator::Css("form.sign-form button[type=submit]"))
                .await
                .expect("the Sign button")
                .click()
                .await
                .expect("sign with nothing filled in");
            wait_for_path(&browser, "/campaigns/british-values/signatures").await;
            let focus = browser
                .execute(
                    "var e = document.activeElement, r = e.getBoundingClientRect(); \
                     return [e.id, r.top, r.bottom, window.innerHeight, window.scrollY];",
                    vec![],
                )
                .await
                .expect("focus");
            assert_eq!(focus[0], "error-summary", "at {width} px: {focus}");
            let (top, bottom, view) = (
                focus[1].as_f64().unwrap(),
                focus[2].as_f64().unwrap(),
                focus[3].as_f64().unwrap(),
            );
            assert!(
                top >= 0.0 && bottom <= view,
                "at {width} px the summary is not in view: {focus}"
            );
            let summary = text(&browser, "#error-summary").await;
            assert!(summary.starts_with("There is a problem"), "{summary}");
            screenshot(&browser, &format!("sign-errors-{width}.png")).await;
        }

        for (css, typed) in [
            ("#full_name", "Ada Lovelace"),
            ("#email", "ada@example.org"),
            ("#postcode", "SW1A 1AA"),
        ] {
            browser
                .find(Locator::Css(css))
                .await
                .expect("field")
                .send_keys(typed)
                .await
                .expect("type");
        }
        browser
            .find(Locator::Css("form.sign-form button[type=submit]"))
            .await
            .expect("the Sign button")
            .click()
            .await
            .expect("sign");
        wait_for_path(&browser, "/campaigns/british-values/signed").await;
        assert_eq!(text(&browser, "strong.address").await, "ada@example.org");
        screenshot(&browser, "check-email-1280.png").await;
        browser.set_window_size(390, 844).await.expect("resize");
        browser.full_screenshot("check-email-390").await;
    })
    .await;
}
