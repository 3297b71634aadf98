//! Taking one's data back, over HTTP: a signer withdraws their signature from their private
//! link (the count drops; they can sign again), a writer deletes a draft, a letter waiting
//! for moderation and a letter already sent; and a form cannot be used to mail-bomb
//! somebody with new-draft links.

mod support;

use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use missive::db::models::outbox;
use missive::db::schema::{campaigns, confirmation_tokens, deliveries, letters, signatures};
use support::letters::{confirm_writer, holborn, ADDRESS};
use support::{spawn_app_with, TestApp};

const SLUG: &str = "british-values";
const WRITE: &str = "/campaigns/british-values/letters";

const PERSONAL: &str = "I teach chemistry in Kentish Town and two of my former pupils now \
work in Almaty. They tell me that journalists there are followed home and that the unions \
are not free. I would like our trade with Kazakhstan to come with clear conditions on the \
release of political prisoners, and I would like you to say so in public.";

/// Every signer counts from loopback (no rate limit), so counts move with each confirmation.
async fn app() -> TestApp {
    spawn_app_with(|settings| settings.sign_allow = vec!["127.0.0.1".parse().unwrap()]).await
}

/// Signs, confirms through the emailed link, and returns the link.
async fn sign_and_confirm(app: &TestApp, name: &str, email: &str) -> String {
    assert_eq!(app.sign(SLUG, name, email, "SW1A 1AA").await.status, 303);
    let link = app.wait_for_emails_to(email, 1).await[0].confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    link
}

