//! Accessibility in a real headless Chromium: the main journeys (read the campaign, sign,
//! confirm from the emailed link, write a letter, save it, send it, a moderator signs in
//! and approves it) driven by the keyboard alone, with every stop of the focus checked for
//! a visible focus indicator and the form fields reached in reading order; and on every page
//! on the way (and the other staff and public pages) axe-core finds no serious or critical
//! violation. Each page is saved at phone (390×844) and desktop (1280×900) widths as
//! `target/screenshots/a11y-{page}-{phone,desktop}.png`.
//!
//! axe-core is the version pinned in `tests/package.json`; the first test to need it runs
//! `npm ci --prefix tests` when `tests/node_modules/axe-core/axe.min.js` is missing (Node.js
//! and npm required). Needs Chromium and chromedriver; see `tests/support/browser.rs`.

mod support;

use support::letters::*;

use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use missive::auth::Role;
use serde_json::{json, Value};
use support::browser::{
    chord, in_browser, press, type_text, wait_for_path, Browser, DESKTOP, PHONE,
};
use support::{spawn_app, staff_client, TestApp};

const SLUG: &str = "british-values";

/// axe-core's source, installed from the npm registry on first use.
fn axe_source() -> String {
    static INSTALLING: Mutex<()> = Mutex::new(());
    let tests = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let script = tests.join("node_modules/axe-core/axe.min.js");
    let _one_at_a_time = INSTALLING.lock().unwrap_or_else(|e| e.into_inner());
    if !script.exists() {
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(&tests)
            .output()
            .unwrap_or_else(|e| {
                panic!("npm ci --prefix tests: {e} (install Node.js and npm to run this test)")
            });
        assert!(
            out.status.success(),
            "npm ci --prefix tests failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    std::fs::read_to_string(&script).unwrap_or_else(|e| panic!("{}: {e}", script.display()))
}

/// Runs axe-core on the page; answers its serious and critical violations, one line per
/// failing element.
const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { iframes: false, resultTypes: ['violations'] }).then((results) => {
  const found = [];
  for (const v of results.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    for (const node of v.nodes) {
      found.push(v.impact + ' ' + v.id + ' (' + v.help + ') at ' + node.target.join(' ') +
        '\n      ' + node.html.slice(0, 300) + '\n      ' + (node.failureSummary || '').replace(/\n/g, ' '));
    }
  }
  done(found);
}, (error) => done(['axe failed: ' + error]));
"#;

/// Where the focus is, and whether it can be seen: an outline at least 2 px wide whose
/// colour has a contrast of at least 3:1 with the background around the element (WCAG
/// 1.4.11), and the element on screen.
const FOCUS: &str = r#"
const el = document.activeElement;
if (!el || el === document.body) return { at: 'nothing', visible: false, inView: false };
const rgb = (colour) => {
  const parts = (colour.match(/rgba?\(([^)]+)\)/) || [, ''])[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
  return parts.length >= 3 ? parts : null;
};
const luminance = ([r, g, b]) => {
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
let around = [255, 255, 255];
for (let e = el.parentElement; e; e = e.parentElement) {
  const c = rgb(getComputedStyle(e).backgroundColor);
  if (c && (c.length < 4 || c[3] > 0)) { around = c; break; }
}
const style = getComputedStyle(el);
const ring = rgb(style.outlineColor);
const [light, dark] = ring ? [luminance(ring), luminance(around)].sort((a, b) => b - a) : [0, 0];
const contrast = (light + 0.05) / (dark + 0.05);
const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
const box = el.getBoundingClientRect();
const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 &&
  box.top < innerHeight && box.left < innerWidth;
const name = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 50);
return {
  at: el.localName + (el.id ? '#' + el.id : '') + (name ? ' "' + name + '"' : ''),
  id: el.id,
  matches: arguments[0] ? el.matches(arguments[0]) : false,
  visible: outline && contrast >= 3,
  why: outline ? 'its outline, ' + style.outlineColor + ', has a contrast of ' + contrast.toFixed(2) +
    ':1 with the background around it, rgb(' + around.slice(0, 3).join(', ') + ')' : 'it has no outline',
  inView,
};
"#;

/// Problems found on the way, reported together at the end of a test.
struct Audit {
    axe: String,
    failures: Vec<String>,
    pages: Vec<String>,
}

impl Audit {
    fn new() -> Audit {
        Audit {
            axe: axe_source(),
            failures: Vec::new(),
            pages: Vec::new(),
        }
    }

    /// The serious and critical violations axe-core finds on the current page.
    async fn axe(&self, browser: &Browser, name: &str) -> Vec<String> {
        browser
            .execute(&format!("{}\nreturn true;", self.axe), vec![])
            .await
            .unwrap_or_else(|e| panic!("inject axe-core into {name}: {e}"));
        let found = browser
            .execute_async(RUN_AXE, vec![])
            .await
            .unwrap_or_else(|e| panic!("run axe-core on {name}: {e}"));
        found
            .as_array()
            .into_iter()
            .flatten()
            .map(|line| format!("{name}: {}", line.as_str().unwrap_or_default()))
            .collect()
    }

    /// axe-core on the current page, then screenshots at both widths.
    async fn page(&mut self, browser: &Browser, name: &str) {
        let found = self.axe(browser, name).await;
        self.failures.extend(found);
        for (width, size) in [("phone", PHONE), ("desktop", DESKTOP)] {
            browser.viewport(size).await;
            browser
                .full_screenshot(&format!("a11y-{name}-{width}"))
                .await;
        }
        browser
            .cdp("Emulation.clearDeviceMetricsOverride", json!({}))
            .await;
        self.pages.push(name.to_owned());
    }

    /// Presses Tab until the focus is on an element matching `css`, checking that every
    /// element on the way shows that it has the focus; answers the ids passed.
    async fn tab_to(&mut self, browser: &Browser, css: &str, limit: usize) -> Vec<String> {
        let mut passed = Vec::new();
        for _ in 0..limit {
            press(browser, &[Key::Tab]).await;
            let focus = browser
                .execute(FOCUS, vec![json!(css)])
                .await
                .expect("where the focus is");
            let at = focus["at"].as_str().unwrap_or_default().to_owned();
            if focus["visible"] != Value::Bool(true) {
                let why = focus["why"].as_str().unwrap_or_default();
                self.failures
                    .push(format!("no visible focus indicator on {at}: {why}"));
            }
            if focus["inView"] != Value::Bool(true) {
                self.failures
                    .push(format!("the focus is out of sight, on {at}"));
            }
            passed.push(focus["id"].as_str().unwrap_or_default().to_owned());
            if focus["matches"] == Value::Bool(true) {
                return passed;
            }
        }
        panic!("{limit} presses of Tab did not reach {css}; they passed {passed:?}");
    }

    /// Fails the test with everything found, if anything was.
    fn finish(self) {
        eprintln!(
            "accessibility: {} pages checked ({})",
            self.pages.len(),
            self.pages.join(", ")
        );
        assert!(
            self.failures.is_empty(),
            "{} accessibility problems:\n{}",
            self.failures.len(),
            self.failures.join("\n")
        );
    }
}

/// `expected` appears in `ids` in this order (other ids may come between).
fn in_order(ids: &[String], expected: &[&str]) {
    let mut rest = ids.iter();
    for id in expected {
        assert!(
            rest.any(|seen| seen == id),
            "the focus reached {expected:?} out of order: {ids:?}"
        );
    }
}

async fn wait_for_query(browser: &Browser, words: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let url = browser.current_url().await.expect("url");
        if url.query().unwrap_or_default().contains(words) {
            return;
        }
        assert!(Instant::now() < deadline, "no {words} at {url}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Selects what the focused field holds and types `text` over it.
async fn retype(browser: &Browser, text: &str) {
    chord(browser, &[Key::Control.into(), 'a']).await;
    type_text(browser, text).await;
}

#[tokio::test]
async fn a_supporter_reads_signs_and_confirms_with_the_keyboard_alone() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        let mut audit = Audit::new();
        browser.goto(&app.url("/")).await.expect("front page");
        audit.page(&browser, "campaign").await;

        // The first Tab shows the skip link; it leads past the header to the letter.
        let skip = audit.tab_to(&browser, "a.skip", 1).await;
        assert_eq!(skip.len(), 1);
        press(&browser, &[Key::Enter]).await;
        assert_eq!(
            browser.current_url().await.expect("url").fragment(),
            Some("main")
        );

        // Fields in reading order; a wrong email first.
        let mut stops = audit.tab_to(&browser, "#full_name", 40).await;
        type_text(&browser, "Ada Lovelace").await;
        stops.extend(audit.tab_to(&browser, "#email", 1).await);
        type_text(&browser, "ada at example").await;
        stops.extend(audit.tab_to(&browser, "#postcode", 1).await);
        type_text(&browser, "SW1A 1AA").await;
        stops.extend(audit.tab_to(&browser, "#country", 1).await);
        stops.extend(audit.tab_to(&browser, "#updates", 1).await);
        press(&browser, &[Key::Space]).await;
        stops.extend(
            audit
                .tab_to(&browser, "form.sign-form button[type=submit]", 1)
                .await,
        );
        in_order(
            &stops,
            &["full_name", "email", "postcode", "country", "updates"],
        );
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, &format!("/campaigns/{SLUG}/signatures")).await;
        audit.page(&browser, "sign-errors").await;

        // Back to the email field, put it right, and Enter sends the form.
        audit.tab_to(&browser, "#email", 40).await;
        retype(&browser, "ada@example.org").await;
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, &format!("/campaigns/{SLUG}/signed")).await;
        audit.page(&browser, "check-email").await;

        // The emailed link, then Confirm with the space bar.
        let link = app.wait_for_emails_to("ada@example.org", 1).await[0].confirmation_path();
        browser
            .goto(&app.url(&link))
            .await
            .expect("confirmation link");
        audit.page(&browser, "confirm").await;
        audit
            .tab_to(&browser, "form[action^='/signatures/confirm/'] button", 10)
            .await;
        press(&browser, &[Key::Space]).await;
        wait_for_path(&browser, &format!("/campaigns/{SLUG}/confirmed")).await;
        audit.page(&browser, "confirmed").await;
        assert_eq!(app.wait_for_count(SLUG, 1).await, 1, "the signature counts");
        audit.finish();
    })
    .await;
}

