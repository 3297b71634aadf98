//! The supporter's path around signing and writing, over HTTP: the meter and preview the
//! editor's script asks for while a new letter is typed (the server's own figure, nothing
//! stored), the "check your email" and "thank you" pages, the sign form's error summary,
//! GET on the addresses forms post to, the printable letter's Print button, "Send from my
//! own email" addressed to the official, and a photo's caption without its photo.

mod support;

use chrono::Utc;
use diesel::prelude::*;
use missive::db::models::official::{self, OfficialRow};
use missive::db::schema::letters;
use support::letters::{featured, holborn, ADDRESS};
use support::{spawn_app, staff_client, Page, TestApp};

const SLUG: &str = "british-values";
const METER: &str = "/campaigns/british-values/meter";
const WRITE: &str = "/campaigns/british-values/write";

const PERSONAL: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Even so, I do not think our trade should come at the price of looking away from \
jailed lawyers and poets. When I visited, people told me quietly that they were afraid of \
their own police. Please raise the Zhanaozen shootings with the Kazakh government.";

fn fields<'a>(
    name: &'a str,
    email: &'a str,
    body: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", body),
        ("website", ""),
        ("action", action),
        ADDRESS[0],
        ADDRESS[1],
    ]
}

async fn meter(app: &TestApp, fields: &[(&str, &str)]) -> serde_json::Value {
    let response = app
        .client
        .post(app.url(METER))
        .form(fields)
        .send()
        .await
        .expect("POST meter");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    response.json().await.expect("JSON")
}

async fn letter_count(app: &TestApp) -> i64 {
    app.db
        .read(|conn| Ok(letters::table.count().get_result::<i64>(conn)?))
        .await
        .expect("count letters")
}

/// Saves `body` as a new draft and returns the meter figure its private page shows.
async fn saved_percent(app: &TestApp, body: &str) -> String {
    let saved = app
        .post_form(WRITE, &fields("Ada", "ada@example.org", body, "save"))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = app.get(saved.location.as_deref().unwrap()).await;
    page.text_of("#own-percent").expect("the meter")
}

#[tokio::test]
async fn the_meter_answers_the_servers_figure_and_preview_without_storing_anything() {
    let app = spawn_app().await;
    holborn(&app).await;
    let body = format!("{PERSONAL}\r\n\r\nA second paragraph with <b>markup</b> & more.");
    let answer = meter(&app, &fields("Ada Lovelace", "", &body, "")).await;
    assert!(
        answer["own_percent"].as_i64().unwrap() >= 80,
        "a personal letter: {answer}"
    );
    assert_eq!(answer["meter_words"], "Your own letter");
    let preview = Page {
        status: 200,
        location: None,
        body: answer["preview"].as_str().expect("preview HTML").to_owned(),
    };
    let text = preview
        .text_of("section#preview")
        .expect("the preview section");
    assert!(text.contains("Dear Jane Member,"), "{text}");
    assert!(text.contains("Dear Prime Minister,"), "{text}");
    assert!(text.contains("I run a small engineering firm"), "{text}");
    assert!(
        text.contains("Ada Lovelace") && text.contains("Holborn and St Pancras"),
        "the sign-off follows the name and postcode typed: {text}"
    );
    let paragraphs = preview.html();
    let selector = scraper::Selector::parse("article.letter-preview").unwrap();
    let first = paragraphs.select(&selector).next().expect("a letter");
    assert_eq!(
        first
            .select(&scraper::Selector::parse("p").unwrap())
            .count(),
        4,
        "salutation, two paragraphs (CRLF as the browser sends it), sign-off"
    );
    assert!(
        !answer["preview"].as_str().unwrap().contains("<b>"),
        "typed markup is text"
    );
    assert_eq!(letter_count(&app).await, 0, "the meter stores nothing");
    assert!(app.wait_for_emails(0).await.is_empty(), "and sends nothing");
}

#[tokio::test]
async fn the_meter_while_typing_agrees_with_the_figure_saved() {
    let app = spawn_app().await;
    let featured = featured();
    let lightly = featured.replacen(
        "should look at the facts.",
        "should look hard at what has happened since.",
        1,
    );
    let added = format!("{featured}\n\n{PERSONAL}");
    let crlf = added.replace('\n', "\r\n");
    let half: String = featured
        .chars()
        .take(featured.chars().count() / 2)
        .collect();
    for body in [
        featured.as_str(),
        lightly.as_str(),
        added.as_str(),
        crlf.as_str(),
        half.as_str(),
        PERSONAL,
        "Short.",
        "",
    ] {
        let answer = meter(&app, &fields("Ada", "ada@example.org", body, "")).await;
        let while_typing = format!("{}%", answer["own_percent"]);
        if body.is_empty() {
            assert_eq!(while_typing, "100%");
            continue;
        }
        assert_eq!(
            while_typing,
            saved_percent(&app, body).await,
            "for {:?}…",
            body.chars().take(40).collect::<String>()
        );
    }
}

