//! Milestones: crossing one writes once, over real SMTP, to each MP with constituents among
//! the signers (and to no other MP), never again as the count moves on, once even with two
//! instances folding counts on one database, and not at all when the organiser has not
//! chosen it; the progress bar aims at the next milestone.

mod support;

use std::time::{Duration, Instant};

use chrono::Utc;
use missive::db::models::constituency;
use missive::db::models::official::{self, OfficialRow};
use missive::web::startup::Application;
use support::smtp::Inbox;
use support::{import_campaign, spawn_app_with, Email, TestApp};

const SLUG: &str = "british-values";
const HOLBORN: &str = "jane.member@parliament.example";
const WESTMINSTER: &str = "nickie.aiken@parliament.example";
const ALDERSHOT: &str = "gerald.kear@parliament.example";

/// Three constituencies with postcodes and MPs (Aldershot's has no signers; Bath's MP has
/// no email address).
async fn constituencies(app: &TestApp) {
    app.db
        .write(|conn| {
            constituency::upsert_names(
                conn,
                &[
                    ("E14001290".into(), "Holborn and St Pancras".into()),
                    (
                        "E14001172".into(),
                        "Cities of London and Westminster".into(),
                    ),
                    ("E14001063".into(), "Aldershot".into()),
                    ("E14001076".into(), "Bath".into()),
                ],
            )?;
            constituency::upsert_postcodes(
                conn,
                &[
                    ("WC1H 9JE".into(), "E14001290".into()),
                    ("SW1A 2AA".into(), "E14001172".into()),
                    ("GU11 1AA".into(), "E14001063".into()),
                    ("BA1 1AA".into(), "E14001076".into()),
                ],
            )?;
            let mp =
                |code: &str, name: &str, constituency: &str, email: Option<&str>| OfficialRow {
                    code: code.into(),
                    name: name.into(),
                    office: "MP".into(),
                    salutation: Some(format!("Dear {name}")),
                    constituency_code: Some(constituency.into()),
                    party: None,
                    email: email.map(str::to_owned),
                    postal_address: Some("House of Commons\nLondon\nSW1A 0AA".into()),
                };
            let now = Utc::now().naive_utc();
            official::upsert(
                conn,
                &mp("mp-e14001290", "Jane Member", "E14001290", Some(HOLBORN)),
                now,
            )?;
            official::upsert(
                conn,
                &mp(
                    "mp-e14001172",
                    "Nickie Aiken",
                    "E14001172",
                    Some(WESTMINSTER),
                ),
                now,
            )?;
            official::upsert(
                conn,
                &mp("mp-e14001063", "Gerald Kear", "E14001063", Some(ALDERSHOT)),
                now,
            )?;
            official::upsert(
                conn,
                &mp("mp-e14001076", "Bea Bath", "E14001076", None),
                now,
            )?;
            Ok(())
        })
        .await
        .unwrap();
}

/// The shipped campaign with milestones at 3 and 5 signatures, MPs written to or not.
fn campaign(app: &TestApp, letters: bool) {
    let shipped = include_str!("../campaigns/british-values.md");
    let text = shipped.replacen(
        "goal = 10000\n",
        &format!("goal = 10000\nmilestones = [5, 3]\nmilestone_letters = {letters}\n"),
        1,
    );
    assert_ne!(text, shipped);
    import_campaign(app, "milestones.md", &text);
}

async fn app(inbox_url: &str) -> TestApp {
    let url = inbox_url.to_owned();
    spawn_app_with(move |s| {
        s.smtp_url = Some(url);
        s.sign_allow = vec!["127.0.0.1".parse().unwrap()];
    })
    .await
}

fn delivered(inbox: &Inbox) -> Vec<Email> {
    inbox
        .delivered
        .lock()
        .unwrap()
        .iter()
        .map(|raw| Email::parse(raw))
        .collect()
}

fn to(inbox: &Inbox, address: &str) -> Vec<Email> {
    delivered(inbox)
        .into_iter()
        .filter(|e| e.to == address)
        .collect()
}

/// Signs at `address` (an instance's base URL) and confirms through the emailed link.
async fn sign_and_confirm(app: &TestApp, address: &str, inbox: &Inbox, who: &str, postcode: &str) {
    let email = format!("{who}@example.org");
    let signed = app
        .client
        .post(format!("{address}/campaigns/{SLUG}/signatures"))
        .form(&[
            ("full_name", who),
            ("email", email.as_str()),
            ("postcode", postcode),
            ("country", "GB"),
            ("website", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), 303, "{}", signed.text().await.unwrap());
    let confirmation = inbox.wait_for(|e| e.to == email).await;
    let confirmed = app
        .client
        .post(format!("{address}{}", confirmation.confirmation_path()))
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status(), 303);
}