#[tokio::test]
async fn a_supporter_writes_saves_and_sends_a_letter_with_the_keyboard_alone() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        holborn(&app).await;
        let mut audit = Audit::new();
        browser
            .goto(&app.url(&format!("/campaigns/{SLUG}")))
            .await
            .expect("campaign page");
        audit
            .tab_to(
                &browser,
                &format!("a.button[href='/campaigns/{SLUG}/write']"),
                60,
            )
            .await;
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, &format!("/campaigns/{SLUG}/write")).await;
        audit.page(&browser, "write").await;

        let mut stops = audit.tab_to(&browser, "#full_name", 40).await;
        type_text(&browser, "Ada Lovelace").await;
        stops.extend(audit.tab_to(&browser, "#email", 1).await);
        type_text(&browser, "ada@example.org").await;
        stops.extend(audit.tab_to(&browser, "#postcode", 1).await);
        type_text(&browser, "WC1H 9JE").await;
        stops.extend(audit.tab_to(&browser, "#address_line_1", 1).await);
        type_text(&browser, "1 Gordon Square").await;
        stops.extend(audit.tab_to(&browser, "#town", 2).await);
        type_text(&browser, "London").await;
        stops.extend(audit.tab_to(&browser, "#body", 10).await);
        press(&browser, &[Key::Control, Key::End]).await;
        type_text(
            &browser,
            " I run a small firm in Camden, and I ask you to stand up for the jailed.",
        )
        .await;
        stops.extend(audit.tab_to(&browser, "#publish", 5).await);
        press(&browser, &[Key::Space]).await;
        stops.extend(
            audit
                .tab_to(&browser, "button[value=save]:not([tabindex])", 5)
                .await,
        );
        in_order(
            &stops,
            &[
                "full_name",
                "email",
                "postcode",
                "address_line_1",
                "address_line_2",
                "town",
                "country",
                "subject",
                "body",
                "publish",
                "public_name",
            ],
        );
        press(&browser, &[Key::Enter]).await;
        wait_for_query(&browser, "notice=saved").await;
        audit.page(&browser, "draft").await;

        audit.tab_to(&browser, "button[value=submit]", 60).await;
        press(&browser, &[Key::Space]).await;
        let deadline = Instant::now() + Duration::from_secs(10);
        while !browser
            .source()
            .await
            .expect("page")
            .contains("Waiting for you to confirm your email address")
        {
            assert!(
                Instant::now() < deadline,
                "the letter was not sent for moderation"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        audit.page(&browser, "letter-sent").await;
        audit.finish();
    })
    .await;
}

