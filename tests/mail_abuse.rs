//! Missive cannot be turned against inboxes: +tags do not multiply what one mailbox gets, a
//! flood of suspect signatures is emailed slowly, mail to an unconfirmed address carries
//! nothing the sender typed, a held draft stays held when submitted, a stranger cannot
//! use up the owner's links for good, deleting a letter erases only its own emails, a
//! subject is sent as typed, IPv6 signers are limited by their /64, and the sign form's
//! answer takes as long whether the address has signed or not.

mod support;

use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use diesel::prelude::*;
use missive::db::models::outbox;
use missive::db::schema::{confirmation_tokens, signatures};
use support::letters::{holborn, ADDRESS};
use support::{spawn_app_with, Email, TestApp};

const SLUG: &str = "british-values";
const SIGN: &str = "/campaigns/british-values/signatures";
const WRITE: &str = "/campaigns/british-values/letters";

const PERSONAL: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Even so, I do not think our trade should come at the price of looking away from \
jailed lawyers and poets. When I visited, people told me quietly that they were afraid of \
their own police. Please raise the Zhanaozen shootings with the Kazakh government.";

/// Waits until the outbox has nothing left to send.
async fn wait_for_outbox(app: &TestApp) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while app.db.read(outbox::pending_count).await.unwrap() > 0 {
        assert!(Instant::now() < deadline, "the outbox never emptied");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every email written so far.
async fn all_emails(app: &TestApp) -> Vec<Email> {
    app.wait_for_emails(0).await
}

fn letter_fields<'a>(
    name: &'a str,
    email: &'a str,
    subject: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", subject),
        ("body", PERSONAL),
        ("website", ""),
        ("action", action),
        ADDRESS[0],
        ADDRESS[1],
    ]
}

