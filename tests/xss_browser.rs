//! An XSS corpus in a real headless Chromium: the usual payloads (script tags, event
//! handlers, attribute breakouts with each kind of quote, `</textarea>` and `</title>`,
//! `javascript:` URLs, template syntax, Unicode and entity escapes, mutation-XSS shapes)
//! go in through every way input reaches a page (signers' names, letters and their
//! writers, campaign text, imported officials and constituencies, moderation reasons,
//! staff emails, API token names, forms that come back with mistakes, query strings), then
//! every page that shows them is opened and inspected.
//!
//! The site's Content-Security-Policy would block an inline script anyway, so the test
//! also looks for the injection itself: before any page script runs, a trap replaces
//! `alert`, `confirm`, `prompt` and `print` and records every `securitypolicyviolation`;
//! after load, the DOM is searched for anything a payload could have made (event handler
//! attributes, scripts that are not the site's files, `javascript:` URLs, `<base>`,
//! `<style>`, `<meta http-equiv>`, attributes named after the payloads, a payload's marker
//! in any attribute other than the few that hold text). Every payload carries a unique
//! marker (`xss-7f3a-…`) that must also be visible on the page as text, which proves that
//! the payload reached it. First, a payload injected by hand proves the inspection catches
//! one.
//!
//! Needs Chromium and chromedriver; see `tests/support/browser.rs`.

mod support;

#[path = "xss_browser/corpus.rs"]
mod corpus;
#[path = "xss_browser/inspection.rs"]
mod inspection;
#[path = "xss_browser/plant.rs"]
mod plant;

use std::time::Instant;

use corpus::{markers, one, query, Fields, PAYLOADS};
use fantoccini::Locator;
use inspection::Inspector;
use plant::{plant, write_letter, Planted, Written, SLUG};
use serde_json::json;
use support::browser::{in_browser, wait_for_path, Browser, DESKTOP};
use support::{spawn_app, TestApp};

/// Public pages before anything is moderated, some with a payload in the query string.
async fn public_pages(pages: &mut Inspector, p: &Planted, xss_query: &str) {
    let front = markers(&[&p.headline, &p.campaign_page, &p.body]);
    pages.visit("/", &front).await;
    let meta = markers(&[&p.campaign_meta, &p.headline]);
    pages.inspect("/ (meta tags)", &[], &meta).await;
    let q = query(&[("q", xss_query)]);
    pages.visit(&format!("/campaigns/{SLUG}?{q}"), &front).await;
    pages
        .visit(&format!("/campaigns/{SLUG}/embed"), &p.headline)
        .await;
    let start = query(&[("start", xss_query)]);
    pages
        .visit(
            &format!("/campaigns/{SLUG}/write?{start}"),
            &markers(&[&p.headline, &p.body]),
        )
        .await;
    pages
        .visit(&format!("/campaigns/{SLUG}/signed"), &p.headline)
        .await;
    pages
        .visit(&format!("/campaigns/{}", one("qp", 0).0), &[])
        .await;
}

/// Forms that come back with what was typed: signing, writing, signing in.
async fn forms_with_mistakes(pages: &mut Inspector) {
    let sign = Fields::new(&[
        ("full_name", "se", 1),
        ("email", "sm", 7),
        ("postcode", "sp", 4),
    ]);
    pages.goto(&format!("/campaigns/{SLUG}")).await;
    pages.submit("form.sign-form", &sign.pairs(), None).await;
    let shown = sign.markers_of(&["full_name", "email"]);
    pages.inspect("sign form with mistakes", &shown, &[]).await;

    let letter = Fields::new(&[
        ("full_name", "lf", 5),
        ("email", "lm", 6),
        ("subject", "ls", 7),
        ("body", "lb", 8),
        ("public_name", "lp", 2),
        ("mp_search", "lq", 22),
    ]);
    pages.goto(&format!("/campaigns/{SLUG}/write")).await;
    let mut typed = letter.pairs();
    typed.push(("action", "save"));
    pages
        .submit(
            "form.letter-form",
            &typed,
            Some("button.secondary[value=save]"),
        )
        .await;
    pages
        .inspect("letter form with mistakes", &letter.markers(), &[])
        .await;

    let (email, marker) = one("le", 22);
    pages.goto("/staff/login").await;
    let typed = [("email", email.as_str()), ("password", "not the password")];
    pages
        .submit("form[action='/staff/login']", &typed, None)
        .await;
    pages.inspect("failed sign-in", &[marker], &[]).await;
}