/// A letter saved and submitted over HTTP, to be published; its private path.
async fn submitted_letter(app: &TestApp) -> String {
    let mut fields = vec![
        ("full_name", "Ada Lovelace"),
        ("email", "ada@example.org"),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        (
            "body",
            "I run a small engineering firm in Camden and I have customers in Almaty. \
                  Please make any trade deal depend on the release of political prisoners.",
        ),
        ("publish", "yes"),
        ("public_name", "Ada L."),
        ("website", ""),
        ("action", "save"),
    ];
    fields.extend(ADDRESS);
    let saved = app
        .post_form(&format!("/campaigns/{SLUG}/letters"), &fields)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let location = saved.location.expect("a Location header");
    let path = location.split('?').next().unwrap_or_default().to_owned();
    fields[9] = ("action", "submit");
    let submitted = app.post_form(&path, &fields).await;
    assert_eq!(submitted.status, 303, "{}", submitted.body);
    confirm_writer(app, "ada@example.org").await;
    path
}

#[tokio::test]
async fn a_moderator_signs_in_and_approves_a_letter_with_the_keyboard_alone() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        holborn(&app).await;
        let password = "moderating is careful work";
        support::create_staff(&app, "mod@example.org", Role::Moderator, password).await;
        let letter = submitted_letter(&app).await;
        let mut audit = Audit::new();

        browser
            .goto(&app.url("/staff/login"))
            .await
            .expect("sign-in page");
        audit.page(&browser, "staff-login").await;
        let mut stops = audit.tab_to(&browser, "#email", 10).await;
        type_text(&browser, "mod@example.org").await;
        stops.extend(audit.tab_to(&browser, "#password", 1).await);
        in_order(&stops, &["email", "password"]);
        type_text(&browser, password).await;
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, "/staff").await;
        audit.page(&browser, "staff-home").await;

        audit
            .tab_to(&browser, "main a[href='/staff/moderation']", 20)
            .await;
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, "/staff/moderation").await;
        audit.page(&browser, "moderation-queue").await;
        audit
            .tab_to(&browser, "form[action$='/approve'] button", 40)
            .await;
        press(&browser, &[Key::Enter]).await;
        wait_for_query(&browser, "approved").await;
        audit.page(&browser, "moderation-approved").await;

        // What the public and the writer see after approval.
        browser
            .goto(&app.url(&format!("/campaigns/{SLUG}/letters")))
            .await
            .expect("published letters");
        audit.page(&browser, "published-letters").await;
        browser.goto(&app.url(&letter)).await.expect("private page");
        audit.page(&browser, "letter-approved").await;
        audit.finish();
    })
    .await;
}

