//! A letter's writer is emailed in the language the letter was started in
//! (`letters.language`), whatever language the moderator reads: the saved draft's link,
//! the submission, the moderators' decisions (rejection with its reason, redaction,
//! approval) and "did your MP reply?" with its reminder, over HTTP and real SMTP; the
//! answer page is in the visitor's language. An
//! English letter's emails stay English (tests/moderation.rs and tests/official_replies.rs
//! hold their exact words). Run on both databases.

mod support;

use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use missive::auth::Role;
use missive::db::schema::{deliveries, letters, outbox};
use missive::letters::replies::ask_writers;
use support::letters::{holborn, ADDRESS};
use support::smtp::Inbox;
use support::{spawn_app_with, staff_client, Email, TestApp};

const WRITE: &str = "/campaigns/british-values/letters";

const BODY: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Please make any new trade deal depend on the release of political prisoners.";

/// A browser whose language setting is `accept` (cookies kept, redirects not followed).
fn browser(accept: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("accept-language", accept.parse().unwrap());
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap()
}

/// The letter form's fields for a writer in Holborn.
fn fields<'a>(
    name: &'a str,
    email: &'a str,
    subject: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", subject),
        ("body", BODY),
        ("website", ""),
        ("action", action),
    ];
    fields.extend(ADDRESS);
    fields
}

async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, Option<String>, String) {
    let response = client.post(app.url(path)).form(form).send().await.unwrap();
    let page = TestApp::page(response).await;
    (page.status, page.location, page.body)
}

async fn letter_id(app: &TestApp, email: &'static str) -> i64 {
    app.db
        .read(move |conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq(email))
                .select(letters::id)
                .first(conn)?)
        })
        .await
        .unwrap()
}

/// Confirms `email`'s signature from the link in its confirmation email, as its owner
/// would: the letter then enters the moderation queue.
async fn confirm_writer_via(app: &TestApp, inbox: &Inbox, email: &str) {
    let confirmation = inbox
        .wait_for(|e| e.to == email && e.link_path("/signatures/confirm/").is_some())
        .await;
    assert!(
        confirmation.text.starts_with("Сәлеметсіз бе!"),
        "{}",
        confirmation.text
    );
    let link = confirmation.link_path("/signatures/confirm/").unwrap();
    let confirmed = app.post_form(&link, &[]).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
}

/// Kazakh throughout, no English sentence left, and the HTML says it is Kazakh.
fn assert_kazakh(email: &Email, subject_starts: &str, text_holds: &[&str]) {
    assert!(
        email.subject.starts_with(subject_starts),
        "{}",
        email.subject
    );
    assert!(
        email.text.starts_with("Сәлеметсіз бе!\n\n"),
        "{}",
        email.text
    );
    for words in text_holds {
        assert!(email.text.contains(words), "{words:?} in {}", email.text);
    }
    for english in [
        "Hello",
        "Thank you",
        "Your letter",
        "A moderator",
        "Tell us",
    ] {
        assert!(
            !email.text.contains(english),
            "{english:?} in {}",
            email.text
        );
        assert!(
            !email.subject.contains(english),
            "{english:?} in {}",
            email.subject
        );
    }
    assert!(email.html.contains("<html lang=\"kk\">"), "{}", email.html);
}