fn in_queue(w: &Written) -> Vec<String> {
    markers(&[&w.name, &w.subject, &w.public_name, &w.body])
}

/// The queue and both letters; the second rejected (its note typed back after a
/// mistake), the first approved with the keyboard's Enter on its button.
async fn moderation(pages: &mut Inspector, app: &TestApp, p: &Planted, letters: [&Written; 2]) {
    let [first, second] = letters;
    let staff = &p.staff;
    pages.goto("/staff/login").await;
    let login = [
        ("email", p.admin_email.as_str()),
        ("password", p.admin.password.as_str()),
    ];
    pages
        .submit("form[action='/staff/login']", &login, None)
        .await;
    wait_for_path(pages.browser(), "/staff").await;
    pages.inspect("/staff", staff, &[]).await;

    let done = query(&[("done", &one("qd", 0).0), ("count", "1")]);
    let around = markers(&[&p.place, &p.official, &p.mp]);
    pages
        .visit(
            &format!("/staff/moderation?{done}"),
            &markers(&[staff, &in_queue(first), &in_queue(second), &around]),
        )
        .await;
    let letter_page = |w: &Written| markers(&[staff, &in_queue(w), &around, &p.headline]);
    pages
        .visit(
            &format!("/staff/moderation/{}", second.id),
            &letter_page(second),
        )
        .await;
    let (note, note_m) = one("rn", 7);
    let typed = [("reason", ""), ("note", note.as_str())];
    pages.submit("form[action$='/reject']", &typed, None).await;
    pages
        .inspect(
            "rejection with mistakes",
            &markers(&[staff, &[note_m]]),
            &[],
        )
        .await;
    let rejected = p
        .admin
        .post(
            app,
            &format!("/staff/moderation/{}/reject", second.id),
            &[("reason", "spam"), ("note", &note)],
        )
        .await;
    assert_eq!(rejected.status, 303, "reject: {}", rejected.body);

    pages
        .visit(
            &format!("/staff/moderation/{}", first.id),
            &letter_page(first),
        )
        .await;
    pages
        .browser()
        .find(Locator::Css("form[action$='/approve'] button"))
        .await
        .expect("Approve")
        .click()
        .await
        .expect("approve");
    wait_for_path(pages.browser(), "/staff/moderation").await;
}

/// The writer's pages after approval (status, deliveries, a printable letter for each
/// official without an email address) and the published letters.
async fn after_approval(pages: &mut Inspector, p: &Planted, first: &Written, xss_query: &str) {
    let writer = markers(&[&first.subject, &first.body]);
    pages
        .visit(&first.path, &markers(&[&writer, &p.official]))
        .await;
    for (official, shown) in [
        (&p.official[0], markers(&[&p.official, &p.official_print])),
        (&p.mp[0], p.mp.clone()),
    ] {
        let print = pages
            .browser()
            .execute(
                "return Array.from(document.querySelectorAll('tr'))
                   .filter((row) => row.innerText.includes(arguments[0]))
                   .map((row) => row.querySelector('a[href*=\"/print/\"]'))
                   .filter(Boolean)
                   .map((link) => link.getAttribute('href'))[0] || null;",
                vec![json!(official)],
            )
            .await
            .expect("find the printable letter");
        let print = print
            .as_str()
            .unwrap_or_else(|| panic!("no printable letter to {official}"))
            .to_owned();
        pages
            .visit(&print, &markers(&[&writer, &first.name, &shown, &p.place]))
            .await;
        pages
            .browser()
            .back()
            .await
            .expect("back to the private page");
    }
    let page = query(&[("page", xss_query)]);
    pages
        .visit(
            &format!("/campaigns/{SLUG}/letters?{page}"),
            &markers(&[
                &first.subject,
                &first.public_name,
                &first.body,
                &p.place,
                &p.headline,
            ]),
        )
        .await;
}

