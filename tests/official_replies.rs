//! Closing the loop (issue 17, parts 2 and 4): a response staff record shows on the
//! campaign page and in the JSON, and is emailed over real SMTP to the writers whose
//! letters went to that official and to signers who asked for news, not to others;
//! "did your MP reply?" goes on day 14 and once more on day 21 (the job run with the time
//! injected), never a third time nor after an answer; an answer counts once; reply rates
//! show from five answers; and the counts survive anonymisation.

mod support;

use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;
use missive::auth::Role;
use missive::db::models::reply_question;
use missive::db::schema::{audit_log, campaigns, deliveries, letters, officials, outbox};
use missive::letters::replies::ask_writers;
use support::letters::{holborn, ADDRESS};
use support::smtp::Inbox;
use support::{spawn_app_with, staff_client, Email, TestApp};

const SLUG: &str = "british-values";
const WRITE: &str = "/campaigns/british-values/letters";
const JANE: &str = "jane.member@parliament.example";
const BODY: &str = "I run a small engineering firm in Camden and I have customers in Almaty. \
Please make any new trade deal depend on the release of political prisoners and on free \
trade unions, and raise the Zhanaozen shootings with the Kazakh government.";

async fn app(smtp: Option<String>) -> TestApp {
    spawn_app_with(|settings| {
        settings.sign_allow = vec!["127.0.0.1".parse().unwrap()];
        settings.smtp_url = smtp;
    })
    .await
}

/// Emails to `to` so far: from the SMTP inbox if there is one, else the outbox folder.
async fn emails_to(app: &TestApp, inbox: Option<&Inbox>, to: &str) -> Vec<Email> {
    match inbox {
        Some(inbox) => inbox
            .delivered
            .lock()
            .unwrap()
            .iter()
            .map(|raw| Email::parse(raw))
            .filter(|e| e.to == to)
            .collect(),
        None => app.wait_for_emails_to(to, 0).await,
    }
}

/// The first link starting with `prefix` in an email to `to`, waiting up to 10 s.
async fn link_to(app: &TestApp, inbox: Option<&Inbox>, to: &str, prefix: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(link) = emails_to(app, inbox, to)
            .await
            .iter()
            .rev()
            .find_map(|e| e.link_path(prefix))
        {
            return link;
        }
        assert!(Instant::now() < deadline, "no {prefix} link to {to}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn sign(app: &TestApp, inbox: Option<&Inbox>, name: &str, email: &str, updates: bool) {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "SW1A 1AA"),
        ("country", "GB"),
        ("website", ""),
    ];
    if updates {
        fields.push(("updates", "yes"));
    }
    let signed = app
        .post_form(&format!("/campaigns/{SLUG}/signatures"), &fields)
        .await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let link = link_to(app, inbox, email, "/signatures/confirm/").await;
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
}

