//! Every public page of letter writing and the rest of the public site takes its words from
//! the message files: each is fetched in the pseudo-language `en-XA` (every message's
//! letters accented) and `support::pseudo::assert_translated` lists any plain-English text
//! left, apart from the data the test put in (names, the letter, the campaign's own words).
//! Real Welsh, Russian and Kazakh words are checked on a page of each kind, and an
//! official's answer reaches a Russian signer in Russian.

mod support;

use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use missive::db::models::campaign_update::{self, NewUpdate};
use missive::db::models::official;
use missive::db::models::official_response::ResponseFields;
use missive::db::schema::campaigns;
use missive::domain::Country;
use missive::letters::responses::{self, By};
use support::letters::{confirm_writer, holborn, ADDRESS};
use support::pseudo::assert_translated;
use support::{spawn_app_with, Page, TestApp};

const SLUG: &str = "british-values";
const HEADLINE: &str = "UK trade props up Kazakh dictatorship";
const WRITE: &str = "/campaigns/british-values/letters";
const SUBJECT: &str = "Trade with Kazakhstan";
const BODY: &str = "I run a small engineering firm in Camden and I have customers in Almaty. \
Please make any new trade deal depend on the release of political prisoners and on free \
trade unions, and say so in public when the President visits.";

/// Names, places and words the pages show as data: the officials, the writer, the shipped
/// campaign's headline, the letters' own frame ("Dear …", "Yours sincerely,"), the country
/// list.
fn data() -> Vec<&'static str> {
    let mut data = vec![
        HEADLINE,
        SUBJECT,
        BODY,
        "Ada Lovelace",
        "Ada L.",
        "ada@example.org",
        "WC1H 9JE",
        "1 Gordon Square",
        "London",
        "Holborn and St Pancras",
        "Cities of London and Westminster",
        "Jane Member MP",
        "MP for Holborn and St Pancras",
        "Dear Jane Member",
        "House of Commons",
        "SW1A 0AA",
        "The Rt Hon Keir Starmer MP",
        "Prime Minister",
        "Dear Prime Minister",
        "10 Downing Street",
        "SW1A 2AA",
        "The Rt Hon Yvette Cooper MP",
        "Secretary of State for Foreign, Commonwealth and Development Affairs",
        "Dear Foreign Secretary",
        "Foreign, Commonwealth and Development Office",
        "King Charles Street",
        "SW1A 2AH",
        "Dear Member of Parliament",
        "Yours sincerely,",
    ];
    data.extend(Country::all().iter().map(|(_, name)| *name));
    data
}

async fn app() -> TestApp {
    spawn_app_with(|settings| {
        settings.pseudo_language = true;
        settings.sign_allow = vec!["127.0.0.1".parse().unwrap()];
    })
    .await
}

/// `path` in the pseudo-language (the `?lang` added before any `#`).
async fn pseudo(app: &TestApp, path: &str) -> Page {
    let joiner = if path.contains('?') { '&' } else { '?' };
    app.get(&format!("{path}{joiner}lang=en-XA")).await
}

fn assert_page(what: &str, page: &Page, status: u16, data: &[&str]) {
    assert_eq!(page.status, status, "{what}: {}", page.body);
    assert!(
        page.body.contains("lang=\"en-XA\""),
        "{what} is not in the pseudo-language: {}",
        page.body
    );
    assert_translated(what, &page.body, data);
}

fn letter_fields<'a>(name: &'a str, email: &'a str, action: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", SUBJECT),
        ("body", BODY),
        ("public_name", "Ada L."),
        ("publish", "yes"),
        ("website", ""),
        ("action", action),
    ];
    fields.extend(ADDRESS);
    fields
}

