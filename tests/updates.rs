//! Updates to supporters, over HTTP on both databases: organisers preview and send an
//! update; it reaches each opted-in, confirmed signer once, over a real SMTP exchange, with
//! one-click unsubscribe (RFC 8058) that keeps the signature; an edit before it goes
//! replaces the queued emails; the campaign page and JSON show the timeline; and the CLI.

mod support;

use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use diesel::prelude::*;
use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter};
use missive::db::schema::{campaign_updates, outbox, signatures};
use support::smtp::Inbox;
use support::{spawn_app_with, staff_client, Email, StaffClient, TestApp};

const SLUG: &str = "british-values";
const UPDATES: &str = "/staff/campaigns/british-values/updates";

async fn app_with(smtp: Option<String>) -> TestApp {
    spawn_app_with(|s| {
        s.sign_allow = vec!["127.0.0.1".parse().unwrap()];
        s.smtp_url = smtp;
    })
    .await
}

async fn sign(app: &TestApp, name: &str, email: &str, updates: bool) {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "SW1A 2AA"),
        ("country", "GB"),
        ("website", ""),
    ];
    if updates {
        fields.push(("updates", "yes"));
    }
    let path = format!("/campaigns/{SLUG}/signatures");
    assert_eq!(app.post_form(&path, &fields).await.status, 303);
}

/// Signs and confirms with the link from the email read by `read`.
async fn confirm(app: &TestApp, email: &Email) {
    let link = email.confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
}