/// The pages the journeys do not pass through, each checked by axe-core.
#[tokio::test]
async fn every_other_page_has_no_serious_violations() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        holborn(&app).await;
        let letter = submitted_letter(&app).await;
        let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
        let queue = admin.get(&app, "/staff/moderation").await;
        let id = queue
            .attr_of("form[action$='/approve']", "action")
            .and_then(|a| a.split('/').nth(3).map(str::to_owned))
            .expect("a letter waiting");
        let approved = admin
            .post(&app, &format!("/staff/moderation/{id}/approve"), &[])
            .await;
        assert_eq!(approved.status, 303, "{}", approved.body);
        let signed = app
            .sign(SLUG, "Grace Hopper", "grace@example.org", "WC1H 9JE")
            .await;
        assert_eq!(signed.status, 303);
        let link = app.wait_for_emails_to("grace@example.org", 1).await[0].confirmation_path();
        assert_eq!(app.post_form(&link, &[]).await.status, 303);
        let mut audit = Audit::new();

        // First, that axe-core does report what it should: a field without a label.
        browser
            .goto(&app.url("/campaigns/no-such-campaign"))
            .await
            .expect("page");
        browser
            .execute(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>');",
                vec![],
            )
            .await
            .expect("add an unlabelled field");
        let found = audit.axe(&browser, "canary").await.join("\n");
        assert!(
            found.contains("critical label"),
            "axe-core missed an unlabelled field: {found:?}"
        );

        for (name, path) in [
            ("embed", format!("/campaigns/{SLUG}/embed")),
            ("not-found", "/campaigns/no-such-campaign".to_owned()),
        ] {
            browser.goto(&app.url(&path)).await.expect("page");
            audit.page(&browser, name).await;
        }
        browser.goto(&app.url(&letter)).await.expect("private page");
        let print = browser
            .find(fantoccini::Locator::Css("a[href*='/print/']"))
            .await
            .expect("a printable letter")
            .attr("href")
            .await
            .expect("href")
            .expect("a link");
        browser.goto(&app.url(&print)).await.expect("print page");
        audit.page(&browser, "print").await;

        browser
            .goto(&app.url("/staff/login"))
            .await
            .expect("sign-in page");
        browser
            .find(fantoccini::Locator::Css("#email"))
            .await
            .expect("email")
            .send_keys("admin@example.org")
            .await
            .expect("type");
        browser
            .find(fantoccini::Locator::Css("#password"))
            .await
            .expect("password")
            .send_keys(&admin.password)
            .await
            .expect("type");
        press(&browser, &[Key::Enter]).await;
        wait_for_path(&browser, "/staff").await;
        for (name, path) in [
            ("staff-letter", format!("/staff/moderation/{id}")),
            (
                "staff-signatures",
                format!("/staff/signatures?campaign={SLUG}&postcode=WC1H"),
            ),
            ("staff-campaigns", "/staff/campaigns".to_owned()),
            ("staff-campaign-new", "/staff/campaigns/new".to_owned()),
            (
                "staff-campaign-edit",
                format!("/staff/campaigns/{SLUG}/edit"),
            ),
            (
                "staff-dashboard",
                format!("/staff/campaigns/{SLUG}/dashboard"),
            ),
            ("staff-embed", format!("/staff/campaigns/{SLUG}/embed")),
            ("staff-exports", format!("/staff/campaigns/{SLUG}/exports")),
            ("staff-api-tokens", "/staff/api-tokens".to_owned()),
            ("staff-users", "/staff/users".to_owned()),
            ("staff-password", "/staff/password".to_owned()),
            ("staff-audit", "/staff/audit".to_owned()),
        ] {
            browser.goto(&app.url(&path)).await.expect("page");
            audit.page(&browser, name).await;
        }
        audit.finish();
    })
    .await;
}