/// Starts a letter and returns its private path and the notice it was answered with.
async fn new_letter(app: &TestApp, email: &str, subject: &str, action: &str) -> (String, String) {
    let saved = app
        .post_form(
            WRITE,
            &letter_fields("Ada Lovelace", email, subject, action),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let location = saved.location.unwrap();
    let (path, notice) = location.split_once('?').unwrap();
    (path.to_owned(), notice.to_owned())
}

#[tokio::test]
async fn plus_tags_do_not_multiply_what_one_mailbox_receives() {
    let app = spawn_app_with(|s| s.mailbox_emails = "3/86400".parse().unwrap()).await;
    for n in 0..8 {
        let address = format!("target+{n}@example.org");
        let signed = app.sign(SLUG, "Ada Lovelace", &address, "SW1A 1AA").await;
        // The visitor sees the same answer whatever was sent.
        assert_eq!(signed.status, 303);
        assert_eq!(
            signed.location.as_deref(),
            Some("/campaigns/british-values/signed")
        );
    }
    wait_for_outbox(&app).await;
    let to_target = all_emails(&app)
        .await
        .into_iter()
        .filter(|e| e.to.starts_with("target+"))
        .count();
    assert_eq!(to_target, 3, "one mailbox got {to_target} emails");
    // Signatures are still recorded one per address as typed (who signed is unchanged).
    let stored: i64 = app
        .db
        .read(|conn| Ok(signatures::table.count().get_result(conn)?))
        .await
        .unwrap();
    assert_eq!(stored, 8);
}

#[tokio::test]
async fn a_flood_of_suspect_signatures_is_emailed_at_a_bounded_pace() {
    let app = spawn_app_with(|s| s.slow_mail_interval_ms = 500).await;
    let started = Instant::now();
    for n in 0..8 {
        let signed = app
            .sign(
                SLUG,
                "Ada Lovelace",
                &format!("flood{n}@example.org"),
                "SW1A 1AA",
            )
            .await;
        assert_eq!(signed.status, 303);
    }
    // The first is within the limit and goes at once; the seven suspects follow one per
    // half second (the first of them at once), so by any moment at most two plus one per
    // half second since the flood began can have gone.
    let first = app.wait_for_emails(1).await;
    assert_eq!(first[0].to, "flood0@example.org");
    tokio::time::sleep(Duration::from_millis(900).saturating_sub(started.elapsed())).await;
    let early = all_emails(&app).await.len();
    let elapsed = started.elapsed().as_millis();
    let bound = 2 + elapsed / 500;
    assert!(
        (early as u128) <= bound,
        "{early} emails {elapsed} ms after the flood began"
    );
    // Each real person still gets their link, within seconds here.
    let all = app.wait_for_emails(8).await;
    assert_eq!(all.len(), 8);
    let slow: i64 = app
        .db
        .read(|conn| {
            use missive::db::schema::outbox;
            Ok(outbox::table
                .filter(outbox::slow)
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(slow, 7);
}

#[tokio::test]
async fn mail_to_an_unconfirmed_address_carries_no_text_the_signer_typed() {
    let app = spawn_app_with(|_| {}).await;
    let bait = "Dear customer, your parcel is held: pay at https://evil.example/pay";
    assert_eq!(
        app.sign(SLUG, bait, "stranger@example.org", "SW1A 1AA")
            .await
            .status,
        303
    );
    let (_, notice) = new_letter(&app, "other@example.org", "Pay at evil.example", "save").await;
    assert_eq!(notice, "notice=saved");
    wait_for_outbox(&app).await;
    let emails = all_emails(&app).await;
    assert_eq!(emails.len(), 2);
    for email in &emails {
        for part in [&email.subject, &email.text, &email.html] {
            assert!(!part.contains("parcel"), "{part}");
            assert!(!part.contains("evil.example"), "{part}");
        }
    }
    assert!(emails[0].text.starts_with("Hello,"));
}

#[tokio::test]
async fn submitting_a_draft_held_past_the_draft_limit_emails_no_letter_link() {
    let app = spawn_app_with(|s| s.draft_emails = "1/3600".parse().unwrap()).await;
    let (_, notice) = new_letter(&app, "one@example.org", "Trade", "save").await;
    assert_eq!(notice, "notice=saved");
    let (held, notice) = new_letter(&app, "victim@example.org", "Trade", "save").await;
    assert_eq!(notice, "notice=saved-not-emailed");

    let submitted = app
        .post_form(
            &held,
            &letter_fields("Ada Lovelace", "victim@example.org", "Trade", "submit"),
        )
        .await;
    assert_eq!(submitted.status, 303);
    assert!(submitted
        .location
        .unwrap()
        .ends_with("?notice=submitted-not-emailed"));
    wait_for_outbox(&app).await;
    let to_victim: Vec<Email> = all_emails(&app)
        .await
        .into_iter()
        .filter(|e| e.to == "victim@example.org")
        .collect();
    assert!(
        to_victim.iter().all(|e| e.link_path("/letters/").is_none()),
        "the victim was emailed a letter link: {:?}",
        to_victim.iter().map(|e| &e.subject).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_stranger_cannot_use_up_the_owners_links_for_good() {
    let app = spawn_app_with(|_| {}).await;
    // A stranger signs three times with alice's address: that is her three emails.
    for _ in 0..4 {
        assert_eq!(
            app.sign(SLUG, "Mallory", "alice@example.org", "SW1A 1AA")
                .await
                .status,
            303
        );
    }
    wait_for_outbox(&app).await;
    assert_eq!(all_emails(&app).await.len(), 3);

    // A day on, the links have expired and the window has passed.
    app.db
        .write(|conn| {
            let day_ago = Utc::now().naive_utc() - TimeDelta::hours(25);
            diesel::update(signatures::table)
                .set((
                    signatures::created_at.eq(day_ago),
                    signatures::emails_since.eq(Some(day_ago)),
                ))
                .execute(conn)?;
            diesel::update(confirmation_tokens::table)
                .set(confirmation_tokens::expires_at.eq(day_ago))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();

    // Alice signs herself and gets a link that works.
    assert_eq!(
        app.sign(SLUG, "Alice", "alice@example.org", "SW1A 1AA")
            .await
            .status,
        303
    );
    let emails = app.wait_for_emails(4).await;
    let link = emails[3].confirmation_path();
    let confirmed = app.post_form(&link, &[]).await;
    assert_eq!(confirmed.status, 303);
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1);
}

#[tokio::test]
async fn deleting_a_draft_erases_only_that_letters_emails() {
    let app = spawn_app_with(|_| {}).await;
    assert_eq!(
        app.sign(SLUG, "Alice", "alice@example.org", "SW1A 1AA")
            .await
            .status,
        303
    );
    // Someone saves a draft with alice's address, then deletes it.
    let (path, _) = new_letter(&app, "alice@example.org", "Trade", "save").await;
    wait_for_outbox(&app).await;
    let deleted = app.post_form(&format!("{path}/delete"), &[]).await;
    assert_eq!(deleted.status, 303);

    let rows: Vec<(String, String)> = app
        .db
        .read(|conn| {
            use missive::db::schema::outbox;
            Ok(outbox::table
                .order(outbox::id)
                .select((outbox::recipient, outbox::subject))
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    // Alice's confirmation email is as it was; the draft's own email is emptied.
    assert_eq!(rows[0].0, "alice@example.org");
    assert!(rows[0].1.starts_with("Please confirm your signature"));
    assert_eq!(rows[1], (String::new(), String::new()));
}

#[tokio::test]
async fn a_subject_that_looks_encoded_reaches_the_official_as_typed() {
    let app = spawn_app_with(|_| {}).await;
    holborn(&app).await;
    let typed = "=?utf-8?q?Free_money?= for =?utf-8?b?U2XDoW4=?=";
    let (path, _) = new_letter(&app, "ada@example.org", typed, "save").await;
    assert_eq!(
        app.post_form(
            &path,
            &letter_fields("Ada Lovelace", "ada@example.org", typed, "submit"),
        )
        .await
        .status,
        303
    );
    let confirm = app
        .wait_for_emails_to("ada@example.org", 3)
        .await
        .iter()
        .find_map(|e| e.link_path("/signatures/confirm/"))
        .expect("a confirmation link");
    assert_eq!(app.post_form(&confirm, &[]).await.status, 303);
    let pending = app.run_cli(&["letters", "pending"]);
    let listed = String::from_utf8_lossy(&pending.stdout).to_string();
    let id = listed.split('\t').next().unwrap().trim().to_owned();
    assert!(app.run_cli(&["letters", "approve", &id]).status.success());
    let _ = app.get("/health").await;
    let to_mp = app
        .wait_for_emails_to("jane.member@parliament.example", 1)
        .await;
    assert_eq!(to_mp.len(), 1);
    assert_eq!(to_mp[0].subject, typed);
}

#[tokio::test]
async fn ipv6_signers_are_limited_by_their_64() {
    let app = spawn_app_with(|s| s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()]).await;
    for (n, from) in ["2001:db8:1:2::1", "2001:db8:1:2:ffff::9", "2001:db8:1:3::1"]
        .into_iter()
        .enumerate()
    {
        let email = format!("v6-{n}@example.org");
        let signed = app
            .client
            .post(app.url(SIGN))
            .header("X-Forwarded-For", from)
            .form(&[
                ("full_name", "Ada Lovelace"),
                ("email", email.as_str()),
                ("postcode", "SW1A 1AA"),
                ("country", "GB"),
                ("website", ""),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(signed.status().as_u16(), 303);
    }
    let suspect: Vec<(String, bool)> = app
        .db
        .read(|conn| {
            Ok(signatures::table
                .order(signatures::id)
                .select((signatures::email, signatures::suspect))
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(
        suspect,
        [
            ("v6-0@example.org".to_owned(), false),
            ("v6-1@example.org".to_owned(), true),
            ("v6-2@example.org".to_owned(), false),
        ]
    );
}

/// The median of some durations.
fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[tokio::test]
async fn the_answer_takes_as_long_whether_the_address_has_signed_or_not() {
    let app = spawn_app_with(|s| s.sign_answer_ms = 150).await;
    let sign = |email: String| {
        let app = &app;
        async move {
            let started = Instant::now();
            let page = app.sign(SLUG, "Sam Signer", &email, "SW1A 1AA").await;
            assert_eq!(page.status, 303, "{}", page.body);
            started.elapsed()
        }
    };
    sign("known@example.org".into()).await;
    let (mut known, mut new) = (Vec::new(), Vec::new());
    for n in 0..12 {
        known.push(sign("known@example.org".into()).await);
        new.push(sign(format!("new{n}@example.org")).await);
    }
    let (known, new) = (median(known), median(new));
    assert!(
        known >= Duration::from_millis(150) && new >= Duration::from_millis(150),
        "both wait for the floor: known {known:?}, new {new:?}"
    );
    let (low, high) = (known.min(new), known.max(new));
    assert!(
        high.as_secs_f64() / low.as_secs_f64() < 1.25,
        "known {known:?} against new {new:?}"
    );
}
