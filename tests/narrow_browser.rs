//! No page is wider than the screen, in a real headless Chromium: an admin signs in and, at
//! 390 px and 320 px wide (a phone, and a 640 px window at 200 % zoom), visits every staff
//! page (the staff menu's links and the pages they link to, crawled) and the public pages,
//! with signatures, letters (one with a moderation history) and audit entries seeded so
//! that the tables have rows, then a letter's page and the audit logs with their folded
//! parts opened at 390 px and 1280 px. On each,
//! `document.documentElement.scrollWidth` must not exceed the window's width
//! (`window.innerWidth`, less the vertical scroll bar: `documentElement.clientWidth`). Each page is
//! saved as `target/screenshots/narrow-{width}-{page}.png` (`open-{width}-{page}.png` opened).
//!
//! Needs Chromium and chromedriver; see `tests/support/browser.rs`.

mod support;

use support::letters::*;

use std::collections::BTreeSet;

use fantoccini::key::Key;
use missive::auth::Role;
use serde_json::Value;
use support::browser::{in_browser, press, wait_for_path, Browser, PHONE};
use support::{spawn_app, staff_client, TestApp};

const SLUG: &str = "british-values";
/// A long address, as some people have: it must wrap, not widen the page.
const ADMIN: &str = "organiser.of.the.campaign.for.british.values@example.org";

/// A letter sent (and confirmed) by `email`; answers its private path.
async fn submitted_letter(app: &TestApp, email: &str) -> String {
    let mut fields = vec![
        ("full_name", "Ada Lovelace-Featherstonehaugh"),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        (
            "body",
            "I run a small engineering firm in Camden and I have customers in Almaty. \
             Please make any trade deal depend on the release of political prisoners: \
             https://www.example.org/a-very-long-address/that-does-not-break/anywhere-at-all",
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
    confirm_writer(app, email).await;
    path
}

/// The page's width as measured, and what sticks out past the screen.
struct Measure {
    /// `document.documentElement.scrollWidth`.
    page: u64,
    /// `window.innerWidth`.
    window: u64,
    /// The width the page may have: the window's, less a vertical scroll bar.
    room: u64,
    /// The outermost elements reaching past `room`, as `tag.class (right edge)`.
    sticking_out: Vec<String>,
}

/// Measures the page in the browser, in CSS pixels.
async fn measure(browser: &Browser) -> Measure {
    let measured = browser
        .execute(
            "const room = document.documentElement.clientWidth;
             const out = [...document.querySelectorAll('body *')]
               .filter(e => e.getBoundingClientRect().right > room + 0.5)
               .filter(e => !e.parentElement.closest('.table-scroll, .chart-table'))
               .filter(e => !(e.parentElement.getBoundingClientRect().right > room + 0.5))
               .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '')
                    + ' (' + Math.round(e.getBoundingClientRect().right) + ')');
             return [document.documentElement.scrollWidth, window.innerWidth, room, out];",
            vec![],
        )
        .await
        .expect("measure");
    Measure {
        page: measured[0].as_u64().expect("scrollWidth"),
        window: measured[1].as_u64().expect("innerWidth"),
        room: measured[2].as_u64().expect("clientWidth"),
        sticking_out: measured[3]
            .as_array()
            .expect("elements")
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
    }
}

/// The staff pages this page links to: paths under `/staff`, without their query, and not
/// files (exports, JSON).
async fn staff_links(browser: &Browser) -> Vec<String> {
    let found = browser
        .execute(
            "return [...document.querySelectorAll('a[href]')]
                .map(a => new URL(a.href))
                .filter(u => u.origin === location.origin && u.pathname.startsWith('/staff'))
                .map(u => u.pathname);",
            vec![],
        )
        .await
        .expect("links");
    found
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(Value::as_str)
        .filter(|path| !path.rsplit('/').next().unwrap_or_default().contains('.'))
        .map(str::to_owned)
        .collect()
}