async fn signature_count_for(app: &TestApp, email: &'static str) -> i64 {
    app.db
        .read(move |conn| {
            Ok(signatures::table
                .filter(signatures::email.eq(email))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap()
}

/// Waits until the outbox has nothing left to send.
async fn wait_for_outbox(app: &TestApp) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.db.read(outbox::pending_count).await.unwrap() > 0 {
        assert!(Instant::now() < deadline, "the outbox never emptied");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn emails_addressed_to(app: &TestApp, address: &'static str) -> i64 {
    app.db
        .read(move |conn| {
            use missive::db::schema::outbox;
            Ok(outbox::table
                .filter(outbox::recipient.eq(address))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_signer_withdraws_from_their_link_and_can_sign_again() {
    let app = app().await;
    sign_and_confirm(&app, "Bea Keeps", "bea@example.org").await;
    let link = sign_and_confirm(&app, "Ann Leaves", "ann.leaves@example.org").await;
    assert_eq!(app.wait_for_count(SLUG, 2).await, 2);

    // The confirmation link, opened again, is the signer's page and offers to withdraw.
    let again = app.get(&link).await;
    assert_eq!(again.status, 200);
    let withdraw = format!("{link}/withdraw");
    assert_eq!(
        again
            .attr_of(&format!("a[href='{withdraw}']"), "href")
            .as_deref(),
        Some(withdraw.as_str())
    );
    // Asking changes nothing: only the button does.
    let ask = app.get(&withdraw).await;
    assert_eq!(ask.status, 200);
    assert_eq!(ask.attr_of("form", "method").as_deref(), Some("post"));
    assert_eq!(
        ask.attr_of("form", "action").as_deref(),
        Some(withdraw.as_str())
    );
    assert!(ask.body.contains("delete your name, email address"));
    assert_eq!(signature_count_for(&app, "ann.leaves@example.org").await, 1);

    wait_for_outbox(&app).await;
    let ann = ["ann.leaves@example.org", "Ann Leaves"];
    let scrubbed = support::files::before_erasure(&app, &ann).await;
    let done = app.post_form(&withdraw, &[]).await;
    assert_eq!(done.status, 303);
    support::files::assert_scrubbed(&app, &scrubbed, &ann).await;
    let answer = done.location.unwrap();
    assert_eq!(answer, "/campaigns/british-values/withdrawn");
    let page = app.get(&answer).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Your signature has been withdrawn"));
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1);

    // Nothing of Ann is left: no signature, no link, no record of the emails she was sent.
    assert_eq!(signature_count_for(&app, "ann.leaves@example.org").await, 0);
    assert_eq!(emails_addressed_to(&app, "ann.leaves@example.org").await, 0);
    let tokens: i64 = app
        .db
        .read(|conn| Ok(confirmation_tokens::table.count().get_result(conn)?))
        .await
        .unwrap();
    assert_eq!(tokens, 1, "only Bea's link is left");
    assert_eq!(app.get(&link).await.status, 404);
    assert_eq!(app.post_form(&withdraw, &[]).await.status, 404);

    // She may sign again, as a new signer: a fresh confirmation, and she counts again.
    assert_eq!(
        app.sign(SLUG, "Ann Leaves", "ann.leaves@example.org", "SW1A 1AA")
            .await
            .status,
        303
    );
    let fresh = app.wait_for_emails_to("ann.leaves@example.org", 2).await;
    let relink = fresh[1].confirmation_path();
    assert_ne!(relink, link);
    assert_eq!(app.post_form(&relink, &[]).await.status, 303);
    assert_eq!(app.wait_for_count(SLUG, 2).await, 2);

    // An unconfirmed signature can be withdrawn too (someone signed with your address).
    assert_eq!(
        app.sign(SLUG, "Not Me", "not.me@example.org", "SW1A 1AA")
            .await
            .status,
        303
    );
    let pending = app.wait_for_emails_to("not.me@example.org", 1).await[0].confirmation_path();
    let prompt = app.get(&pending).await;
    assert!(prompt
        .attr_of(&format!("a[href='{pending}/withdraw']"), "href")
        .is_some());
    assert_eq!(
        app.post_form(&format!("{pending}/withdraw"), &[])
            .await
            .status,
        303
    );
    assert_eq!(signature_count_for(&app, "not.me@example.org").await, 0);

    // Once the campaign closes its final count stands: the page explains, nothing changes.
    let closed = Utc::now().naive_utc() - chrono::TimeDelta::days(1);
    app.db
        .write(move |conn| {
            diesel::update(campaigns::table.filter(campaigns::slug.eq(SLUG)))
                .set(campaigns::closes_at.eq(closed))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let refused = app.post_form(&format!("{relink}/withdraw"), &[]).await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("This campaign has closed"));
    assert!(refused.body.contains("final count stands"));
    assert_eq!(signature_count_for(&app, "ann.leaves@example.org").await, 1);
    assert_eq!(app.wait_for_count(SLUG, 2).await, 2);
}

fn letter_fields<'a>(
    name: &'a str,
    email: &'a str,
    body: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", body),
        ("website", ""),
        ("action", action),
    ];
    fields.extend(ADDRESS);
    fields
}

/// A letter's status, writer's name and email, words, postcode and whether it is published.
type LetterRow = (String, String, String, String, Option<String>, bool);

/// Starts a letter with `action` (save or submit) and returns its private path.
async fn new_letter(app: &TestApp, name: &str, email: &str, action: &str) -> String {
    let saved = app
        .post_form(WRITE, &letter_fields(name, email, PERSONAL, action))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    saved
        .location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

async fn letters_from(app: &TestApp, email: &'static str) -> i64 {
    app.db
        .read(move |conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq(email))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap()
}

/// Deletes the letter at `path` through its pages; returns where the answer was.
async fn delete(app: &TestApp, path: &str, asks: &str) -> String {
    let own = app.get(path).await;
    let delete = format!("{path}/delete");
    assert!(
        own.attr_of(&format!("a[href='{delete}']"), "href")
            .is_some(),
        "{path} links to its delete page"
    );
    let ask = app.get(&delete).await;
    assert_eq!(ask.status, 200);
    assert!(ask.body.contains(asks), "{}", ask.body);
    assert_eq!(
        ask.attr_of("form", "action").as_deref(),
        Some(delete.as_str())
    );
    let done = app.post_form(&delete, &[]).await;
    assert_eq!(done.status, 303);
    assert_eq!(app.get(path).await.status, 404, "the link stops working");
    done.location.unwrap()
}

#[tokio::test]
async fn a_writer_deletes_a_draft_a_waiting_letter_and_a_sent_one() {
    let app = app().await;
    holborn(&app).await;

    let draft = new_letter(&app, "Dee Draft", "dee@example.org", "save").await;
    wait_for_outbox(&app).await;
    let dee = [
        "Dee Draft",
        "dee@example.org",
        "former pupils now work in Almaty",
    ];
    let scrubbed = support::files::before_erasure(&app, &dee).await;
    let answer = delete(&app, &draft, "Delete this draft?").await;
    support::files::assert_scrubbed(&app, &scrubbed, &dee).await;
    assert_eq!(answer, "/campaigns/british-values/letter-deleted");
    let page = app.get(&answer).await;
    assert!(page.body.contains("It is gone for good"));
    assert_eq!(letters_from(&app, "dee@example.org").await, 0);

    let waiting = new_letter(&app, "Wes Waiting", "wes@example.org", "submit").await;
    let answer = delete(&app, &waiting, "Nothing has been sent or published").await;
    assert_eq!(answer, "/campaigns/british-values/letter-deleted");
    assert_eq!(letters_from(&app, "wes@example.org").await, 0);
    // Submitting also signed; the signature is not the letter, and stays.
    assert_eq!(signature_count_for(&app, "wes@example.org").await, 1);

    // Approved: the email to the MP goes; the two ministers' copies wait to be printed.
    let sent = new_letter(&app, "Sam Sent", "sam@example.org", "submit").await;
    confirm_writer(&app, "sam@example.org").await;
    let id: i64 = app
        .db
        .read(|conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq("sam@example.org"))
                .select(letters::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    let approved = app.run_cli(&["letters", "approve", &id.to_string()]);
    assert!(approved.status.success());
    let _ = app.get("/health").await;
    assert_eq!(
        app.wait_for_emails_to("jane.member@parliament.example", 1)
            .await
            .len(),
        1
    );
    wait_for_outbox(&app).await;
    let answer = delete(&app, &sent, "cannot be unsent").await;
    assert_eq!(answer, "/campaigns/british-values/letter-deleted?sent=yes");
    assert!(app
        .get(&answer)
        .await
        .body
        .contains("stay with the officials who received them"));

    // What went is still counted; the copies never printed are cancelled; nothing names Sam.
    let (row, kept): (LetterRow, Vec<String>) = app
        .db
        .read(move |conn| {
            let row = letters::table
                .find(id)
                .select((
                    letters::status,
                    letters::writer_name,
                    letters::writer_email,
                    letters::body,
                    letters::postcode,
                    letters::publish,
                ))
                .first(conn)?;
            let kept = deliveries::table
                .filter(deliveries::letter_id.eq(id))
                .select(deliveries::status)
                .load(conn)?;
            Ok((row, kept))
        })
        .await
        .unwrap();
    assert_eq!(
        row,
        (
            "withdrawn".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            None,
            false
        )
    );
    assert_eq!(kept, ["sent"]);
    // The letter's own emails are emptied; Sam's signature stays, and so does its email.
    let to_sam: Vec<String> = app
        .db
        .read(|conn| {
            use missive::db::schema::outbox;
            Ok(outbox::table
                .filter(outbox::recipient.eq("sam@example.org"))
                .select(outbox::subject)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(to_sam.len(), 1, "{to_sam:?}");
    assert!(to_sam[0].starts_with("Please confirm your signature"));
    let replies: i64 = app
        .db
        .read(|conn| {
            use missive::db::schema::outbox;
            Ok(outbox::table
                .filter(outbox::reply_to.eq("sam@example.org"))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(replies, 0, "the email to the MP no longer names Sam");
}

#[tokio::test]
async fn new_letters_over_the_limit_are_saved_but_their_links_not_emailed() {
    let app = spawn_app_with(|settings| settings.draft_emails = "2/3600".parse().unwrap()).await;
    for (name, email) in [("One", "one@example.org"), ("Two", "two@example.org")] {
        let saved = app
            .post_form(WRITE, &letter_fields(name, email, PERSONAL, "save"))
            .await;
        assert!(saved.location.unwrap().ends_with("?notice=saved"));
    }
    let third = app
        .post_form(
            WRITE,
            &letter_fields("Three", "victim@example.org", PERSONAL, "save"),
        )
        .await;
    let location = third.location.unwrap();
    assert!(
        location.ends_with("?notice=saved-not-emailed"),
        "{location}"
    );
    let page = app.get(&location).await;
    assert_eq!(page.status, 200);
    assert!(page
        .text_of("[role=status]")
        .unwrap()
        .contains("We have not emailed you a link this time"));
    // Saved all the same, and the page is the private link.
    assert_eq!(letters_from(&app, "victim@example.org").await, 1);
    assert_eq!(emails_addressed_to(&app, "victim@example.org").await, 0);
    assert_eq!(emails_addressed_to(&app, "two@example.org").await, 1);

    // Submitting straight away is held back the same way (the signing email has its own
    // limit, at most three per signature).
    let submitted = app
        .post_form(
            WRITE,
            &letter_fields("Three", "victim@example.org", PERSONAL, "submit"),
        )
        .await;
    assert!(submitted
        .location
        .unwrap()
        .ends_with("?notice=submitted-not-emailed"));
    wait_for_outbox(&app).await;
    let to_victim = app.wait_for_emails_to("victim@example.org", 1).await;
    assert_eq!(to_victim.len(), 1);
    assert!(to_victim[0].link_path("/signatures/confirm/").is_some());
}
