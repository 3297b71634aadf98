//! A letter's way to an official: only once its writer has confirmed their email address
//! (by every path), with their postal address for an MP, and with their own words even
//! when it goes in the joint letter.

mod support;

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::models::letter::{self, LetterStatus};
use missive::db::schema::{deliveries, letters, officials};
use support::letters::*;
use support::{spawn_app, staff_client, TestApp};

const WRITE: &str = "/campaigns/british-values/letters";
const MP: &str = "jane.member@parliament.example";

const PERSONAL: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Even so, I do not think our trade should come at the price of looking away from \
jailed lawyers and poets. Please make any new trade deal depend on the release of political \
prisoners and on free trade unions.";

const NURSE: &str = "As a nurse at the Royal Free I have cared for people who fled Kazakhstan \
after the shootings, and what they told me has stayed with me every day since.";

fn fields<'a>(name: &'a str, email: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("full_name", name),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", "Trade with Kazakhstan"),
        ("body", body),
        ("website", ""),
        ("action", "submit"),
    ];
    fields.extend(ADDRESS);
    fields
}

/// Submits a new letter in one go; its private path and id.
async fn submit(app: &TestApp, fields: &[(&str, &str)]) -> (String, i64) {
    let sent = app.post_form(WRITE, fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let path = sent.location.unwrap().split('?').next().unwrap().to_owned();
    let email = fields
        .iter()
        .find(|(k, _)| *k == "email")
        .unwrap()
        .1
        .to_owned();
    let id = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq(email))
                .order(letters::id.desc())
                .select(letters::id)
                .first::<i64>(conn)?)
        })
        .await
        .unwrap();
    (path, id)
}

async fn status(app: &TestApp, id: i64) -> LetterStatus {
    app.db
        .read(move |conn| letter::find(conn, id))
        .await
        .unwrap()
        .unwrap()
        .status()
}

/// Lets the running server's sender pick up what the command line queued, then waits a
/// moment for anything that would reach the MP.
async fn settle(app: &TestApp) {
    let _ = app.get("/health").await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
}