#[tokio::test]
async fn check_email_names_the_address_and_both_pages_invite_a_letter() {
    let app = spawn_app().await;
    let signed = app
        .sign(SLUG, "Ada Lovelace", "ada@example.org", "SW1A 1AA")
        .await;
    assert_eq!(signed.status, 303);
    let location = signed.location.unwrap();
    let response = app.client.get(app.url(&location)).send().await.unwrap();
    assert_eq!(
        response
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store"),
        "a page naming an address is not kept in caches"
    );
    let page = TestApp::page(response).await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.text_of("strong.address").as_deref(),
        Some("ada@example.org")
    );
    assert!(page
        .attr_of("a[href='/campaigns/british-values/write']", "href")
        .is_some());

    // Another browser, or a visit later, is told nothing about any address.
    let elsewhere = reqwest::Client::new()
        .get(app.url(&location))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(elsewhere.contains("the address you gave"));
    assert!(!elsewhere.contains("ada@example.org"));

    let email = app.wait_for_emails_to("ada@example.org", 1).await;
    let confirmed = app.post_form(&email[0].confirmation_path(), &[]).await;
    assert_eq!(confirmed.status, 303);
    let thanks = app.get(&confirmed.location.unwrap()).await;
    assert!(thanks.body.contains("Thank you"));
    assert!(thanks
        .attr_of("a[href='/campaigns/british-values/write']", "href")
        .is_some());
}

#[tokio::test]
async fn a_sign_form_with_errors_starts_with_the_focused_summary() {
    let app = spawn_app().await;
    let page = app.sign(SLUG, "", "not an address", "").await;
    assert_eq!(page.status, 422);
    let html = page.html();
    let first = scraper::Selector::parse("form.sign-form > :first-child").unwrap();
    let summary = html.select(&first).next().expect("a form");
    assert_eq!(summary.value().attr("class"), Some("error-summary"));
    assert_eq!(summary.value().attr("tabindex"), Some("-1"));
    assert!(
        summary.value().attr("autofocus").is_some(),
        "focused on load"
    );
    let heading = scraper::Selector::parse("h2").unwrap();
    assert_eq!(
        summary
            .select(&heading)
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
        "There is a problem"
    );
    let links = scraper::Selector::parse("a").unwrap();
    let targets: Vec<&str> = summary
        .select(&links)
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(targets.contains(&"#full_name"), "{targets:?}");
    assert!(targets.contains(&"#email"), "{targets:?}");
    for target in targets {
        let field = scraper::Selector::parse(target).unwrap();
        assert!(
            html.select(&field).next().is_some(),
            "{target} is on the page"
        );
    }
}

#[tokio::test]
async fn the_addresses_forms_post_to_lead_back_to_the_form() {
    let app = spawn_app().await;
    let sign = app.get("/campaigns/british-values/signatures").await;
    assert_eq!(sign.status, 303);
    assert_eq!(
        sign.location.as_deref(),
        Some("/campaigns/british-values#sign-heading")
    );

    // The new-letter form posts to the editor's own address: reloading it shows the editor.
    let editor = app.get(WRITE).await;
    assert_eq!(
        editor.attr_of("form.letter-form", "action").as_deref(),
        Some(WRITE)
    );
    let failed = app
        .post_form(WRITE, &fields("Ada", "", PERSONAL, "save"))
        .await;
    assert_eq!(failed.status, 422);
    assert_eq!(
        failed.attr_of("form.letter-form", "action").as_deref(),
        Some(WRITE)
    );
    let reloaded = app.get(WRITE).await;
    assert_eq!(reloaded.status, 200);
    assert!(reloaded.text_of("textarea#body").is_some());

    // Staff addresses, like staff pages, first ask who is there.
    let anonymous = app.get("/staff/campaigns/british-values").await;
    assert_eq!(anonymous.status, 303);
    assert!(
        anonymous
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/staff/login")),
        "{:?}",
        anonymous.location
    );
    let staff = staff_client(&app, "mod@example.org", missive::auth::Role::Admin).await;
    for (path, back) in [
        (
            "/staff/campaigns/british-values",
            "/staff/campaigns/british-values/edit",
        ),
        ("/staff/campaigns/new/parse", "/staff/campaigns/new"),
        ("/staff/moderation/7/reject", "/staff/moderation/7"),
        ("/staff/moderation/bulk", "/staff/moderation"),
        ("/staff/signatures/invalidate", "/staff/signatures"),
        ("/staff/users/3/role", "/staff/users"),
    ] {
        let page = staff.get(&app, path).await;
        assert_eq!(page.status, 303, "GET {path}");
        assert_eq!(page.location.as_deref(), Some(back), "GET {path}");
    }
    let new_campaign = staff.get(&app, "/staff/campaigns/new").await;
    assert_eq!(new_campaign.status, 200, "still the new campaign page");
}