/// A signer opens the emailed link and confirms.
async fn confirming(pages: &mut Inspector, app: &TestApp, p: &Planted) {
    let link = app.wait_for_emails_to("signer0@example.org", 1).await[0].confirmation_path();
    pages.visit(&link, &p.headline).await;
    pages
        .browser()
        .find(Locator::Css("form[action^='/signatures/confirm/'] button"))
        .await
        .expect("Confirm")
        .click()
        .await
        .expect("confirm");
    wait_for_path(pages.browser(), &format!("/campaigns/{SLUG}/confirmed")).await;
    pages.inspect("confirmed", &p.headline, &[]).await;
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1, "the signature counts");
}

/// Organisers' pages, and the campaign form typed back after a mistake.
async fn organisers(pages: &mut Inspector, p: &Planted, xss_query: &str) {
    let staff = &p.staff;
    let saved = query(&[("saved", xss_query)]);
    pages
        .visit(
            &format!("/staff/campaigns?{saved}"),
            &markers(&[staff, &p.headline]),
        )
        .await;
    let campaign = markers(&[&p.headline, &p.campaign_page, &p.campaign_meta, &p.body]);
    pages
        .visit(
            &format!("/staff/campaigns/{SLUG}/edit"),
            &markers(&[staff, &campaign]),
        )
        .await;
    let wrong = Fields::new(&[("goal", "cg", 0), ("targets", "cx", 21)]);
    pages
        .submit(
            &format!("form[action='/staff/campaigns/{SLUG}']"),
            &wrong.pairs(),
            None,
        )
        .await;
    pages
        .inspect(
            "campaign form with mistakes",
            &markers(&[staff, &wrong.markers(), &p.headline, &p.body]),
            &[],
        )
        .await;
    let sort = query(&[("sort", xss_query)]);
    pages
        .visit(
            &format!("/staff/campaigns/{SLUG}/dashboard?{sort}"),
            &markers(&[staff, &p.headline, &p.place, &p.mp]),
        )
        .await;
    for page in ["embed", "exports"] {
        pages
            .visit(
                &format!("/staff/campaigns/{SLUG}/{page}"),
                &markers(&[staff, &p.headline]),
            )
            .await;
    }
}

/// One token created (its name shown once in the banner, then listed), one refused (its
/// name typed back).
async fn api_tokens(pages: &mut Inspector, p: &Planted) {
    let staff = &p.staff;
    let form = "form[action='/staff/api-tokens']";
    let (token, token_m) = one("tn", 4);
    pages.goto("/staff/api-tokens").await;
    let typed = [("name", token.as_str()), ("campaign", "yes")];
    pages.submit(form, &typed, None).await;
    let shown = markers(&[staff, &[token_m]]);
    pages.inspect("new API token", &shown, &[]).await;
    let (refused, refused_m) = one("te", 6);
    pages.goto("/staff/api-tokens").await;
    pages.submit(form, &[("name", &refused)], None).await;
    pages
        .inspect(
            "API token with mistakes",
            &markers(&[staff, &[refused_m]]),
            &[],
        )
        .await;
    pages.visit("/staff/api-tokens", &shown).await;
}