async fn heading(browser: &Browser) -> String {
    browser
        .execute(
            "const h = document.querySelector('main h1'); return h ? h.textContent : '';",
            vec![],
        )
        .await
        .expect("heading")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// A file name for `path` (a private letter's token left out).
fn name_of(path: &str) -> String {
    let path = match path.strip_prefix("/letters/") {
        Some(rest) => format!("letter{}", rest.find('/').map_or("", |at| &rest[at..])),
        None => path.to_owned(),
    };
    let name: String = path
        .trim_start_matches('/')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    if name.is_empty() {
        "home".to_owned()
    } else {
        name.chars().take(60).collect()
    }
}

#[tokio::test]
async fn no_staff_or_public_page_is_wider_than_a_phone() {
    in_browser(PHONE, |browser: Browser| async move {
        let app = spawn_app().await;
        holborn(&app).await;
        let letter = submitted_letter(&app, "ada@example.org").await;
        submitted_letter(&app, "bea.with.a.rather.long.address@example.org").await;
        let admin = staff_client(&app, ADMIN, Role::Admin).await;
        let queue = admin.get(&app, "/staff/moderation").await;
        let waiting: Vec<String> = queue
            .html()
            .select(&scraper::Selector::parse("form[action$='/approve']").unwrap())
            .filter_map(|f| f.value().attr("action")?.split('/').nth(3).map(str::to_owned))
            .collect();
        let id = waiting.first().cloned().expect("a letter waiting");
        let pending = waiting.get(1).cloned().expect("a second letter waiting");
        let approved = admin
            .post(&app, &format!("/staff/moderation/{id}/approve"), &[])
            .await;
        assert_eq!(approved.status, 303, "{}", approved.body);
        // A history with every kind of entry that has a reason: hidden, then shown again.
        for (action, reason) in [
            ("hide", "Reported by a reader as naming a private person: https://www.example.org/a-very-long-address/that-does-not-break"),
            ("restore", "Checked the report: the person named is a public official acting in office"),
        ] {
            let path = format!("/staff/moderation/{id}/{action}");
            let done = admin.post(&app, &path, &[("reason", reason)]).await;
            assert_eq!(done.status, 303, "{action}: {}", done.body);
        }
        for (name, email) in [
            ("Grace Hopper", "grace@example.org"),
            ("Katherine Johnson", "katherine.johnson@example.net"),
            ("Dorothy Vaughan", "dorothy@example.com"),
        ] {
            assert_eq!(app.sign(SLUG, name, email, "WC1H 9JE").await.status, 303);
            let link = app.wait_for_emails_to(email, 1).await[0].confirmation_path();
            assert_eq!(app.post_form(&link, &[]).await.status, 303);
        }
        let added = admin
            .post(
                &app,
                "/staff/users",
                &[
                    ("email", "moderator.number.two@example.org"),
                    ("role", "moderator"),
                    ("password", "a long enough password for a moderator"),
                ],
            )
            .await;
        assert!(added.status < 400, "{}", added.body);

        let mut public = vec![
            "/".to_owned(),
            format!("/campaigns/{SLUG}"),
            format!("/campaigns/{SLUG}/write"),
            format!("/campaigns/{SLUG}/letters"),
            format!("/campaigns/{SLUG}/signed"),
            format!("/campaigns/{SLUG}/embed"),
            letter.clone(),
            "/data-sources".to_owned(),
            "/no-such-page".to_owned(),
            "/staff/login".to_owned(),
        ];
        browser.goto(&app.url(&letter)).await.expect("letter");
        let print = browser
            .find(fantoccini::Locator::Css("a[href*='/print/']"))
            .await
            .expect("a printable letter")
            .attr("href")
            .await
            .expect("href")
            .expect("a link");
        public.push(print);

        let mut measured: Vec<(u32, String, Measure)> = Vec::new();
        for width in [390, 320] {
            browser.viewport((width, 844)).await;
            for path in &public {
                browser.goto(&app.url(path)).await.expect("page");
                let found = measure(&browser).await;
                assert_eq!(found.window, u64::from(width));
                browser
                    .full_screenshot(&format!("narrow-{width}-{}", name_of(path)))
                    .await;
                measured.push((width, path.clone(), found));
            }
        }

        browser.goto(&app.url("/staff/login")).await.expect("login");
        browser
            .find(fantoccini::Locator::Css("#email"))
            .await
            .expect("email")
            .send_keys(ADMIN)
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

        // Every page the staff menu reaches, and every staff page those link to.
        let menu = staff_links(&browser).await;
        assert!(menu.len() >= 7, "the admin's menu: {menu:?}");
        let mut staff: BTreeSet<String> = menu.iter().cloned().collect();
        for path in &menu {
            browser.goto(&app.url(path)).await.expect("page");
            staff.extend(staff_links(&browser).await);
        }
        let mut staff: Vec<String> = staff.into_iter().collect();
        // A search with rows: the signature review's table.
        staff.push(format!("/staff/signatures?campaign={SLUG}&postcode=WC1H"));
        for expected in [
            "/staff/audit".to_owned(),
            "/staff/audit/moderation".to_owned(),
            format!("/staff/moderation/{id}"),
            format!("/staff/campaigns/{SLUG}/dashboard"),
            "/staff/users".to_owned(),
        ] {
            assert!(staff.contains(&expected), "{expected} not in {staff:?}");
        }

        for width in [390, 320] {
            browser.viewport((width, 844)).await;
            for path in &staff {
                browser.goto(&app.url(path)).await.expect("page");
                let shown = heading(&browser).await;
                assert!(!shown.contains("not found"), "{path}: {shown}");
                let found = measure(&browser).await;
                assert_eq!(found.window, u64::from(width));
                browser
                    .full_screenshot(&format!("narrow-{width}-{}", name_of(path)))
                    .await;
                measured.push((width, path.clone(), found));
            }
        }

        // A letter's page with its folded parts open (the other view of the letter, the
        // redaction form), and the audit logs, at a phone's width and a desktop's.
        for width in [390, 1280] {
            browser.viewport((width, 900)).await;
            for path in [
                format!("/staff/moderation/{id}"),
                format!("/staff/moderation/{pending}"),
                "/staff/audit".to_owned(),
                "/staff/audit/moderation".to_owned(),
            ] {
                browser.goto(&app.url(&path)).await.expect("page");
                browser
                    .execute("document.querySelectorAll('details').forEach(d => d.open = true); return 0;", vec![])
                    .await
                    .expect("open details");
                let found = measure(&browser).await;
                browser
                    .full_screenshot(&format!("open-{width}-{}", name_of(&path)))
                    .await;
                measured.push((width, format!("{path} (opened)"), found));
            }
        }

        let report: Vec<String> = measured
            .iter()
            .map(|(width, path, found)| {
                format!(
                    "{width} px: {path} is {} px wide (room {} px){}",
                    found.page,
                    found.room,
                    if found.sticking_out.is_empty() {
                        String::new()
                    } else {
                        format!("; sticking out: {}", found.sticking_out.join(", "))
                    }
                )
            })
            .collect();
        eprintln!("{}", report.join("\n"));
        // Wider than the window less its scroll bar is a page that scrolls sideways.
        let too_wide: Vec<&String> = measured
            .iter()
            .zip(&report)
            .filter(|((_, _, found), _)| found.page > found.room)
            .map(|(_, line)| line)
            .collect();
        assert!(too_wide.is_empty(), "wider than the screen:\n{too_wide:#?}");
    })
    .await;
}