#[tokio::test]
async fn a_kazakh_letter_writer_is_emailed_in_kazakh_from_draft_to_reminder() {
    let (inbox, smtp_url) = Inbox::start();
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(smtp_url);
        s.sign_allow = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    holborn(&app).await;
    let kazakh = browser("kk, ru;q=0.5");

    // Saved as a draft: the private link in Kazakh.
    let aigul = "aigul@example.org";
    let draft = fields("Айгүл Сейітова", aigul, "Trade with Kazakhstan", "save");
    let (status, location, body) = post(&app, &kazakh, WRITE, &draft).await;
    assert_eq!(status, 303, "{body}");
    let saved = inbox
        .wait_for(|e| e.to == aigul && e.subject.starts_with("Сіздің хатыңыз: "))
        .await;
    assert_kazakh(&saved, "Сіздің хатыңыз: ", &["Хатыңыз сақталды."]);
    assert!(saved.html.contains("Хатымды жалғастыру"), "{}", saved.html);

    // Submitted before the address is confirmed: what happens next, in Kazakh.
    let private = location.unwrap().split('?').next().unwrap().to_owned();
    let submit = fields("Айгүл Сейітова", aigul, "Trade with Kazakhstan", "submit");
    let (status, _, body) = post(&app, &kazakh, &private, &submit).await;
    assert_eq!(status, 303, "{body}");
    let submitted = inbox
        .wait_for(|e| e.to == aigul && e.subject.starts_with("Хатыңызды жіберу"))
        .await;
    assert_kazakh(
        &submitted,
        "Хатыңызды жіберу үшін электрондық поштаңызды растаңыз: ",
        &["Жазғаныңыз үшін рахмет. Электрондық пошта мекенжайыңызды растағаннан"],
    );
    confirm_writer_via(&app, &inbox, aigul).await;

    // The moderator reads English; the rejection, its listed reason and the button are
    // Kazakh; the moderator's own note is passed on as written.
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let id = letter_id(&app, aigul).await;
    let note = "Please leave out the advertising.";
    let reject = format!("/staff/moderation/{id}/reject");
    let done = moderator
        .post(&app, &reject, &[("reason", "spam"), ("note", note)])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let rejected = inbox
        .wait_for(|e| e.to == aigul && e.subject.contains("мақұлданбады"))
        .await;
    assert!(rejected.text.contains(note), "{}", rejected.text);
    let mut rejected = rejected;
    rejected.text = rejected.text.replace(note, "");
    assert_kazakh(
        &rejected,
        "Хатыңыз мақұлданбады: ",
        &[
            "«Trade with Kazakhstan» хатыңызды оқыды, бірақ біз оны жібере алмаймыз, себебі ол спамға немесе жарнамаға ұқсайды.",
            "Модератордың ескертпесі:",
        ],
    );
    assert!(rejected.html.contains("Жаңа хат жазу"), "{}", rejected.html);

    // A second Kazakh letter, redacted then approved: both emails in Kazakh, and the MP
    // gets it by email.
    let dana = "dana@example.org";
    let direct = fields("Дана Ахметова", dana, "Political prisoners", "submit");
    let (status, _, body) = post(&app, &kazakh, WRITE, &direct).await;
    assert_eq!(status, 303, "{body}");
    confirm_writer_via(&app, &inbox, dana).await;
    let id = letter_id(&app, dana).await;
    let edited = BODY.replace("small engineering firm in Camden", "firm");
    let redact = format!("/staff/moderation/{id}/redact");
    let done = moderator
        .post(
            &app,
            &redact,
            &[("body", edited.as_str()), ("change_note", "Too precise.")],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let redacted = inbox
        .wait_for(|e| e.to == dana && e.subject.contains("өзгерттік"))
        .await;
    assert_kazakh(
        &redacted,
        "Жібермес бұрын хатыңызды өзгерттік: ",
        &["Біз алып тастадық:", "Модератордың себебі:\n\nToo precise."],
    );
    let approved = inbox
        .wait_for(|e| e.to == dana && e.subject.contains("мақұлданды:"))
        .await;
    assert_kazakh(
        &approved,
        "Хатыңыз мақұлданды: ",
        &["Хатыңыз мақұлданды.", "Алушылар: Jane Member MP."],
    );

    // Delivered to the MP; fourteen days on, the question, and a week later the one
    // reminder, both in Kazakh.
    let deadline = Instant::now() + Duration::from_secs(20);
    let sent_at = loop {
        let sent: Option<NaiveDateTime> = app
            .db
            .read(move |conn| {
                Ok(deliveries::table
                    .filter(deliveries::letter_id.eq(id))
                    .filter(deliveries::status.eq("sent"))
                    .select(diesel::dsl::max(deliveries::updated_at))
                    .first(conn)?)
            })
            .await
            .unwrap();
        if let Some(sent_at) = sent {
            break sent_at;
        }
        assert!(Instant::now() < deadline, "the letter was not delivered");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mut answer_path = String::new();
    for (day, subject) in [
        (14, "Хатыңызға жауап келді ме? Jane Member MP"),
        (21, "Еске салу: хатыңызға жауап келді ме? Jane Member MP"),
    ] {
        let now = sent_at + TimeDelta::days(day) + TimeDelta::minutes(1);
        let (db, base) = (app.db.clone(), app.address.clone());
        tokio::task::spawn_blocking(move || ask_writers(&db, &base, now))
            .await
            .unwrap()
            .unwrap();
        // Queued for that future day, so read from the outbox rather than the SMTP sink.
        let (text, html): (String, String) = app
            .db
            .read(move |conn| {
                Ok(outbox::table
                    .filter(outbox::recipient.eq(dana))
                    .filter(outbox::subject.eq(subject))
                    .select((outbox::body_text, outbox::body_html))
                    .first(conn)?)
            })
            .await
            .unwrap();
        let asked = Email {
            to: dana.to_owned(),
            reply_to: None,
            subject: subject.to_owned(),
            text,
            html,
        };
        assert_kazakh(
            &asked,
            subject,
            &[
                "туралы хатыңыз жеткізілді. Алушы: Jane Member MP.",
                "/replies/",
            ],
        );
        let start = asked.text.find("/replies/").unwrap();
        answer_path = asked.text[start..]
            .split_whitespace()
            .next()
            .unwrap()
            .to_owned();
        assert_eq!(
            asked.text.contains("Бұл біз жіберетін жалғыз еске салу."),
            day == 21,
            "{}",
            asked.text
        );
    }

    // The answer page in the visitor's language: the question, the buttons, a missing
    // answer's error and the thanks.
    let page = TestApp::page(kazakh.get(app.url(&answer_path)).send().await.unwrap()).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.attr_of("html", "lang").as_deref(), Some("kk"));
    assert_eq!(
        page.text_of("h1").unwrap(),
        "Хатыңызға жауап келді ме? Jane Member MP"
    );
    assert_eq!(page.text_of("legend").unwrap(), "Жауап алдыңыз ба?");
    assert!(page.body.contains("Иә, жауап алдым"), "{}", page.body);
    let (status, _, body) = post(&app, &kazakh, &answer_path, &[("answer", "")]).await;
    assert_eq!(status, 422);
    assert!(body.contains("Төрт жауаптың бірін таңдаңыз."), "{body}");
    let (status, location, _) = post(&app, &kazakh, &answer_path, &[("answer", "yes")]).await;
    assert_eq!(status, 303);
    let thanked = TestApp::page(
        kazakh
            .get(app.url(&location.unwrap()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        thanked.text_of("[role=status]").unwrap(),
        "Рахмет: жауабыңыз есептелді."
    );
    assert_eq!(thanked.text_of("p strong").unwrap(), "Иә, жауап алдым");
    let english = TestApp::page(reqwest::get(app.url(&answer_path)).await.unwrap()).await;
    assert_eq!(
        english.text_of("h1").unwrap(),
        "Did Jane Member MP reply to your letter?"
    );
}