/// Signature review: a search whose every field is a payload, then one by the
/// payload-named constituency, which finds every signer; invalidate and revert, with
/// payload reasons. Answers the reasons' markers.
async fn signature_review(pages: &mut Inspector, p: &Planted) -> Vec<String> {
    let staff = &p.staff;
    let search = Fields::new(&[
        ("email_domain", "q1", 1),
        ("ip", "q2", 2),
        ("postcode", "q3", 3),
        ("constituency", "q4", 4),
        ("from", "q5", 5),
        ("to", "q6", 6),
        ("status", "q7", 7),
    ]);
    let mut pairs = vec![("campaign", SLUG)];
    pairs.extend(search.pairs());
    let typed = search.markers_of(&[
        "email_domain",
        "ip",
        "postcode",
        "constituency",
        "from",
        "to",
    ]);
    pages
        .visit(
            &format!("/staff/signatures?{}", query(&pairs)),
            &markers(&[staff, &typed]),
        )
        .await;
    let by_place = query(&[("campaign", SLUG), ("constituency", &p.place_name)]);
    pages
        .visit(
            &format!("/staff/signatures?{by_place}"),
            &markers(&[staff, &p.signers, &p.place]),
        )
        .await;
    let (reason, reason_m) = one("ir", 0);
    pages
        .submit(
            "form[action='/staff/signatures/invalidate']",
            &[("reason", &reason)],
            None,
        )
        .await;
    pages
        .inspect("after invalidating", &markers(&[staff, &p.place]), &[])
        .await;
    let (revert, revert_m) = one("vr", 19);
    pages
        .submit("form[action$='/revert']", &[("reason", &revert)], None)
        .await;
    pages.inspect("after reverting", staff, &[]).await;
    vec![reason_m, revert_m]
}

/// Staff accounts, and the audit log (filtered by payloads, then whole, with every
/// reason given before).
async fn accounts_and_audit(
    pages: &mut Inspector,
    p: &Planted,
    reasons: &[String],
    xss_query: &str,
) {
    let staff = &p.staff;
    pages
        .visit("/staff/users", &markers(&[staff, &p.added_account]))
        .await;
    let filter = Fields::new(&[
        ("actor", "a1", 8),
        ("action", "a2", 0),
        ("subject_type", "a3", 2),
        ("subject_id", "a4", 4),
    ]);
    let mut pairs = filter.pairs();
    pairs.extend([("since", "not a date"), ("until", xss_query)]);
    pages
        .visit(
            &format!("/staff/audit?{}", query(&pairs)),
            &markers(&[staff, &filter.markers()]),
        )
        .await;
    pages
        .visit("/staff/audit", &markers(&[staff, &p.audit_reason, reasons]))
        .await;
}

#[tokio::test]
async fn no_payload_runs_or_becomes_markup_on_any_page_that_shows_it() {
    in_browser(DESKTOP, |browser: Browser| async move {
        let app = spawn_app().await;
        let mut pages = Inspector::new(browser, &app.address).await;
        pages.catches_an_injection().await;

        let started = Instant::now();
        let p = plant(&app).await;
        let first = write_letter(&app, "w", "writer1@example.org", 5).await;
        let second = write_letter(&app, "v", "writer2@example.org", 14).await;
        let xss_query = one("qc", 0).0;

        public_pages(&mut pages, &p, &xss_query).await;
        forms_with_mistakes(&mut pages).await;
        let waiting = markers(&[&first.subject, &first.body]);
        pages.visit(&first.path, &waiting).await;
        moderation(&mut pages, &app, &p, [&first, &second]).await;
        after_approval(&mut pages, &p, &first, &xss_query).await;
        confirming(&mut pages, &app, &p).await;
        organisers(&mut pages, &p, &xss_query).await;
        api_tokens(&mut pages, &p).await;
        let mut reasons = signature_review(&mut pages, &p).await;

        let (hide, hide_m) = one("hr", 20);
        pages.goto(&format!("/staff/moderation/{}", first.id)).await;
        pages
            .submit("form[action$='/hide']", &[("reason", &hide)], None)
            .await;
        pages.inspect("after hiding", &p.staff, &[]).await;
        reasons.push(hide_m);
        accounts_and_audit(&mut pages, &p, &reasons, &xss_query).await;

        eprintln!(
            "xss corpus: {} payloads, {} pages inspected, {} markers seen, in {:.1?}",
            PAYLOADS.len(),
            pages.pages,
            pages.markers_seen,
            started.elapsed()
        );
        assert!(
            pages.failures.is_empty(),
            "{} problems:\n{}",
            pages.failures.len(),
            pages.failures.join("\n")
        );
    })
    .await;
}