#[tokio::test]
async fn a_caption_without_its_photo_is_a_plain_note() {
    let app = spawn_app().await;
    let page = app.get("/campaigns/british-values").await;
    assert!(page.text_of("figure").is_none(), "no frame without a photo");
    assert!(page.text_of("figcaption").is_none());
    let note = page.text_of("p.photo-note").expect("the caption as a note");
    assert!(note.contains("not shown"), "{note}");
    assert!(note.contains("Blood on hand"), "{note}");
    assert!(note.contains("Giang Gong Du (Creative Commons)"), "{note}");
}

/// Submits a personal letter to the MP and the ministers, confirms the writer, approves it,
/// and returns its private page's path.
async fn approved_letter(app: &TestApp) -> String {
    let saved = app
        .post_form(
            WRITE,
            &fields("Ada Lovelace", "ada@example.org", PERSONAL, "submit"),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let path = saved
        .location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    // Only confirmed writers' letters reach officials: confirm, as the writer would.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let confirm = loop {
        let emails = app.wait_for_emails_to("ada@example.org", 1).await;
        if let Some(link) = emails
            .iter()
            .find_map(|e| e.link_path("/signatures/confirm/"))
        {
            break link;
        }
        assert!(std::time::Instant::now() < deadline, "no confirmation link");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(app.post_form(&confirm, &[]).await.status, 303);
    let pending = app.run_cli(&["letters", "pending"]);
    let listed = String::from_utf8_lossy(&pending.stdout).to_string();
    let id = listed.split('\t').next().unwrap().trim().to_owned();
    let approved = app.run_cli(&["letters", "approve", &id]);
    assert!(
        approved.status.success(),
        "{}",
        String::from_utf8_lossy(&approved.stderr)
    );
    path
}

#[tokio::test]
async fn send_from_my_own_email_is_addressed_to_the_official_or_not_offered() {
    let app = spawn_app().await;
    holborn(&app).await;
    let path = approved_letter(&app).await;

    let page = app.get(&path).await;
    let table = page.text_of("table.deliveries").expect("deliveries");
    assert!(
        table.contains("We have no email address for The Rt Hon Keir Starmer MP"),
        "{table}"
    );
    let html = page.html();
    let mailto = scraper::Selector::parse("a[href^='mailto:']").unwrap();
    for link in html.select(&mailto) {
        let href = link.value().attr("href").unwrap();
        assert!(
            !href.starts_with("mailto:?"),
            "a mailto that goes nowhere: {href}"
        );
    }

    // A newer list of officials gives the Prime Minister an address.
    app.db
        .write(|conn| {
            official::upsert(
                conn,
                &OfficialRow {
                    code: "prime-minister".into(),
                    name: "The Rt Hon Keir Starmer MP".into(),
                    office: "Prime Minister".into(),
                    salutation: Some("Dear Prime Minister".into()),
                    constituency_code: None,
                    party: None,
                    email: Some("pm+letters@number10.example".into()),
                    postal_address: Some("10 Downing Street\nLondon\nSW1A 2AA".into()),
                },
                Utc::now().naive_utc(),
            )?;
            Ok(())
        })
        .await
        .unwrap();
    let page = app.get(&path).await;
    let href = page
        .attr_of("a[href^='mailto:pm']", "href")
        .expect("Send from my own email, to the Prime Minister");
    assert!(
        href.starts_with("mailto:pm%2Bletters@number10.example?subject=Trade%20with%20Kazakhstan&body=Dear%20Prime%20Minister"),
        "{href}"
    );
}

#[tokio::test]
async fn the_printable_letter_has_a_print_button_that_never_prints() {
    let app = spawn_app().await;
    holborn(&app).await;
    let path = approved_letter(&app).await;
    let page = app.get(&path).await;
    let print = page
        .attr_of("table.deliveries a[href*='/print/']", "href")
        .expect("a printable letter");
    let printable = app.get(&print).await;
    assert_eq!(printable.status, 200);
    let html = printable.html();
    let button = scraper::Selector::parse("button.print-button[type=button]").unwrap();
    let button = html.select(&button).next().expect("a Print button");
    assert!(
        button.value().attr("hidden").is_some(),
        "hidden until the script can make it work"
    );
    assert!(button.text().collect::<String>().contains("Print"));
    assert!(printable
        .attr_of("script[src='/static/print.js']", "src")
        .is_some());

    let script = app.get("/static/print.js").await;
    assert_eq!(script.status, 200);
    assert!(script.body.contains("window.print()"));
    assert!(script.body.contains("hidden = false"));
    let css = app.get("/static/print.css").await;
    let print_rules = css.body.split("@media print").nth(1).expect("print rules");
    assert!(print_rules.contains(".print-button"), "{print_rules}");
}
