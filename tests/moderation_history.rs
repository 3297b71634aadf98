//! Moderation over HTTP beyond the decisions themselves: letters shown as written or as
//! changes by how personal they are, each letter's history (who, when, what, why), the
//! moderation log for moderators, showing a hidden letter again, and redacting a letter
//! instead of rejecting it (the edited text goes out, the writer is told, the original is
//! kept only as long as the letter).

mod support;

use support::letters::*;

use std::time::{Duration, Instant};

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter, AuditRow};
use missive::db::models::erasure;
use missive::db::models::letter::{self, LetterStatus};
use missive::db::schema::{letters, outbox};
use support::{spawn_app, staff_client, Page, StaffClient, TestApp};

const WRITE: &str = "/campaigns/british-values/letters";

const PERSONAL: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Even so, I do not think our trade should come at the price of looking away from \
jailed lawyers and poets. Please make any new trade deal depend on the release of political \
prisoners and on free trade unions.";

const PRIVATE: &str = "My neighbour Peter Quill was arrested at the border last spring and \
nobody will tell his family anything. Please raise his case and the case of every lawyer \
held with him. You can call me on 07700 900123 at any time about this.";

/// Saves a letter, then submits it from its private page, as a writer would; its id and
/// its private page.
async fn submit(app: &TestApp, email: &str, subject: &str, body: &str) -> (i64, String) {
    let mut fields = vec![
        ("full_name", "Ada Writer"),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", subject),
        ("body", body),
        ("website", ""),
        ("action", "save"),
        ("publish", "yes"),
        ("public_name", "Ada W."),
    ];
    fields.extend(ADDRESS);
    let saved = app.post_form(WRITE, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let path = saved
        .location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    fields[7] = ("action", "submit");
    let submitted = app.post_form(&path, &fields).await;
    assert_eq!(submitted.status, 303, "{}", submitted.body);
    confirm_writer(app, email).await;
    let email = email.to_owned();
    let id = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq(email))
                .select(letters::id)
                .first::<i64>(conn)?)
        })
        .await
        .unwrap();
    (id, path)
}

async fn stored(app: &TestApp, id: i64) -> Option<(LetterStatus, String, Option<String>)> {
    let found = app
        .db
        .read(move |conn| letter::find(conn, id))
        .await
        .unwrap()?;
    let original = app
        .db
        .read(move |conn| letter::original_body(conn, id))
        .await
        .unwrap();
    Some((found.status(), found.body, original))
}