fn cli_ok(app: &TestApp, args: &[&str]) -> String {
    let out = app.run_cli(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn an_unconfirmed_writers_letter_is_never_delivered_by_any_path() {
    let app = spawn_app().await;
    holborn(&app).await;
    let featured = featured();
    let (own_path, own) = submit(&app, &fields("Una Own", "una@example.org", PERSONAL)).await;
    let (_, copy) = submit(&app, &fields("Cal Copy", "cal@example.org", &featured)).await;
    assert_eq!(status(&app, own).await, LetterStatus::Unconfirmed);
    assert_eq!(status(&app, copy).await, LetterStatus::Unconfirmed);
    let page = app.get(&format!("{own_path}?notice=submitted")).await;
    assert!(
        page.body
            .contains("Confirm your email to send your letter to moderation"),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("confirm your address to send your letter"));
    // The draft's link, the signature's confirmation and the letter's own notice.
    let email = app.wait_for_emails_to("una@example.org", 3).await;
    assert!(email.iter().any(|e| e
        .subject
        .starts_with("Confirm your email to send your letter")));

    // Moderators see the letters wait, outside the queue, and cannot approve them.
    let moderator = staff_client(&app, "mod@example.org", Role::Admin).await;
    let queue = moderator.get(&app, "/staff/moderation").await;
    assert!(queue.body.contains("No letters are waiting for moderation"));
    assert!(queue
        .text_of("#unconfirmed")
        .unwrap()
        .contains("2 more letters wait for their writers to confirm"));
    let one = moderator
        .get(&app, &format!("/staff/moderation/{own}"))
        .await;
    assert!(one.body.contains("waiting for its writer to confirm"));
    let browser = moderator
        .post(&app, &format!("/staff/moderation/{own}/approve"), &[])
        .await;
    assert!(browser.status < 500);
    let (own_s, copy_s) = (own.to_string(), copy.to_string());
    let bulk = [
        ("ids", own_s.as_str()),
        ("ids", copy_s.as_str()),
        ("action", "approve"),
    ];
    let bulk = moderator.post(&app, "/staff/moderation/bulk", &bulk).await;
    assert!(bulk.status < 500);
    assert!(!app
        .run_cli(&["letters", "approve", &own_s])
        .status
        .success());
    assert!(!app
        .run_cli(&["letters", "approve", &copy_s])
        .status
        .success());
    assert!(cli_ok(&app, &["letters", "pending"]).contains("no letters"));
    assert_eq!(status(&app, own).await, LetterStatus::Unconfirmed);
    assert_eq!(status(&app, copy).await, LetterStatus::Unconfirmed);

    // Even a letter marked approved and published without its writer's confirmation (as
    // before this rule) is neither sent in the joint letter nor published.
    app.db
        .write(move |conn| {
            let mp: i64 = officials::table
                .filter(officials::code.eq("mp-e14001290"))
                .select(officials::id)
                .first(conn)?;
            diesel::update(letters::table.find(copy))
                .set((letters::status.eq("approved"), letters::publish.eq(true)))
                .execute(conn)?;
            diesel::insert_into(deliveries::table)
                .values((
                    deliveries::letter_id.eq(copy),
                    deliveries::official_id.eq(mp),
                    deliveries::method.eq("joint"),
                    deliveries::status.eq("bundled"),
                    deliveries::updated_at.eq(chrono::Utc::now().naive_utc()),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    assert!(cli_ok(&app, &["letters", "send-joint"]).contains("no near-copies"));
    let public = app.get("/campaigns/british-values/letters").await;
    assert!(!public.body.contains("Cal Copy") && !public.body.contains("Following the much"));
    settle(&app).await;
    assert!(app.wait_for_emails_to(MP, 0).await.is_empty());

    // Once its writer presses the confirmation button, the letter joins the queue and is
    // delivered on approval.
    confirm_writer(&app, "una@example.org").await;
    assert_eq!(status(&app, own).await, LetterStatus::Pending);
    assert!(app
        .get(&own_path)
        .await
        .body
        .contains("Waiting for a moderator"));
    let approved = moderator
        .post(&app, &format!("/staff/moderation/{own}/approve"), &[])
        .await;
    assert_eq!(approved.status, 303);
    assert_eq!(status(&app, own).await, LetterStatus::Approved);
    let to_mp = app.wait_for_emails_to(MP, 1).await;
    assert_eq!(to_mp.len(), 1);
    assert_eq!(to_mp[0].reply_to.as_deref(), Some("una@example.org"));

    confirm_writer(&app, "cal@example.org").await;
    assert!(cli_ok(&app, &["letters", "send-joint"]).contains("to Jane Member MP: 1 signers"));
    settle(&app).await;
    let to_mp = app.wait_for_emails_to(MP, 2).await;
    assert!(to_mp[1].text.contains("Cal Copy, Holborn and St Pancras"));
}

#[tokio::test]
async fn a_writer_already_confirmed_on_the_campaign_goes_straight_to_moderation() {
    let app = spawn_app().await;
    holborn(&app).await;
    app.sign(
        "british-values",
        "Ada Lovelace",
        "ada@example.org",
        "WC1H 9JE",
    )
    .await;
    confirm_writer(&app, "ada@example.org").await;
    let (path, id) = submit(&app, &fields("Ada Lovelace", "ada@example.org", PERSONAL)).await;
    assert_eq!(status(&app, id).await, LetterStatus::Pending);
    let page = app.get(&format!("{path}?notice=submitted")).await;
    assert!(
        page.body.contains("Waiting for a moderator"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Sent for moderation."));
    assert!(cli_ok(&app, &["letters", "pending"]).contains("Trade with Kazakhstan"));
    // Another address of someone who never confirmed does not ride on Ada's confirmation.
    let (_, other) = submit(&app, &fields("Ada Lovelace", "ada@example.net", PERSONAL)).await;
    assert_eq!(status(&app, other).await, LetterStatus::Unconfirmed);
}

#[tokio::test]
async fn a_letter_to_an_mp_carries_the_writers_postal_address_and_nowhere_public() {
    let app = spawn_app().await;
    holborn(&app).await;
    let mut without = fields("Ada Lovelace", "ada@example.org", PERSONAL);
    without.truncate(8);
    let refused = app.post_form(WRITE, &without).await;
    assert_eq!(refused.status, 422);
    assert!(refused
        .text_of("#address_line_1-error")
        .unwrap()
        .contains("first line of your address"));
    assert!(refused.text_of("#town-error").unwrap().contains("town"));
    assert_eq!(
        refused.attr_of("#postcode", "value").as_deref(),
        Some("WC1H 9JE")
    );
    assert_eq!(refused.text_of("textarea#body").as_deref(), Some(PERSONAL));
    assert!(refused
        .attr_of("label[for=address_line_1]", "for")
        .is_some());

    // The postcode must lie in the chosen MP's constituency.
    let mut elsewhere = fields("Ada Lovelace", "ada@example.org", PERSONAL);
    elsewhere.push(("constituency", "E14001172"));
    let refused = app.post_form(WRITE, &elsewhere).await;
    assert_eq!(refused.status, 422);
    let error = refused.text_of("#postcode-error").unwrap();
    assert!(error.contains("Holborn and St Pancras"), "{error}");
    assert_eq!(
        refused.attr_of("#address_line_1", "value").as_deref(),
        Some("1 Gordon Square")
    );

    let mut published = fields("Ada Lovelace", "ada@example.org", PERSONAL);
    published.push(("address_line_2", "Bloomsbury"));
    published.push(("publish", "yes"));
    let (path, id) = submit(&app, &published).await;
    confirm_writer(&app, "ada@example.org").await;
    cli_ok(&app, &["letters", "approve", &id.to_string()]);
    settle(&app).await;
    let to_mp = app.wait_for_emails_to(MP, 1).await;
    assert!(
        to_mp[0].text.contains(
            "Ada Lovelace\n1 Gordon Square\nBloomsbury\nLondon\nWC1H 9JE\nHolborn and St Pancras"
        ),
        "{}",
        to_mp[0].text
    );
    let page = app.get(&path).await;
    let print = page
        .attr_of("table.deliveries a[href*='/print/']", "href")
        .unwrap();
    let printable = app.get(&print).await;
    assert!(printable
        .text_of("address.from")
        .unwrap()
        .contains("1 Gordon Square"));
    assert!(printable
        .text_of("address.from")
        .unwrap()
        .contains("Bloomsbury"));

    let public = app.get("/campaigns/british-values/letters").await;
    assert!(public.body.contains("small engineering firm"), "published");
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    for nowhere in [
        "/campaigns/british-values/letters".to_owned(),
        "/campaigns/british-values.json".to_owned(),
        "/api/v1/petitions".to_owned(),
        "/staff/campaigns/british-values/exports/letters.csv?writers=yes".to_owned(),
        "/staff/campaigns/british-values/exports/letters.json?writers=yes".to_owned(),
    ] {
        let page = admin.get(&app, &nowhere).await;
        assert!(
            !page.body.contains("Gordon Square") && !page.body.contains("Bloomsbury"),
            "{nowhere}: {}",
            page.body
        );
    }

    // Deleting the sent letter (withdrawing it) erases the address with the rest.
    let done = app.post_form(&format!("{path}/delete"), &[]).await;
    assert_eq!(done.status, 303);
    let kept = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .find(id)
                .select((letters::status, letters::address_lines, letters::town))
                .first::<(String, Option<String>, Option<String>)>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(kept, ("withdrawn".to_owned(), None, None));
}

#[tokio::test]
async fn a_near_copy_with_an_added_paragraph_reaches_the_mp_quoted_under_the_writers_name() {
    let app = spawn_app().await;
    holborn(&app).await;
    let featured = featured();
    let body = format!("{featured}\n\n{NURSE}");

    // Before sending, the editor says it will go in the joint letter, with the paragraph.
    let mut save = fields("Nia Nurse", "nia@example.org", &body);
    save[7] = ("action", "save");
    let saved = app.post_form(WRITE, &save).await;
    let path = saved
        .location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let editor = app.get(&path).await;
    let ahead = editor.text_of("#what-happens").unwrap();
    assert!(ahead.contains("the joint letter of"), "{ahead}");
    assert!(ahead.contains("The paragraph you added or changed is quoted under your name"));
    let own = app.get("/campaigns/british-values/write?start=blank").await;
    assert!(own.text_of("#what-happens").unwrap().contains("on its own"));

    let sent = app
        .post_form(&path, &fields("Nia Nurse", "nia@example.org", &body))
        .await;
    assert_eq!(sent.status, 303);
    confirm_writer(&app, "nia@example.org").await;
    let id = cli_ok(&app, &["letters", "pending"])
        .split('\t')
        .next()
        .unwrap()
        .to_owned();
    assert!(cli_ok(&app, &["letters", "approve", &id]).contains("3 for joint letters"));
    let _ = app.get("/health").await;

    // The approval email and the private page name the same joint letter.
    let approval = app.wait_for_emails_to("nia@example.org", 4).await;
    let approval = approval
        .iter()
        .find(|e| e.subject.starts_with("Your letter is approved"))
        .expect("approval email");
    assert!(!approval.text.contains("We are sending it now"));
    let date = approval
        .text
        .split("the joint letter of ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("a date")
        .to_owned();
    assert!(approval
        .text
        .contains("the paragraph you added quoted under it"));
    let page = app.get(&path).await;
    let table = page.text_of("table.deliveries").unwrap();
    assert!(
        table.contains(&format!("Waiting for the joint letter of {date}")),
        "{table} / {date}"
    );
    assert!(page.text_of("#what-reaches").unwrap().contains(NURSE));

    let out = cli_ok(&app, &["letters", "send-joint"]);
    assert!(
        out.contains("to Jane Member MP: 1 signers, queued by email"),
        "{out}"
    );
    settle(&app).await;
    let to_mp = app.wait_for_emails_to(MP, 1).await;
    let joint = &to_mp[0].text;
    assert_eq!(joint.matches("Following the much-publicised").count(), 1);
    let under = joint
        .split("Nia Nurse, Holborn and St Pancras")
        .nth(1)
        .expect("the writer by name and constituency");
    assert!(under.contains(&format!("> {NURSE}")), "{joint}");
    assert!(!joint.contains("nia@example.org"));
}