/// The text of every element matching `selector` (error messages are another file's words).
fn texts(page: &Page, selector: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.html()
        .select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

#[tokio::test]
async fn letter_writing_and_the_letters_pages_are_in_the_pseudo_language() {
    let app = app().await;
    holborn(&app).await;
    let data = data();

    let blank = pseudo(&app, "/campaigns/british-values/write?start=blank").await;
    assert_page("the editor", &blank, 200, &data);

    // A form sent back: the field errors are the forms' own words (not this file's).
    let refused = app
        .post_form(
            WRITE,
            &[
                ("full_name", ""),
                ("email", "nobody"),
                ("country", "GB"),
                ("action", "submit"),
            ],
        )
        .await;
    let errors = texts(&refused, ".error, .error-summary li");
    let mut with_errors = data.clone();
    with_errors.extend(errors.iter().map(String::as_str));
    with_errors.push("nobody");
    assert_page("the editor with errors", &refused, 422, &with_errors);

    // A saved draft: its private page is the editor with a notice.
    let saved = app
        .post_form(
            WRITE,
            &letter_fields("Ada Lovelace", "ada@example.org", "save"),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let location = saved.location.unwrap();
    let path = location.split('?').next().unwrap().to_owned();
    let draft = app.get(&location).await;
    assert_page("a saved draft", &draft, 200, &data);
    assert!(draft.body.contains("notice-banner"));

    // The meter's words and preview follow the page's language.
    let meter: serde_json::Value = app
        .client
        .post(app.url("/campaigns/british-values/meter"))
        .form(&letter_fields("Ada Lovelace", "ada@example.org", "save"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(meter["meter_words"], "Ýóúŕ óŵñ ĺéţţéŕ", "{meter}");
    assert_translated(
        "the meter's preview",
        meter["preview"].as_str().unwrap(),
        &data,
    );

    let prompt = pseudo(&app, &format!("{path}/delete")).await;
    assert_page("deleting a draft", &prompt, 200, &data);

    // Sent for moderation, waiting for the writer's confirmation.
    let sent = app
        .post_form(
            &path,
            &letter_fields("Ada Lovelace", "ada@example.org", "submit"),
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let waiting = app.get(sent.location.as_deref().unwrap()).await;
    assert_page("a letter waiting for confirmation", &waiting, 200, &data);
    let prompt = app.get(&format!("{path}/delete")).await;
    assert_page("deleting an unsent letter", &prompt, 200, &data);

    confirm_writer(&app, "ada@example.org").await;
    let pending = app.run_cli(&["letters", "pending"]);
    let listed = String::from_utf8_lossy(&pending.stdout).to_string();
    let id = listed.split('\t').next().unwrap().trim().to_owned();
    let approved = app.run_cli(&["letters", "approve", &id]);
    assert!(
        approved.status.success(),
        "{}",
        String::from_utf8_lossy(&approved.stderr)
    );
    let _ = app.get("/health").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let page = loop {
        let page = app.get(&path).await;
        if page.body.contains("/print/") || Instant::now() > deadline {
            break page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_page("an approved letter", &page, 200, &data);
    assert!(page.text_of("table.deliveries").is_some(), "{}", page.body);

    let print = page
        .attr_of("table.deliveries a[href*='/print/']", "href")
        .unwrap();
    let printable = app.get(&print).await;
    // The letter's date is the letter's own, in English, as the official receives it.
    let dated = missive::i18n::Lang::En.date(Utc::now().date_naive());
    let mut with_date = data.clone();
    with_date.push(&dated);
    assert_page("the print page", &printable, 200, &with_date);
    let russian = app.get(&format!("{print}?lang=ru")).await;
    assert!(
        russian.body.contains("<html lang=\"ru\""),
        "{}",
        russian.body
    );
    assert!(russian.body.contains("Распечатать письмо"));
    assert!(russian.body.contains("Распечатайте эту страницу"));
    // The letter itself stays as the official receives it.
    assert!(russian.body.contains("Dear Prime Minister,"));
    assert!(russian.body.contains("Yours sincerely,"));

    let published = pseudo(&app, "/campaigns/british-values/letters").await;
    assert_page("the published letters", &published, 200, &data);
    assert!(published.body.contains("Ada L."), "{}", published.body);

    let versions = pseudo(&app, "/campaigns/british-values/versions").await;
    let mut with_versions = data.clone();
    // The campaign's own letter, as its versions show it.
    let version_texts = texts(
        &versions,
        "article.letter .body p, article.letter .body h2, article.letter h3",
    );
    with_versions.extend(version_texts.iter().map(String::as_str));
    assert_page("the letter's versions", &versions, 200, &with_versions);

    let prompt = app.get(&format!("{path}/delete")).await;
    assert_page("deleting a sent letter", &prompt, 200, &data);
    let deleted = app.post_form(&format!("{path}/delete"), &[]).await;
    assert_eq!(deleted.status, 303, "{}", deleted.body);
    let done = app.get(deleted.location.as_deref().unwrap()).await;
    assert_page("a deleted letter", &done, 200, &data);

    // Real languages: the Welsh editor, the Russian published page.
    let welsh = app
        .get("/campaigns/british-values/write?start=blank&lang=cy")
        .await;
    assert!(welsh.body.contains("<html lang=\"cy\""));
    assert_eq!(
        welsh.text_of("h1").as_deref(),
        Some("Ysgrifennwch eich llythyr eich hun")
    );
    assert!(welsh.body.contains("Anfon i’w gymedroli"));
    assert!(welsh
        .body
        .contains("Faint o’r llythyr hwn sy’n eiddo i chi"));
    let russian = app.get("/campaigns/british-values/letters?lang=ru").await;
    assert_eq!(russian.text_of("h1").as_deref(), Some("Письма сторонников"));
}

#[tokio::test]
async fn the_other_public_pages_are_in_the_pseudo_language() {
    let app = app().await;
    holborn(&app).await;
    let data = data();

    // Something on the campaign page's lower sections: a signature (statistics), an
    // update, an official's response.
    assert_eq!(
        app.sign(SLUG, "Ada Lovelace", "ada@example.org", "WC1H 9JE")
            .await
            .status,
        303
    );
    let link = app.wait_for_emails_to("ada@example.org", 1).await[0].confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    let now = Utc::now().naive_utc();
    let campaign_id = app
        .db
        .read(|conn| {
            Ok(campaigns::table
                .filter(campaigns::slug.eq(SLUG))
                .select(campaigns::id)
                .first::<i64>(conn)?)
        })
        .await
        .unwrap();
    app.db
        .write(move |conn| {
            campaign_update::insert(
                conn,
                &NewUpdate {
                    campaign_id,
                    subject: "We met the minister",
                    body_markdown: "She listened.",
                    created_by: "cli",
                    created_at: now,
                    published_at: Some(now),
                },
            )?;
            Ok(())
        })
        .await
        .unwrap();
    record_response(&app, campaign_id).await;

    let deadline = Instant::now() + Duration::from_secs(10);
    let campaign = loop {
        let page = pseudo(&app, "/campaigns/british-values").await;
        let done = [
            "section.updates",
            "section.responses",
            "section.campaign-stats",
        ]
        .iter()
        .all(|s| page.text_of(s).is_some());
        if done || Instant::now() > deadline {
            break page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let mut with_update = data.clone();
    with_update.extend([
        "We met the minister",
        "She listened.",
        "We will reply in full.",
        "The government is looking at trade.",
    ]);
    for section in [
        "section.updates",
        "section.responses",
        "section.campaign-stats",
    ] {
        let selector = scraper::Selector::parse(section).unwrap();
        let html = campaign
            .html()
            .select(&selector)
            .next()
            .unwrap_or_else(|| panic!("{section} on {}", campaign.body))
            .html();
        assert_translated(section, &html, &with_update);
    }

    let embed = pseudo(&app, "/campaigns/british-values/embed").await;
    assert_page("the embed", &embed, 200, &data);
    let russian = app.get("/campaigns/british-values/embed?lang=ru").await;
    assert!(russian.body.contains("<html lang=\"ru\""));
    assert!(russian.body.contains("Подписать"), "{}", russian.body);
    assert!(russian.body.contains("подпись"), "{}", russian.body);

    let sources = pseudo(&app, "/data-sources").await;
    assert_page("the data sources", &sources, 200, &data);
    let kazakh = app.get("/data-sources?lang=kk").await;
    assert_eq!(
        kazakh.text_of("h1").as_deref(),
        Some("Деректер көздері мен лицензиялар")
    );

    // Withdrawing: asked, then done.
    let withdraw = format!("{link}/withdraw");
    let prompt = pseudo(&app, &withdraw).await;
    assert_page("withdrawing a signature", &prompt, 200, &data);
    let done = app.post_form(&withdraw, &[]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let withdrawn = app.get(done.location.as_deref().unwrap()).await;
    assert_page("a withdrawn signature", &withdrawn, 200, &data);
    let unknown = app.get("/signatures/confirm/not-a-token/withdraw").await;
    assert_page("an unknown withdrawal link", &unknown, 404, &data);

    // A campaign that has closed keeps its signatures.
    assert_eq!(
        app.sign(SLUG, "Bea Signer", "bea@example.org", "WC1H 9JE")
            .await
            .status,
        303
    );
    let bea = app.wait_for_emails_to("bea@example.org", 1).await[0].confirmation_path();
    assert_eq!(app.post_form(&bea, &[]).await.status, 303);
    app.db
        .write(move |conn| {
            diesel::update(campaigns::table.find(campaign_id))
                .set(campaigns::closes_at.eq(Some(now - chrono::TimeDelta::days(1))))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let closed = pseudo(&app, &format!("{bea}/withdraw")).await;
    assert_page("withdrawing from a closed campaign", &closed, 200, &data);

    // Error pages, in the visitor's language.
    let missing = pseudo(&app, "/no/such/page").await;
    assert_page("the 404 page", &missing, 404, &data);
    let missing = pseudo(&app, "/campaigns/no-such-campaign").await;
    assert_page("a missing campaign", &missing, 404, &data);
    let staff = pseudo(&app, "/staff/no-such-page").await;
    assert_page("the staff 404 page", &staff, 404, &data);
    let method = TestApp::page(
        app.client
            .delete(app.url("/data-sources?lang=en-XA"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    let mut with_methods = data.clone();
    with_methods.extend(["GET", "HEAD"]);
    assert_page("the 405 page", &method, 405, &with_methods);
    let welsh = app.get("/no/such/page?lang=cy").await;
    assert_eq!(welsh.status, 404);
    assert!(welsh.body.contains("<html lang=\"cy\""));
    assert_eq!(
        welsh.text_of("h1").as_deref(),
        Some("Heb ddod o hyd i’r dudalen")
    );
    // English stays as it was.
    let english = app.get("/no/such/page?lang=en").await;
    assert_eq!(english.text_of("h1").as_deref(), Some("Page not found"));
}

/// Records the Prime Minister's answer as staff would, which emails opted-in signers.
async fn record_response(app: &TestApp, campaign_id: i64) {
    let now = Utc::now().naive_utc();
    app.db
        .write(move |conn| {
            let pm = official::find_by_code(conn, "prime-minister")?.expect("the PM");
            let campaign = missive::db::models::campaign::find_by_id(conn, campaign_id)?
                .expect("the campaign");
            responses::record(
                conn,
                &campaign,
                &ResponseFields {
                    official_id: pm.id,
                    received_on: now,
                    summary: "We will reply in full.".into(),
                    body: "The government is looking at trade.".into(),
                    as_received: false,
                },
                By {
                    id: None,
                    email: "cli",
                },
                "http://missive.test",
                now,
            )?;
            Ok(())
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn an_officials_answer_reaches_a_russian_signer_in_russian() {
    let app = app().await;
    let signed = app
        .post_form(
            "/campaigns/british-values/signatures?lang=ru",
            &[
                ("full_name", "Anna Petrova"),
                ("email", "anna@example.org"),
                ("postcode", "SW1A 1AA"),
                ("country", "GB"),
                ("updates", "yes"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let link = app.wait_for_emails_to("anna@example.org", 1).await[0].confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    // Only counted signatures hear of answers.
    app.wait_for_count(SLUG, 1).await;
    let campaign_id = app
        .db
        .read(|conn| {
            Ok(campaigns::table
                .filter(campaigns::slug.eq(SLUG))
                .select(campaigns::id)
                .first::<i64>(conn)?)
        })
        .await
        .unwrap();
    record_response(&app, campaign_id).await;
    let _ = app.get("/health").await;
    let emails = app.wait_for_emails_to("anna@example.org", 2).await;
    let answer = emails
        .iter()
        .find(|e| e.subject.contains("Ответ от"))
        .unwrap_or_else(|| {
            panic!(
                "{:?}",
                emails.iter().map(|e| &e.subject).collect::<Vec<_>>()
            )
        });
    assert_eq!(
        answer.subject,
        format!("Ответ от The Rt Hon Keir Starmer MP: {HEADLINE}")
    );
    assert!(
        answer.text.contains("ответил(а) на кампанию «"),
        "{}",
        answer.text
    );
    assert!(answer.text.contains("Коротко: We will reply in full."));
    assert!(answer.text.contains("при подписании попросили сообщать"));
    assert!(!answer.text.contains("has responded"), "{}", answer.text);
}

/// The writer's emails write the joint letter's date in the letter's language, and quote a
/// moderator's changes with the language's own quotation marks.
#[test]
fn the_writers_emails_write_dates_and_quotes_in_the_letters_language() {
    use missive::domain::EmailAddress;
    use missive::i18n::Lang;
    use missive::mail::letter_messages::{redacted, Ahead, Redacted};

    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let ahead = Ahead {
        joint: vec!["Jane Member MP".into()],
        joint_date: day,
        ..Ahead::default()
    };
    let welsh = ahead.sentences(Lang::Cy).join(" ");
    assert!(welsh.contains("5 Rhagfyr 2026"), "{welsh}");
    let russian = ahead.sentences(Lang::Ru).join(" ");
    assert!(russian.contains("5 декабря 2026"), "{russian}");
    assert!(!russian.contains("December"), "{russian}");

    let to = EmailAddress::parse("ada@example.org").unwrap();
    let now = Utc::now().naive_utc();
    let (removed, added) = (
        ["my neighbour John".to_owned()],
        ["[name removed]".to_owned()],
    );
    let change = |lang| Redacted {
        headline: HEADLINE,
        subject: SUBJECT,
        removed: &removed,
        added: &added,
        note: "No third parties' names.",
        lang,
    };
    let russian = redacted(&to, &change(Lang::Ru), now);
    assert!(
        russian.body_text.contains("«my neighbour John»"),
        "{}",
        russian.body_text
    );
    assert!(russian.body_html.contains("«[name removed]»"));
    let kazakh = redacted(&to, &change(Lang::Kk), now);
    assert!(kazakh.body_text.contains("«my neighbour John»"));
    let welsh = redacted(&to, &change(Lang::Cy), now);
    assert!(welsh.body_text.contains("“my neighbour John”"));
    let english = redacted(&to, &change(Lang::En), now);
    assert!(english.body_text.contains("“my neighbour John”"));
}