/// Emails sent to `to` whose subject starts with `subject`: their plain texts, read from the
/// outbox folder once at least one is there (up to 10 s). Not from the outbox table: the
/// sender empties a row's body as soon as the email has gone.
async fn mail(app: &TestApp, to: &str, subject: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found: Vec<String> = app
            .wait_for_emails_to(to, 0)
            .await
            .into_iter()
            .filter(|e| e.subject.starts_with(subject))
            .map(|e| e.text)
            .collect();
        if !found.is_empty() || Instant::now() > deadline {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn audit_rows(app: &TestApp, action: &str) -> Vec<AuditRow> {
    let filter = AuditFilter {
        action: Some(action.to_owned()),
        ..AuditFilter::default()
    };
    app.db
        .read(move |conn| audit::list(conn, &filter, 100))
        .await
        .unwrap()
}

async fn letter_page(moderator: &StaffClient, app: &TestApp, id: i64) -> Page {
    let page = moderator.get(app, &format!("/staff/moderation/{id}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page
}

fn count(page: &Page, selector: &str) -> usize {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.html().select(&selector).count()
}

#[tokio::test]
async fn a_personal_letter_reads_as_written_and_a_near_copy_as_changes() {
    let app = spawn_app().await;
    holborn(&app).await;
    let edited = format!(
        "As a lighthouse keeper, I care about this.\n\n{}",
        featured()
    );
    let (copy, _) = submit(&app, "ann@example.org", "Near copy", &edited).await;
    let (own, _) = submit(&app, "ben@example.org", "Own words", PERSONAL).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;

    // Mostly the writer's own: the letter as written, the diff folded away.
    let page = letter_page(&moderator, &app, own).await;
    assert_eq!(
        count(&page, "section.moderation > div.letter-text"),
        1,
        "{}",
        page.body
    );
    assert_eq!(count(&page, "section.moderation > div.diff"), 0);
    assert_eq!(count(&page, "details.other-view > div.diff"), 1);
    let summary = page.text_of("details.other-view > summary").unwrap();
    assert!(
        summary.contains("changes from the featured letter"),
        "{summary}"
    );
    assert!(page
        .text_of("section.moderation > div.letter-text")
        .unwrap()
        .contains("Almaty"));

    // Mostly the featured letter: the changes first, the letter as written folded away.
    let page = letter_page(&moderator, &app, copy).await;
    assert_eq!(count(&page, "section.moderation > div.diff"), 1);
    assert_eq!(count(&page, "section.moderation > div.letter-text"), 0);
    assert_eq!(count(&page, "details.other-view > div.letter-text"), 1);
    let added = page.text_of("section.moderation > div.diff ins").unwrap();
    assert!(added.contains("lighthouse keeper"), "{added}");

    // The queue shows each the same way.
    let queue = moderator.get(&app, "/staff/moderation").await;
    let own_card = format!("article[aria-labelledby=letter-{own}-heading]");
    let copy_card = format!("article[aria-labelledby=letter-{copy}-heading]");
    assert_eq!(count(&queue, &format!("{own_card} > div.letter-text")), 1);
    assert_eq!(
        count(
            &queue,
            &format!("{own_card} > details.other-view > div.diff")
        ),
        1
    );
    assert_eq!(count(&queue, &format!("{copy_card} > div.diff")), 1);
    assert_eq!(
        count(
            &queue,
            &format!("{copy_card} > details.other-view > div.letter-text")
        ),
        1
    );
}

#[tokio::test]
async fn a_decided_letter_shows_its_history_and_moderators_read_the_moderation_log() {
    let app = spawn_app().await;
    holborn(&app).await;
    let (rejected, _) = submit(&app, "ann@example.org", "To reject", PERSONAL).await;
    let (hidden, _) = submit(&app, "ben@example.org", "To hide", PERSONAL).await;
    let first = staff_client(&app, "first@example.org", Role::Moderator).await;
    let second = staff_client(&app, "second@example.org", Role::Moderator).await;

    let path = format!("/staff/moderation/{rejected}/reject");
    let note = "Please leave out your colleague's home address.";
    let done = first
        .post(&app, &path, &[("reason", "personal-data"), ("note", note)])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let path = format!("/staff/moderation/{hidden}/approve");
    assert_eq!(first.post(&app, &path, &[]).await.status, 303);
    let path = format!("/staff/moderation/{hidden}/hide");
    let hide_reason = "The writer asked us by phone to take it down";
    assert_eq!(
        first
            .post(&app, &path, &[("reason", hide_reason)])
            .await
            .status,
        303
    );

    // A second moderator learns who rejected the letter, when and why.
    let page = letter_page(&second, &app, rejected).await;
    let history = page.text_of("ol.history").expect("a history list");
    assert!(
        history.contains("Rejected by first@example.org"),
        "{history}"
    );
    assert!(history.contains("Personal data of others"), "{history}");
    assert!(history.contains(note), "{history}");
    assert_eq!(count(&page, "ol.history li time[datetime]"), 1);

    // Every event, oldest first, with the hide reason.
    let page = letter_page(&second, &app, hidden).await;
    let history = page.text_of("ol.history").unwrap();
    let approved = history
        .find("Approved by first@example.org")
        .expect(&history);
    let hid = history
        .find("Hidden from the campaign’s page by first@example.org")
        .expect(&history);
    assert!(approved < hid, "oldest first: {history}");
    assert!(history.contains(hide_reason), "{history}");

    // A pending letter says nobody has acted yet.
    let (fresh, _) = submit(&app, "cy@example.org", "Fresh", PERSONAL).await;
    let page = letter_page(&second, &app, fresh).await;
    assert!(page
        .text_of("#history + p")
        .unwrap()
        .contains("No moderator has acted"));

    // The moderation part of the audit log: open to moderators, letters only.
    let log = second.get(&app, "/staff/audit/moderation").await;
    assert_eq!(log.status, 200, "{}", log.body);
    let table = log.text_of("table.audit tbody").unwrap();
    assert!(table.contains("letter.reject"), "{table}");
    assert!(table.contains("letter.hide"), "{table}");
    assert!(table.contains("Personal data of others"), "{table}");
    assert!(table.contains(hide_reason), "{table}");
    assert!(!table.contains("user."), "no account entries: {table}");
    let link = format!("table.audit a[href='/staff/moderation/{rejected}']");
    assert!(
        log.attr_of(&link, "href").is_some(),
        "entries link to their letter"
    );
    let one = second
        .get(
            &app,
            &format!("/staff/audit/moderation?subject_id={hidden}&action=user."),
        )
        .await;
    let rows = count(&one, "table.audit tbody tr");
    assert_eq!(
        rows, 2,
        "approve and hide of that letter only: {}",
        one.body
    );
    assert_eq!(second.get(&app, "/staff/audit").await.status, 403);
    let bad = second.get(&app, "/staff/audit/moderation?since=soon").await;
    assert_eq!(bad.status, 422);
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    assert_eq!(
        organiser.get(&app, "/staff/audit/moderation").await.status,
        403
    );
    let menu = second.get(&app, "/staff").await;
    assert!(menu
        .attr_of("nav.staff a[href='/staff/audit/moderation']", "href")
        .is_some());
}

#[tokio::test]
async fn a_hidden_letter_can_be_shown_again_for_a_reason_without_emailing_its_writer() {
    let app = spawn_app().await;
    holborn(&app).await;
    let (id, _) = submit(&app, "ann@example.org", "Shown again", PERSONAL).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let restore = format!("/staff/moderation/{id}/restore");

    // Only a hidden letter can be shown again.
    assert_eq!(
        moderator
            .post(&app, &restore, &[("reason", "x")])
            .await
            .status,
        409
    );
    let approve = format!("/staff/moderation/{id}/approve");
    assert_eq!(moderator.post(&app, &approve, &[]).await.status, 303);
    let hide = format!("/staff/moderation/{id}/hide");
    assert_eq!(
        moderator
            .post(&app, &hide, &[("reason", "Reported")])
            .await
            .status,
        303
    );
    let public = app.get("/campaigns/british-values/letters").await;
    assert!(
        !public.body.contains("Almaty"),
        "hidden from the public page"
    );
    let page = letter_page(&moderator, &app, id).await;
    assert!(page
        .attr_of(&format!("form[action='{restore}']"), "method")
        .is_some());
    let mails_before = app
        .db
        .read(|conn| {
            Ok(outbox::table
                .filter(outbox::recipient.eq("ann@example.org"))
                .count()
                .get_result::<i64>(conn)?)
        })
        .await
        .unwrap();

    // A reason is needed.
    let refused = moderator.post(&app, &restore, &[("reason", "  ")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused
        .text_of("#restore-reason-error")
        .unwrap()
        .contains("Say why"));
    assert_eq!(stored(&app, id).await.unwrap().0, LetterStatus::Hidden);

    let reason = "The report was mistaken: the letter names no one";
    let done = moderator.post(&app, &restore, &[("reason", reason)]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let notice = moderator.get(&app, &done.location.unwrap()).await;
    assert!(notice
        .text_of("[role=status]")
        .unwrap()
        .contains("shown again"));
    assert_eq!(stored(&app, id).await.unwrap().0, LetterStatus::Approved);
    let public = app.get("/campaigns/british-values/letters").await;
    assert!(public.body.contains("Almaty"), "back on the public page");
    let rows = audit_rows(&app, "letter.restore").await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].actor, "mod@example.org");
    assert_eq!(rows[0].reason.as_deref(), Some(reason));
    assert_eq!(rows[0].old_state.as_deref(), Some("hidden"));
    assert_eq!(rows[0].new_state.as_deref(), Some("approved"));
    let mails_after = app
        .db
        .read(|conn| {
            Ok(outbox::table
                .filter(outbox::recipient.eq("ann@example.org"))
                .count()
                .get_result::<i64>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(mails_after, mails_before, "the writer is not emailed");
    let history = letter_page(&moderator, &app, id)
        .await
        .text_of("ol.history")
        .unwrap();
    assert!(history.contains("Shown again on the campaign’s page by mod@example.org"));
    assert!(history.contains(reason));
    // Twice does nothing.
    assert_eq!(
        moderator
            .post(&app, &restore, &[("reason", reason)])
            .await
            .status,
        409
    );
}

#[tokio::test]
async fn a_redacted_letter_goes_out_as_edited_tells_its_writer_and_keeps_the_original_only_with_the_letter(
) {
    let app = spawn_app().await;
    holborn(&app).await;
    let (id, private) = submit(&app, "ann@example.org", "About my neighbour", PRIVATE).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let redact = format!("/staff/moderation/{id}/redact");
    let page = letter_page(&moderator, &app, id).await;
    assert_eq!(
        page.text_of("textarea#redact-body").unwrap(),
        PRIVATE,
        "the form starts from the letter's text"
    );
    assert!(page.text_of("label[for=redact-change_note]").is_some());

    // Unchanged text, or no explanation: the form again, as typed, with what to fix.
    let unchanged = moderator
        .post(&app, &redact, &[("body", PRIVATE), ("change_note", "")])
        .await;
    assert_eq!(unchanged.status, 422);
    assert!(unchanged
        .text_of("#redact-body-error")
        .unwrap()
        .contains("unchanged"));
    assert!(unchanged
        .text_of("#redact-change_note-error")
        .unwrap()
        .contains("Say what"));
    let edited = PRIVATE.replace("Peter Quill", "a neighbour").replace(
        " You can call me on 07700 900123 at any time about this.",
        "",
    );
    let no_note = moderator
        .post(&app, &redact, &[("body", &edited), ("change_note", " ")])
        .await;
    assert_eq!(no_note.status, 422);
    assert_eq!(
        no_note.text_of("textarea#redact-body").unwrap(),
        edited,
        "kept as typed"
    );
    assert_eq!(stored(&app, id).await.unwrap().0, LetterStatus::Pending);

    let why = "Took out your neighbour's name and your phone number: we do not publish either.";
    let done = moderator
        .post(&app, &redact, &[("body", &edited), ("change_note", why)])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert!(done.location.unwrap().contains("done=redacted"));
    let (status, body, original) = stored(&app, id).await.unwrap();
    assert_eq!(status, LetterStatus::Approved);
    assert_eq!(body, edited);
    assert_eq!(
        original.as_deref(),
        Some(PRIVATE),
        "the original is kept with the letter"
    );

    // The writer is told what was taken out and why, in plain words.
    let told = mail(&app, "ann@example.org", "We changed your letter").await;
    assert_eq!(told.len(), 1, "one email about the changes");
    assert!(told[0].contains("We took out:"), "{}", told[0]);
    assert!(told[0].contains("07700 900123"), "{}", told[0]);
    assert!(told[0].contains("Peter Quill"), "{}", told[0]);
    assert!(
        told[0].contains("a neighbour"),
        "what was put in: {}",
        told[0]
    );
    assert!(told[0].contains(why), "{}", told[0]);

    // What is delivered and published is the edited text.
    let sent = mail(&app, "jane.member@parliament.example", "").await;
    assert_eq!(sent.len(), 1, "one email to the MP");
    assert!(sent[0].contains("a neighbour was arrested"), "{}", sent[0]);
    assert!(!sent[0].contains("07700"), "{}", sent[0]);
    assert!(!sent[0].contains("Peter Quill"), "{}", sent[0]);
    let public = app.get("/campaigns/british-values/letters").await;
    assert!(public.body.contains("a neighbour was arrested"));
    assert!(!public.body.contains("07700 900123"));
    assert!(!public.body.contains("Peter Quill"));

    // Moderators see the history and can open the original.
    let page = letter_page(&moderator, &app, id).await;
    let history = page.text_of("ol.history").unwrap();
    let edit = history
        .find("Edited before approval by mod@example.org")
        .expect(&history);
    let approval = history.find("Approved by mod@example.org").expect(&history);
    assert!(edit < approval, "{history}");
    assert!(history.contains(why));
    assert!(page
        .text_of("details.original")
        .unwrap()
        .contains("Peter Quill"));
    // A redaction is only for a letter still waiting.
    let again = moderator
        .post(&app, &redact, &[("body", PRIVATE), ("change_note", why)])
        .await;
    assert_eq!(again.status, 409);

    // The writer deletes the letter: the original goes with it.
    let own = app.get(&private).await;
    assert_eq!(own.status, 200);
    let deleted = app.post_form(&format!("{private}/delete"), &[]).await;
    assert_eq!(deleted.status, 303, "{}", deleted.body);
    match stored(&app, id).await {
        None => {}
        Some((status, body, original)) => {
            assert_eq!(status, LetterStatus::Withdrawn);
            assert_eq!(body, "");
            assert_eq!(original, None, "the original is erased with the letter");
        }
    }
}

#[tokio::test]
async fn anonymising_a_letter_erases_its_redacted_original() {
    let app = spawn_app().await;
    holborn(&app).await;
    let (id, _) = submit(&app, "ann@example.org", "About my neighbour", PRIVATE).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let edited = PRIVATE.replace("Peter Quill", "a neighbour");
    let done = moderator
        .post(
            &app,
            &format!("/staff/moderation/{id}/redact"),
            &[("body", &edited), ("change_note", "A third person's name")],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let campaign_id = app
        .db
        .read(move |conn| Ok(letter::find(conn, id)?.unwrap().campaign_id))
        .await
        .unwrap();
    let (holding, erased) = app
        .db
        .write(move |conn| {
            let holding = erasure::campaign::letters_holding_data(conn, campaign_id, 0, 100)?;
            let erased = erasure::campaign::erase_letters(conn, &holding)?;
            Ok((holding, erased))
        })
        .await
        .unwrap();
    assert_eq!(holding, vec![id]);
    assert_eq!(erased, 1);
    let (_, body, original) = stored(&app, id).await.unwrap();
    assert_eq!(body, edited, "a published letter keeps its published text");
    assert_eq!(original, None, "the original is erased");
    let still = app
        .db
        .read(move |conn| erasure::campaign::letters_holding_data(conn, campaign_id, 0, 100))
        .await
        .unwrap();
    assert!(still.is_empty(), "nothing left to erase: {still:?}");
}