/// The headers of a raw message, unfolded, as (lower-case name, value).
fn headers(raw: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(raw).replace("\r\n", "\n");
    let head = text.split("\n\n").next().unwrap_or_default().to_owned();
    let mut out: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push_str(line.trim_start());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            out.push((name.to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    out
}

fn header(raw: &[u8], name: &str) -> Option<String> {
    headers(raw)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
}

/// Every message delivered over SMTP, raw, with its parsed form.
fn delivered(inbox: &Inbox) -> Vec<(Vec<u8>, Email)> {
    inbox
        .delivered
        .lock()
        .unwrap()
        .iter()
        .map(|raw| (raw.clone(), Email::parse(raw)))
        .collect()
}

async fn wait_delivered(inbox: &Inbox, to: &str, subject: &str) -> Vec<u8> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some((raw, _)) = delivered(inbox)
            .into_iter()
            .find(|(_, e)| e.to == to && e.subject == subject)
        {
            return raw;
        }
        assert!(Instant::now() < deadline, "no “{subject}” to {to}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn count_delivered(inbox: &Inbox, subject: &str) -> Vec<String> {
    delivered(inbox)
        .into_iter()
        .filter(|(_, e)| e.subject == subject)
        .map(|(_, e)| e.to)
        .collect()
}

async fn send(app: &TestApp, staff: &StaffClient, subject: &str, body: &str, at: &str) -> String {
    let fields = [
        ("subject", subject),
        ("body", body),
        ("send_at", at),
        ("action", "send"),
    ];
    let page = staff.post(app, UPDATES, &fields).await;
    assert_eq!(page.status, 303, "{}", page.body);
    page.location.expect("redirect")
}

async fn unsubscribed_at(app: &TestApp, email: &str) -> Vec<Option<chrono::NaiveDateTime>> {
    let email = email.to_owned();
    app.db
        .read(move |c| {
            Ok(signatures::table
                .filter(signatures::email.eq(email))
                .select(signatures::unsubscribed_at)
                .load(c)?)
        })
        .await
        .unwrap()
}

/// (recipient, subject, next attempt, unsubscribe url) of every unsent email of updates.
async fn queued_updates(app: &TestApp) -> Vec<(String, String, Option<String>)> {
    app.db
        .read(|c| {
            Ok(outbox::table
                .filter(outbox::update_id.is_not_null())
                .filter(outbox::sent_at.is_null())
                .order(outbox::id)
                .select((outbox::recipient, outbox::subject, outbox::unsubscribe_url))
                .load(c)?)
        })
        .await
        .unwrap()
}

/// Makes every queued update email due now (time passing, for scheduled updates).
async fn make_due(app: &TestApp) {
    let now = Utc::now().naive_utc() - TimeDelta::seconds(1);
    app.db
        .write(move |c| {
            diesel::update(outbox::table.filter(outbox::update_id.is_not_null()))
                .set(outbox::next_attempt_at.eq(now))
                .execute(c)?;
            diesel::update(campaign_updates::table)
                .set(campaign_updates::published_at.eq(now))
                .execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
}

fn in_an_hour() -> String {
    (Utc::now() + TimeDelta::hours(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

#[tokio::test]
async fn an_update_reaches_opted_in_signers_once_over_smtp_with_one_click_unsubscribe() {
    let (inbox, smtp_url) = Inbox::start();
    let app = app_with(Some(smtp_url)).await;
    // Ada and Dan opted in and confirm (Dan signs twice); Bob did not opt in; Cy never
    // confirms.
    for (name, email, updates) in [
        ("Ada Lovelace", "ada@example.org", true),
        ("Bob Brown", "bob@example.org", false),
        ("Cy Young", "cy@example.org", true),
        ("Dan Day", "dan@example.org", true),
    ] {
        sign(&app, name, email, updates).await;
        let confirmation = inbox.wait_for(|e| e.to == email).await;
        if email != "cy@example.org" {
            confirm(&app, &confirmation).await;
        }
    }
    sign(&app, "Dan Day", "Dan@Example.org", true).await;
    assert_eq!(app.wait_for_count(SLUG, 3).await, 3);

    let staff = staff_client(&app, "organiser@example.org", Role::Organiser).await;
    let subject = "We delivered the letter";
    let body = "Thank you all. We handed it in **today**.";
    let review = staff
        .post(
            &app,
            UPDATES,
            &[
                ("subject", subject),
                ("body", body),
                ("send_at", ""),
                ("action", "review"),
            ],
        )
        .await;
    assert_eq!(review.status, 200);
    assert!(review.body.contains("2 people"), "{}", review.body);
    assert!(
        queued_updates(&app).await.is_empty(),
        "nothing sent before confirming"
    );
    let location = send(&app, &staff, subject, body, "").await;
    assert!(location.ends_with("?sent=2"), "{location}");

    let raw = wait_delivered(&inbox, "ada@example.org", subject).await;
    wait_delivered(&inbox, "dan@example.org", subject).await;
    let list = header(&raw, "list-unsubscribe").expect("List-Unsubscribe");
    assert_eq!(
        header(&raw, "list-unsubscribe-post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    let url = list
        .strip_prefix('<')
        .and_then(|l| l.strip_suffix('>'))
        .expect("<url>");
    let path = url.strip_prefix(&app.address).expect("our address");
    assert!(path.starts_with("/unsubscribe/"), "{path}");
    let ada = Email::parse(&raw);
    assert!(ada.text.contains(url), "visible link in text");
    assert!(ada.html.contains(url), "visible link in HTML");
    assert!(ada.html.contains("<strong>today</strong>"));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut got = count_delivered(&inbox, subject);
    got.sort();
    assert_eq!(
        got,
        ["ada@example.org", "dan@example.org"],
        "each once, only opted-in and confirmed"
    );

    // Opening the link changes nothing; the one-click POST unsubscribes at once.
    let page = app.get(path).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Unsubscribe from updates"));
    assert_eq!(unsubscribed_at(&app, "ada@example.org").await, [None]);
    let one_click = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), 200);
    assert!(one_click
        .text()
        .await
        .unwrap()
        .contains("Your signature stays and still counts"));
    assert!(unsubscribed_at(&app, "ada@example.org").await[0].is_some());
    assert_eq!(app.wait_for_count(SLUG, 3).await, 3, "still counted");

    let second = "The minister replied";
    let location = send(&app, &staff, second, "She will meet us.", "").await;
    assert!(location.ends_with("?sent=1"), "{location}");
    wait_delivered(&inbox, "dan@example.org", second).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(count_delivered(&inbox, second), ["dan@example.org"]);

    // The timeline, newest first, on the page and in the JSON.
    tokio::time::sleep(Duration::from_millis(150)).await;
    let page = app.get(&format!("/campaigns/{SLUG}")).await;
    let html = page.html();
    let articles = scraper::Selector::parse("section.updates ol li article").unwrap();
    let titles: Vec<String> = html
        .select(&articles)
        .map(|a| {
            let h = scraper::Selector::parse("h3").unwrap();
            a.select(&h).next().unwrap().text().collect()
        })
        .collect();
    assert_eq!(titles, [second, subject]);
    assert!(page.attr_of("section.updates time", "datetime").is_some());
    let json: serde_json::Value = app
        .client
        .get(app.url(&format!("/campaigns/{SLUG}.json")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(json["updates"][0]["subject"], second);
    assert_eq!(json["updates"][1]["body_markdown"], body);

    let log = app
        .db
        .read(|c| audit::list(c, &AuditFilter::default(), 50))
        .await
        .unwrap();
    let sends = log.iter().filter(|r| r.action == "update.send").count();
    assert_eq!(sends, 2);
}

#[tokio::test]
async fn an_unsubscribe_is_honoured_for_updates_already_queued() {
    let app = app_with(None).await;
    for email in ["eve@example.org", "fay@example.org"] {
        sign(&app, "Some One", email, true).await;
        confirm(&app, &app.wait_for_emails_to(email, 1).await[0]).await;
    }
    // Only counted signatures are sent updates: wait for both to be counted.
    assert_eq!(app.wait_for_count(SLUG, 2).await, 2);
    let staff = staff_client(&app, "organiser@example.org", Role::Organiser).await;
    send(&app, &staff, "Later news", "Soon.", &in_an_hour()).await;
    let queued = queued_updates(&app).await;
    assert_eq!(queued.len(), 2);
    let (_, _, url) = queued
        .iter()
        .find(|(to, ..)| to == "eve@example.org")
        .unwrap();
    let path = url.as_deref().unwrap().strip_prefix(&app.address).unwrap();
    assert_eq!(app.post_form(path, &[]).await.status, 200);

    make_due(&app).await;
    let fay = app.wait_for_emails_to("fay@example.org", 2).await;
    assert_eq!(fay[1].subject, "Later news");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        app.wait_for_emails_to("eve@example.org", 2).await.len(),
        1,
        "only her confirmation"
    );
    assert!(queued_updates(&app).await.is_empty());
}

#[tokio::test]
async fn an_update_edited_before_it_goes_replaces_the_queued_one() {
    let app = app_with(None).await;
    for email in ["gil@example.org", "hal@example.org"] {
        sign(&app, "Some One", email, true).await;
        confirm(&app, &app.wait_for_emails_to(email, 1).await[0]).await;
    }
    // Only counted signatures are sent updates: wait for both to be counted.
    assert_eq!(app.wait_for_count(SLUG, 2).await, 2);
    let staff = staff_client(&app, "organiser@example.org", Role::Organiser).await;
    send(
        &app,
        &staff,
        "Draft wording",
        "Frist version.",
        &in_an_hour(),
    )
    .await;
    assert!(
        app.get(&format!("/campaigns/{SLUG}"))
            .await
            .text_of("section.updates")
            .is_none(),
        "not on the page before it goes"
    );
    let id: i64 = app
        .db
        .read(|c| {
            Ok(campaign_updates::table
                .select(campaign_updates::id)
                .first(c)?)
        })
        .await
        .unwrap();
    let edit = staff.get(&app, &format!("{UPDATES}/{id}/edit")).await;
    assert_eq!(edit.status, 200);
    assert_eq!(
        edit.text_of("textarea#body").as_deref(),
        Some("Frist version.")
    );

    let saved = staff
        .post(
            &app,
            &format!("{UPDATES}/{id}"),
            &[
                ("subject", "Final wording"),
                ("body", "First version."),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(saved.status, 200);
    assert!(
        saved
            .body
            .contains("2 waiting emails now carry the new words"),
        "{}",
        saved.body
    );
    let queued = queued_updates(&app).await;
    assert_eq!(queued.len(), 2);
    assert!(queued
        .iter()
        .all(|(_, subject, _)| subject == "Final wording"));

    make_due(&app).await;
    for to in ["gil@example.org", "hal@example.org"] {
        let mail = app.wait_for_emails_to(to, 2).await;
        assert_eq!(mail.len(), 2);
        assert_eq!(mail[1].subject, "Final wording");
        assert!(mail[1].text.contains("First version."));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        app.wait_for_emails(0).await.len(),
        4,
        "nobody got both versions"
    );
    let log = app
        .db
        .read(|c| audit::list(c, &AuditFilter::default(), 50))
        .await
        .unwrap();
    assert!(log.iter().any(|r| r.action == "update.edit"));
}

#[tokio::test]
async fn a_wrong_update_is_shown_again_with_its_values_and_a_preview_reaches_only_the_organiser() {
    let app = app_with(None).await;
    sign(&app, "Ivy Ink", "ivy@example.org", true).await;
    confirm(&app, &app.wait_for_emails_to("ivy@example.org", 1).await[0]).await;
    let staff = staff_client(&app, "organiser@example.org", Role::Organiser).await;

    let long = "S".repeat(151);
    let body = "Kept <b>as typed</b>";
    for action in ["review", "send", "preview"] {
        let page = staff
            .post(
                &app,
                UPDATES,
                &[
                    ("subject", &long),
                    ("body", body),
                    ("send_at", "soon"),
                    ("action", action),
                ],
            )
            .await;
        assert_eq!(page.status, 422);
        assert_eq!(
            page.attr_of("input#subject", "value").as_deref(),
            Some(long.as_str())
        );
        assert_eq!(page.text_of("textarea#body").as_deref(), Some(body));
        assert!(page
            .text_of("#subject-error")
            .unwrap()
            .contains("150 characters"));
        assert!(page.text_of("#send_at-error").is_some());
    }
    let empty = staff
        .post(
            &app,
            UPDATES,
            &[("subject", "Fine"), ("body", "  "), ("action", "send")],
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty
        .text_of("#body-error")
        .unwrap()
        .contains("Write the update"));
    let too_long = staff
        .post(
            &app,
            UPDATES,
            &[
                ("subject", "Fine"),
                ("body", &"b".repeat(6001)),
                ("action", "send"),
            ],
        )
        .await;
    assert_eq!(too_long.status, 422);
    assert!(too_long.text_of("#body-error").unwrap().contains("6,000"));

    let preview = staff
        .post(
            &app,
            UPDATES,
            &[
                ("subject", "Look at this"),
                ("body", "Draft *news*"),
                ("action", "preview"),
            ],
        )
        .await;
    assert_eq!(preview.status, 200);
    assert!(preview
        .body
        .contains("Preview sent to organiser@example.org"));
    assert_eq!(
        preview.attr_of("input#subject", "value").as_deref(),
        Some("Look at this")
    );
    let mine = app.wait_for_emails_to("organiser@example.org", 1).await;
    assert_eq!(mine[0].subject, "Preview: Look at this");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.wait_for_emails_to("ivy@example.org", 2).await.len(), 1);
    let stored: i64 = app
        .db
        .read(|c| Ok(campaign_updates::table.count().get_result(c)?))
        .await
        .unwrap();
    assert_eq!(stored, 0, "nothing stored or sent to supporters");

    // A supporter's session-less request cannot reach the staff pages.
    assert_ne!(app.get(UPDATES).await.status, 200);
}

#[tokio::test]
async fn an_unknown_unsubscribe_link_is_a_404_and_changes_nothing() {
    let app = app_with(None).await;
    let made_up = "A".repeat(43);
    for path in [
        format!("/unsubscribe/{made_up}"),
        "/unsubscribe/short".to_owned(),
    ] {
        assert_eq!(app.get(&path).await.status, 404);
        assert_eq!(app.post_form(&path, &[]).await.status, 404);
    }
}

#[tokio::test]
async fn the_cli_sends_a_preview_or_the_update_with_the_same_checks() {
    let app = app_with(None).await;
    sign(&app, "Jo Jay", "jo@example.org", true).await;
    confirm(&app, &app.wait_for_emails_to("jo@example.org", 1).await[0]).await;
    let file = app.data_dir.path().join("update.md");
    std::fs::write(&file, "From the *terminal*.").unwrap();
    let file = file.to_string_lossy().into_owned();
    let base = ["updates", "send", "--campaign", SLUG, "--body-file", &file];

    let run = |extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        app.run_cli(&args)
    };
    let out = run(&["--subject", &"x".repeat(151)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("150 characters"));

    let out = run(&["--subject", "CLI news", "--preview-to", "me@example.org"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let preview = app.wait_for_emails_to("me@example.org", 1).await;
    assert_eq!(preview[0].subject, "Preview: CLI news");
    assert!(queued_updates(&app).await.is_empty());

    let out = run(&["--subject", "CLI news"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("queued for 1 supporters"));
    let jo = app.wait_for_emails_to("jo@example.org", 2).await;
    assert_eq!(jo[1].subject, "CLI news");
    assert!(jo[1].text.contains("/unsubscribe/"));

    let out = app.run_cli(&[
        "updates",
        "send",
        "--campaign",
        "no-such",
        "--subject",
        "x",
        "--body-file",
        &file,
    ]);
    assert!(!out.status.success());
}

/// Queueing an update to 100,000 opted-in supporters, timed (run with `--ignored
/// --nocapture`; the figure is in docs/updates.md). No server runs, so nothing is sent.
#[test]
#[ignore = "a measurement: 100,000 signatures"]
fn queueing_an_update_to_100000_supporters_takes_seconds() {
    use missive::campaigns::updates::{self, Actor, Context};
    use missive::db::models::campaign;
    use missive::forms::update::Draft;

    const N: usize = 100_000;
    let dir = tempfile::tempdir().unwrap();
    let (url, postgres) = support::fresh_database(dir.path());
    let settings = support::settings(dir.path().to_path_buf(), url);
    let db = missive::plumbing::shipped::prepare_database(&settings).unwrap();
    let found = campaign::find_by_slug(&mut db.get().unwrap(), SLUG).unwrap();
    let campaign = found.unwrap();
    let now = Utc::now().naive_utc();
    let stamp = now.format("%Y-%m-%d %H:%M:%S");
    let started = Instant::now();
    for chunk in (0..N).collect::<Vec<_>>().chunks(5000) {
        let values: Vec<String> = chunk
            .iter()
            .map(|i| {
                format!(
                    "({id}, 'Supporter {i}', 's{i}@example.org', 's{i}@example.org', 'GB', TRUE, \
                     '{stamp}', '{stamp}', TRUE)",
                    id = campaign.id
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO signatures (campaign_id, full_name, email, email_canonical, \
             country_code, wants_updates, created_at, confirmed_at, counted) VALUES {}",
            values.join(", ")
        );
        db.write_blocking(|c| Ok(diesel::sql_query(&sql).execute(c)?))
            .unwrap();
    }
    eprintln!("{N} signatures inserted in {:?}", started.elapsed());
    let body = "We handed in the letter today. ".repeat(40);
    let draft = Draft::parse("We delivered the letter", &body).unwrap();
    let at = Context {
        campaign: &campaign,
        base_url: "https://missive.example.org",
    };
    let actor = Actor {
        id: None,
        email: "cli".to_owned(),
    };
    let started = Instant::now();
    let published = updates::publish(&db, &at, &draft, &actor, now, now).unwrap();
    let took = started.elapsed();
    eprintln!(
        "queued an update ({} characters) to {} supporters in {took:?} ({:?})",
        body.len(),
        published.queued,
        db.backend()
    );
    assert_eq!(published.queued, N);
    let queued: i64 = db
        .write_blocking(|c| {
            Ok(outbox::table
                .filter(outbox::update_id.eq(published.id))
                .count()
                .get_result(c)?)
        })
        .unwrap();
    assert_eq!(queued, N as i64);
    drop(db);
    if let Some((admin, name)) = postgres {
        use diesel::connection::SimpleConnection;
        let mut conn = diesel::PgConnection::establish(&admin).unwrap();
        let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    }
    assert!(took < Duration::from_secs(60), "{took:?}");
}