/// Waits for the count, then long enough for any letter to go (several sender rounds).
async fn settle(app: &TestApp, count: i64) {
    assert_eq!(app.wait_for_count(SLUG, count).await, count);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let pending = app
            .db
            .read(missive::db::models::outbox::pending_count)
            .await
            .unwrap();
        if pending == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{pending} emails still waiting");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn progress_label(app: &TestApp) -> String {
    app.get(&format!("/campaigns/{SLUG}"))
        .await
        .text_of("label.goal")
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn crossing_a_milestone_writes_once_to_each_mp_with_constituent_signers() {
    let (inbox, url) = Inbox::start();
    let app = app(&url).await;
    constituencies(&app).await;
    campaign(&app, true);

    assert_eq!(
        progress_label(&app).await,
        "0% of the next milestone, 3 (the goal is 10,000)"
    );
    sign_and_confirm(&app, &app.address, &inbox, "ann", "WC1H 9JE").await;
    sign_and_confirm(&app, &app.address, &inbox, "bob", "WC1H 9JE").await;
    settle(&app, 2).await;
    assert!(to(&inbox, HOLBORN).is_empty(), "no milestone yet");
    assert_eq!(
        progress_label(&app).await,
        "66% of the next milestone, 3 (the goal is 10,000)"
    );

    sign_and_confirm(&app, &app.address, &inbox, "cat", "SW1A 2AA").await;
    settle(&app, 3).await;
    let holborn = to(&inbox, HOLBORN);
    assert_eq!(holborn.len(), 1, "one letter to the MP for Holborn");
    let letter = &holborn[0];
    assert_eq!(
        letter.subject,
        "2 of your constituents signed “UK trade props up Kazakh dictatorship”"
    );
    assert!(
        letter
            .text
            .starts_with("Dear Jane Member,\n\n2 of your constituents have signed"),
        "{}",
        letter.text
    );
    assert!(
        letter.text.contains("passed 3 signatures"),
        "{}",
        letter.text
    );
    assert!(
        letter.text.contains(&support::letters::featured()[..200]),
        "the featured letter"
    );
    assert!(letter
        .text
        .contains(&format!("{}/campaigns/{SLUG}", app.address)));
    for private in ["ann", "bob", "WC1H", "example.org"] {
        assert!(
            !letter.text.contains(private) && !letter.html.contains(private),
            "{private}"
        );
    }
    let westminster = to(&inbox, WESTMINSTER);
    assert_eq!(westminster.len(), 1);
    assert!(westminster[0]
        .text
        .contains("One of your constituents has signed"));
    assert!(to(&inbox, ALDERSHOT).is_empty(), "no constituent signed");
    assert_eq!(
        progress_label(&app).await,
        "60% of the next milestone, 5 (the goal is 10,000)"
    );

    // Bath's MP has no email address: skipped, and staff can see it.
    sign_and_confirm(&app, &app.address, &inbox, "dan", "BA1 1AA").await;
    settle(&app, 4).await;
    assert_eq!(
        to(&inbox, HOLBORN).len(),
        1,
        "not again before the next milestone"
    );

    sign_and_confirm(&app, &app.address, &inbox, "eve", "GU11 1AA").await;
    settle(&app, 5).await;
    assert_eq!(
        to(&inbox, HOLBORN).len(),
        2,
        "once more at the next milestone"
    );
    assert_eq!(to(&inbox, WESTMINSTER).len(), 2);
    assert_eq!(
        to(&inbox, ALDERSHOT).len(),
        1,
        "a constituent has signed now"
    );
    let reached = app
        .db
        .read(|c| {
            let id = missive::db::models::campaign::find_by_slug(c, SLUG)?
                .unwrap()
                .id;
            missive::db::models::milestone::reached(c, id)
        })
        .await
        .unwrap();
    let summary: Vec<_> = reached
        .iter()
        .map(|r| (r.milestone, r.letters_queued, r.skipped_mps.clone()))
        .collect();
    assert_eq!(
        summary,
        vec![(3, 2, None), (5, 3, Some("Bea Bath".to_owned()))]
    );
    assert_eq!(progress_label(&app).await, "0% of the goal of 10,000");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_write_once() {
    let (inbox, url) = Inbox::start();
    let first = app(&url).await;
    constituencies(&first).await;
    campaign(&first, true);
    let mut settings = support::settings(
        first.data_dir.path().join("second"),
        first.database_url.clone(),
    );
    settings.smtp_url = Some(url.clone());
    settings.sign_allow = vec!["127.0.0.1".parse().unwrap()];
    let second = Application::build(settings).await.expect("second instance");
    let second_address = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());

    let people = [
        ("ann", "WC1H 9JE"),
        ("bob", "SW1A 2AA"),
        ("cat", "WC1H 9JE"),
        ("dan", "SW1A 2AA"),
    ];
    for (n, (who, postcode)) in people.into_iter().enumerate() {
        let at = if n % 2 == 0 {
            first.address.clone()
        } else {
            second_address.clone()
        };
        sign_and_confirm(&first, &at, &inbox, who, postcode).await;
    }
    settle(&first, 4).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(to(&inbox, HOLBORN).len(), 1);
    assert_eq!(to(&inbox, WESTMINSTER).len(), 1);
    assert!(to(&inbox, ALDERSHOT).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_letters_unless_the_organiser_chose_them() {
    let (inbox, url) = Inbox::start();
    let app = app(&url).await;
    constituencies(&app).await;
    campaign(&app, false);
    for who in ["ann", "bob", "cat"] {
        sign_and_confirm(&app, &app.address, &inbox, who, "WC1H 9JE").await;
    }
    settle(&app, 3).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(to(&inbox, HOLBORN).is_empty());
    assert_eq!(delivered(&inbox).len(), 3, "only the confirmations");
    assert_eq!(
        progress_label(&app).await,
        "60% of the next milestone, 5 (the goal is 10,000)"
    );
}