/// Writes and submits a letter to the Holborn MP, confirms the writer, approves it, and
/// waits until its delivery to the MP is sent. Returns the letter's id.
async fn delivered_letter(app: &TestApp, inbox: Option<&Inbox>, name: &str, email: &str) -> i64 {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", BODY),
        ("website", ""),
        ("action", "submit"),
    ];
    fields.extend(ADDRESS);
    let saved = app.post_form(WRITE, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let link = link_to(app, inbox, email, "/signatures/confirm/").await;
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    let writer = email.to_owned();
    let id: i64 = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq(writer))
                .select(letters::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    let approved = app.run_cli(&["letters", "approve", &id.to_string()]);
    assert!(
        approved.status.success(),
        "{}",
        String::from_utf8_lossy(&approved.stderr)
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let sent: Vec<String> = app
            .db
            .read(move |conn| {
                Ok(deliveries::table
                    .inner_join(officials::table)
                    .filter(deliveries::letter_id.eq(id))
                    .filter(officials::email.eq(JANE))
                    .select(deliveries::status)
                    .load(conn)?)
            })
            .await
            .unwrap();
        if sent == ["sent"] {
            return id;
        }
        assert!(
            Instant::now() < deadline,
            "letter {id} never sent: {sent:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn official_id(app: &TestApp, email: &'static str) -> i64 {
    app.db
        .read(move |conn| {
            Ok(officials::table
                .filter(officials::email.eq(email))
                .select(officials::id)
                .first(conn)?)
        })
        .await
        .unwrap()
}

/// Emails about an official's response that reached `to`.
async fn responses_to(app: &TestApp, inbox: &Inbox, to: &str) -> Vec<Email> {
    emails_to(app, Some(inbox), to)
        .await
        .into_iter()
        .filter(|e| e.subject.contains("has responded"))
        .collect()
}

#[tokio::test]
async fn a_recorded_response_is_published_and_reaches_the_writers_to_that_official_and_opted_in_signers(
) {
    let (inbox, smtp) = Inbox::start();
    let app = app(Some(smtp)).await;
    holborn(&app).await;
    delivered_letter(&app, Some(&inbox), "Ada Lovelace", "ada@example.org").await;
    sign(&app, Some(&inbox), "Bea Opted", "bea@example.org", true).await;
    sign(&app, Some(&inbox), "Cal Quiet", "cal@example.org", false).await;
    let jane = official_id(&app, JANE).await;
    let staff = staff_client(&app, "organiser@missive.test", Role::Organiser).await;
    let path = format!("/staff/campaigns/{SLUG}/responses");
    let form = staff.get(&app, &path).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Jane Member MP"), "Jane is offered");

    // Wrong answers come back beside their fields, with what was typed.
    let long = "x".repeat(201);
    let wrong = staff
        .post(
            &app,
            &path,
            &[
                ("official", ""),
                ("received_on", "yesterday"),
                ("summary", &long),
                ("body", "Kept text"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.text_of("#official-error").is_some());
    assert!(wrong
        .text_of("#received_on-error")
        .unwrap()
        .contains("year-month-day"));
    assert!(wrong.text_of("#summary-error").unwrap().contains("200"));
    assert_eq!(
        wrong.attr_of("#summary", "value").as_deref(),
        Some(long.as_str())
    );
    assert_eq!(wrong.text_of("#body").as_deref(), Some("Kept text"));

    let today = Utc::now().format("%Y-%m-%d").to_string();
    let recorded = staff
        .post(
            &app,
            &path,
            &[
                ("official", &jane.to_string()),
                ("received_on", &today),
                (
                    "summary",
                    "Jane Member will raise political prisoners with the minister.",
                ),
                (
                    "body",
                    "Dear constituent,\n\nI share your **concern** and will write to the minister.",
                ),
            ],
        )
        .await;
    assert_eq!(recorded.status, 303, "{}", recorded.body);
    assert!(recorded.location.unwrap().contains("emails=2"));

    // On the page and in the JSON.
    let deadline = Instant::now() + Duration::from_secs(5);
    let page = loop {
        let page = app.get(&format!("/campaigns/{SLUG}")).await;
        if page.body.contains("Responses from officials") || Instant::now() > deadline {
            break page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let section = page.text_of("#responses").expect("a responses section");
    assert!(section.contains("Jane Member MP"), "{section}");
    assert!(
        section.contains("MP for Holborn and St Pancras"),
        "{section}"
    );
    assert!(
        section.contains("will raise political prisoners"),
        "{section}"
    );
    assert!(
        page.body.contains("<strong>concern</strong>"),
        "Markdown is rendered"
    );
    // A sign form sent back with a mistake shows the same page around it.
    let mistaken = app
        .post_form(
            &format!("/campaigns/{SLUG}/signatures"),
            &[("full_name", "Dee"), ("email", "not an address")],
        )
        .await;
    assert_eq!(mistaken.status, 422);
    assert!(mistaken.text_of("#email-error").is_some());
    let again = mistaken
        .text_of("#responses")
        .expect("the responses section beside the sign form's errors");
    assert!(again.contains("will raise political prisoners"), "{again}");
    let json: serde_json::Value = app
        .client
        .get(app.url(&format!("/campaigns/{SLUG}.json")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let listed = &json["official_responses"][0];
    assert_eq!(listed["official_name"], "Jane Member MP");
    assert_eq!(listed["received_on"], today.as_str());
    assert_eq!(listed["as_received"], false);

    // Over SMTP to Ada (her letter went to Jane) and Bea (asked for news), once each.
    let to_ada = inbox
        .wait_for(|e| e.to == "ada@example.org" && e.subject.contains("has responded"))
        .await;
    assert!(to_ada.text.contains("your letter went to Jane Member MP"));
    assert!(to_ada.text.contains("I share your **concern**"));
    let to_bea = inbox
        .wait_for(|e| e.to == "bea@example.org" && e.subject.contains("has responded"))
        .await;
    assert!(to_bea.text.contains("you asked to hear about progress"));
    assert!(responses_to(&app, &inbox, "cal@example.org")
        .await
        .is_empty());

    // In the audit log.
    let actions: Vec<String> = app
        .db
        .read(|conn| {
            Ok(audit_log::table
                .filter(audit_log::subject_type.eq("official_response"))
                .select(audit_log::action)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(actions, ["response.record"]);

    // A correction changes the page and is audited, and nobody is emailed again.
    let listing = staff.get(&app, &path).await;
    let edit = listing
        .attr_of("a[href$='/edit']", "href")
        .expect("a link to correct the response");
    let correcting = staff.get(&app, &edit).await;
    assert_eq!(correcting.status, 200);
    assert_eq!(
        correcting.attr_of("#received_on", "value").as_deref(),
        Some(today.as_str())
    );
    let corrected = staff
        .post(
            &app,
            edit.trim_end_matches("/edit"),
            &[
                ("official", &jane.to_string()),
                ("received_on", &today),
                (
                    "summary",
                    "Jane Member has written to the Foreign Secretary.",
                ),
                (
                    "body",
                    "Dear constituent,\n\nI have written to the Foreign Secretary.",
                ),
                ("as_received", "yes"),
            ],
        )
        .await;
    assert_eq!(corrected.status, 303, "{}", corrected.body);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let page = app.get(&format!("/campaigns/{SLUG}")).await;
        if page.body.contains("written to the Foreign Secretary") {
            assert!(!page.body.contains("will raise political prisoners"));
            break;
        }
        assert!(Instant::now() < deadline, "the correction never showed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let queued: i64 = app
        .db
        .read(|conn| {
            Ok(outbox::table
                .filter(outbox::subject.like("%has responded%"))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(queued, 2, "the correction queued no email");
    let actions: i64 = app
        .db
        .read(|conn| {
            Ok(audit_log::table
                .filter(audit_log::action.eq("response.correct"))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(actions, 1);
    assert_eq!(responses_to(&app, &inbox, "ada@example.org").await.len(), 1);
    assert_eq!(responses_to(&app, &inbox, "bea@example.org").await.len(), 1);
}

/// The questionnaire emails queued to `to` so far, oldest first: (subject, answer path).
async fn questions_to(app: &TestApp, to: &'static str) -> Vec<(String, String)> {
    let rows: Vec<(String, String)> = app
        .db
        .read(move |conn| {
            Ok(outbox::table
                .filter(outbox::recipient.eq(to))
                .filter(outbox::subject.like("%reply to your letter?"))
                .order(outbox::id)
                .select((outbox::subject, outbox::body_text))
                .load(conn)?)
        })
        .await
        .unwrap();
    rows.into_iter()
        .map(|(subject, text)| {
            let start = text.find("/replies/").expect("an answer link");
            let path = text[start..].split_whitespace().next().unwrap().to_owned();
            (subject, path)
        })
        .collect()
}

async fn run_job(app: &TestApp, now: NaiveDateTime) -> missive::letters::replies::Asked {
    let (db, base) = (app.db.clone(), app.address.clone());
    tokio::task::spawn_blocking(move || ask_writers(&db, &base, now))
        .await
        .unwrap()
        .unwrap()
}

async fn tallies(app: &TestApp) -> Vec<reply_question::OfficialTally> {
    app.db
        .read(|conn| {
            let id: i64 = campaigns::table
                .filter(campaigns::slug.eq(SLUG))
                .select(campaigns::id)
                .first(conn)?;
            reply_question::tallies(conn, Some(id))
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn the_question_goes_on_day_14_and_once_more_on_day_21_and_its_answer_counts_once() {
    let app = app(None).await;
    holborn(&app).await;
    delivered_letter(&app, None, "Ada Lovelace", "ada@example.org").await;
    delivered_letter(&app, None, "Bea Writer", "bea@example.org").await;
    let sent_at: NaiveDateTime = app
        .db
        .read(|conn| {
            Ok(deliveries::table
                .filter(deliveries::status.eq("sent"))
                .select(diesel::dsl::max(deliveries::updated_at))
                .first::<Option<NaiveDateTime>>(conn)?
                .unwrap())
        })
        .await
        .unwrap();
    let day = |d: i64| sent_at + TimeDelta::days(d) + TimeDelta::minutes(1);

    // Day 13: nobody is asked.
    assert_eq!(run_job(&app, day(13)).await.questions, 0);
    assert!(questions_to(&app, "ada@example.org").await.is_empty());
    // Day 14: each writer once, even with two instances running the job at the same time.
    let (a, b) = tokio::join!(run_job(&app, day(14)), run_job(&app, day(14)));
    assert_eq!(a.questions + b.questions, 2, "{a:?} {b:?}");
    assert_eq!(run_job(&app, day(14)).await.questions, 0);
    let to_ada = questions_to(&app, "ada@example.org").await;
    assert_eq!(to_ada.len(), 1);
    assert_eq!(to_ada[0].0, "Did Jane Member MP reply to your letter?");
    let to_bea = questions_to(&app, "bea@example.org").await;
    assert_eq!(to_bea.len(), 1);

    // Opening the link (as a mail scanner would) answers nothing; four buttons POST.
    let page = app.get(&to_ada[0].1).await;
    assert_eq!(page.status, 200);
    let buttons = page.html();
    let selector = scraper::Selector::parse("form[method=post] button[name=answer]").unwrap();
    let values: Vec<&str> = buttons
        .select(&selector)
        .filter_map(|b| b.value().attr("value"))
        .collect();
    assert_eq!(values, ["yes", "not-addressed", "acknowledged", "no"]);
    assert!(tallies(&app).await.is_empty(), "a GET answers nothing");
    assert_eq!(app.get("/replies/not-a-token").await.status, 404);

    // Bea answers twice (a double click): counted once. A wrong answer changes nothing.
    let refused = app.post_form(&to_bea[0].1, &[("answer", "maybe")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.text_of("#answer-error").is_some());
    for _ in 0..2 {
        let answered = app.post_form(&to_bea[0].1, &[("answer", "no")]).await;
        assert_eq!(answered.status, 303);
    }
    let thanked = app.get(&answered_path(&to_bea[0].1)).await;
    assert!(thanked.body.contains("your answer is counted"));
    let counted = tallies(&app).await;
    assert_eq!(counted.len(), 1);
    assert_eq!(counted[0].tally.no, 1);
    assert_eq!(counted[0].tally.total(), 1);

    // Day 20: no reminder yet. Day 21: Ada (unanswered) once; Bea (answered) never.
    assert_eq!(run_job(&app, day(20)).await.reminders, 0);
    let (a, b) = tokio::join!(run_job(&app, day(21)), run_job(&app, day(21)));
    assert_eq!(a.reminders + b.reminders, 1, "{a:?} {b:?}");
    let to_ada = questions_to(&app, "ada@example.org").await;
    assert_eq!(to_ada.len(), 2);
    assert!(to_ada[1].0.starts_with("A reminder:"));
    assert_eq!(questions_to(&app, "bea@example.org").await.len(), 1);
    // Never a third time.
    for d in [22, 27, 35, 60] {
        assert_eq!(run_job(&app, day(d)).await, Default::default(), "day {d}");
    }
    assert_eq!(questions_to(&app, "ada@example.org").await.len(), 2);

    // Both of Ada's links answer the same question, once.
    assert_eq!(
        app.post_form(&to_ada[1].1, &[("answer", "acknowledged")])
            .await
            .status,
        303
    );
    assert_eq!(
        app.post_form(&to_ada[0].1, &[("answer", "yes")])
            .await
            .status,
        303
    );
    let counted = tallies(&app).await;
    assert_eq!(counted[0].tally.total(), 2);
    assert_eq!((counted[0].tally.yes, counted[0].tally.no), (1, 1));

    // Anonymising the closed campaign erases the writers but keeps the answers.
    let closed = Utc::now().naive_utc() - TimeDelta::days(1);
    app.db
        .write(move |conn| {
            diesel::update(campaigns::table.filter(campaigns::slug.eq(SLUG)))
                .set(campaigns::closes_at.eq(closed))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let before = tallies(&app).await;
    let (db, later) = (app.db.clone(), closed + TimeDelta::days(200));
    let report = tokio::task::spawn_blocking(move || {
        missive::privacy::anonymise::anonymise(
            &db,
            TimeDelta::days(183),
            later,
            missive::privacy::anonymise::Mode::Erase,
            "cli",
            &|| false,
        )
    })
    .await
    .unwrap()
    .unwrap();
    assert!(report.campaigns.iter().any(|c| c.erased.letters >= 2));
    let writers: Vec<String> = app
        .db
        .read(|conn| Ok(letters::table.select(letters::writer_email).load(conn)?))
        .await
        .unwrap();
    assert!(writers.iter().all(String::is_empty), "{writers:?}");
    assert_eq!(tallies(&app).await, before);
    let staff = staff_client(&app, "organiser@missive.test", Role::Organiser).await;
    let dashboard = staff
        .get(&app, &format!("/staff/campaigns/{SLUG}/dashboard"))
        .await;
    let rates = dashboard
        .text_of("section[aria-labelledby=reply-rates]")
        .unwrap();
    assert!(rates.contains("Jane Member MP"), "{rates}");
    assert!(rates.contains("Answers by party"), "{rates}");
}

fn answered_path(path: &str) -> String {
    format!("{path}?answered=1")
}

/// Questions made directly (as the job makes them) for `n` letters to one official.
async fn questions_for(app: &TestApp, official_id: i64, n: i64) -> Vec<String> {
    let tokens: Vec<missive::domain::SecretToken> = (0..n)
        .map(|_| missive::domain::SecretToken::generate())
        .collect();
    let hashes: Vec<String> = tokens
        .iter()
        .map(|t| t.hash().as_str().to_owned())
        .collect();
    app.db
        .write(move |conn| {
            let campaign_id: i64 = campaigns::table
                .filter(campaigns::slug.eq(SLUG))
                .select(campaigns::id)
                .first(conn)?;
            let now = Utc::now().naive_utc();
            for (i, hash) in hashes.iter().enumerate() {
                diesel::insert_into(missive::db::schema::reply_questions::table)
                    .values((
                        missive::db::schema::reply_questions::delivery_id.eq(1000 + i as i64),
                        missive::db::schema::reply_questions::campaign_id.eq(campaign_id),
                        missive::db::schema::reply_questions::official_id.eq(official_id),
                        missive::db::schema::reply_questions::token_hash.eq(hash),
                        missive::db::schema::reply_questions::asked_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    tokens
        .iter()
        .map(|t| format!("/replies/{}", t.as_str()))
        .collect()
}

async fn rates_shown(app: &TestApp) -> Option<String> {
    // The page is rebuilt once per count refresh (100 ms in tests).
    tokio::time::sleep(Duration::from_millis(250)).await;
    app.get(&format!("/campaigns/{SLUG}"))
        .await
        .text_of("#reply-rates")
}

#[tokio::test]
async fn reply_rates_show_on_the_campaign_page_from_five_answers() {
    let app = app(None).await;
    holborn(&app).await;
    let jane = official_id(&app, JANE).await;
    let links = questions_for(&app, jane, 5).await;
    let answers = ["yes", "yes", "not-addressed", "acknowledged", "no"];
    for (link, answer) in links.iter().zip(answers).take(4) {
        assert_eq!(app.post_form(link, &[("answer", answer)]).await.status, 303);
    }
    assert_eq!(rates_shown(&app).await, None, "not at four answers");
    assert_eq!(
        app.post_form(&links[4], &[("answer", answers[4])])
            .await
            .status,
        303
    );
    let shown = rates_shown(&app).await.expect("rates at five answers");
    assert!(shown.contains("Jane Member MP"), "{shown}");
    // Three of five said they had a reply (addressing the points or not).
    assert!(shown.contains("60 %"), "{shown}");
}

/// Logs the browser in as a staff member with `password`.
async fn browser_sign_in(
    browser: &support::browser::Browser,
    app: &TestApp,
    email: &str,
    password: &str,
) {
    use fantoccini::Locator::Css;
    browser.goto(&app.url("/staff/login")).await.expect("login");
    let field = browser.find(Css("#email")).await.expect("email");
    field.send_keys(email).await.expect("type");
    let field = browser.find(Css("#password")).await.expect("password");
    field.send_keys(password).await.expect("type");
    support::browser::press(browser, &[fantoccini::key::Key::Enter]).await;
    support::browser::wait_for_path(browser, "/staff").await;
}

#[tokio::test]
async fn the_staff_form_the_responses_and_the_question_fit_a_phone_and_a_desktop() {
    use support::browser::{in_browser, Browser, DESKTOP, PHONE};
    in_browser(PHONE, |browser: Browser| async move {
        let app = app(None).await;
        holborn(&app).await;
        let jane = official_id(&app, JANE).await;
        let staff = staff_client(&app, "organiser@missive.test", Role::Organiser).await;
        let today = Utc::now().format("%Y-%m-%d").to_string();
        let recorded = staff
            .post(
                &app,
                &format!("/staff/campaigns/{SLUG}/responses"),
                &[
                    ("official", &jane.to_string()),
                    ("received_on", &today),
                    ("summary", "Jane Member will raise political prisoners with the Foreign Secretary and asks for a meeting."),
                    ("body", "Dear constituent,\n\nThank you for your letter about trade with Kazakhstan. I share your concern and have written to the Foreign Secretary.\n\nYours sincerely,\n\nJane Member MP"),
                ],
            )
            .await;
        assert_eq!(recorded.status, 303, "{}", recorded.body);
        let links = questions_for(&app, jane, 6).await;
        for (link, answer) in links.iter().zip(["yes", "no", "no", "acknowledged", "not-addressed"]) {
            assert_eq!(app.post_form(link, &[("answer", answer)]).await.status, 303);
        }
        browser_sign_in(&browser, &app, "organiser@missive.test", &staff.password).await;
        let pages = [
            ("form", format!("/staff/campaigns/{SLUG}/responses")),
            ("campaign", format!("/campaigns/{SLUG}#responses")),
            ("question", links[5].clone()),
            ("dashboard", format!("/staff/campaigns/{SLUG}/dashboard")),
        ];
        for (width, size) in [(390, PHONE), (1280, DESKTOP)] {
            browser.viewport(size).await;
            for (name, path) in &pages {
                browser.goto(&app.url(path)).await.expect("page");
                let widths = browser
                    .execute(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
                        vec![],
                    )
                    .await
                    .expect("measure");
                let (page, room) = (widths[0].as_u64().unwrap(), widths[1].as_u64().unwrap());
                assert!(page <= room, "{path} at {width} px is {page} px wide");
                browser
                    .full_screenshot(&format!("official-replies-{name}-{width}"))
                    .await;
            }
        }
    })
    .await;
}
