//! Moderators moderate supporters' letters in the browser: the queue (oldest first, as
//! changes to the featured letter), approve, reject with a reason, hide, bulk actions, the
//! writer's emails, the audit log, and refusals for other roles and repeated actions.

mod support;

use support::letters::*;

use diesel::prelude::*;
use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter, AuditRow};
use missive::db::models::letter::{self, LetterStatus};
use missive::db::schema::{letters, outbox};
use support::{spawn_app, staff_client, Page, StaffClient, TestApp};

const WRITE: &str = "/campaigns/british-values/letters";

const PERSONAL: &str = "I run a small engineering firm in Camden and I have customers in \
Almaty. Even so, I do not think our trade should come at the price of looking away from \
jailed lawyers and poets. Please make any new trade deal depend on the release of political \
prisoners and on free trade unions.";

/// Saves a letter, then submits it from its private page, as a writer would; its id.
async fn submit(app: &TestApp, email: &str, subject: &str, body: &str, publish: bool) -> i64 {
    let mut fields = vec![
        ("full_name", "Ada Writer"),
        ("email", email),
        ("postcode", "WC1H 9JE"),
        ("country", "GB"),
        ("subject", subject),
        ("body", body),
        ("website", ""),
        ("action", "save"),
    ];
    if publish {
        fields.push(("publish", "yes"));
        fields.push(("public_name", "Ada W."));
    }
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
    app.db
        .read(move |conn| {
            Ok(letters::table
                .filter(letters::writer_email.eq(email))
                .select(letters::id)
                .first::<i64>(conn)?)
        })
        .await
        .unwrap()
}

async fn status(app: &TestApp, id: i64) -> LetterStatus {
    app.db
        .read(move |conn| letter::find(conn, id))
        .await
        .unwrap()
        .unwrap()
        .status()
}

/// Emails queued for `to` whose subject starts with `subject`.
async fn queued(app: &TestApp, to: &str, subject: &str) -> i64 {
    let (to, pattern) = (to.to_owned(), format!("{subject}%"));
    app.db
        .read(move |conn| {
            Ok(outbox::table
                .filter(outbox::recipient.eq(to))
                .filter(outbox::subject.like(pattern))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap()
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

async fn act(moderator: &StaffClient, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> Page {
    moderator.post(app, path, fields).await
}

#[tokio::test]
async fn the_queue_shows_letters_oldest_first_as_changes_to_the_featured_letter() {
    let app = spawn_app().await;
    holborn(&app).await;
    let edited = format!(
        "As a lighthouse keeper in your constituency, I care about this.\n\n{}",
        featured()
    );
    let first = submit(&app, "ann@example.org", "First letter", &edited, false).await;
    let typed = format!("{PERSONAL}\n\n<script>alert('xss')</script> <b>bold</b>");
    let second = submit(&app, "ben@example.org", "Second letter", &typed, false).await;

    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let page = moderator.get(&app, "/staff/moderation").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let (a, b) = (
        page.body.find("First letter").unwrap(),
        page.body.find("Second letter").unwrap(),
    );
    assert!(a < b, "oldest first");
    let html = page.html();
    let ins = scraper::Selector::parse("ins").unwrap();
    let added: Vec<String> = html
        .select(&ins)
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(
        added.iter().any(|t| t.contains("lighthouse keeper")),
        "{added:?}"
    );
    let del = scraper::Selector::parse("del").unwrap();
    assert!(
        html.select(&del).next().is_some(),
        "removed words are marked"
    );
    assert!(
        !page.body.contains("<script>alert"),
        "HTML the writer typed stays text"
    );
    assert!(!page.body.contains("<b>bold"));
    assert!(page.body.contains("&lt;script&gt;"));
    let facts = page.text_of("dl.facts").unwrap();
    assert!(facts.contains("Holborn and St Pancras"), "{facts}");
    assert!(facts.contains("Jane Member MP"), "{facts}");
    assert!(facts.contains("Prime Minister"), "{facts}");
    assert!(facts.contains('%'), "{facts}");
    for id in [first, second] {
        let tick = format!("input[type=checkbox][name=ids][value='{id}'][form=bulk]");
        assert!(page.attr_of(&tick, "value").is_some(), "tick box for {id}");
        let approve = format!("form[action='/staff/moderation/{id}/approve']");
        assert!(page.attr_of(&approve, "method").is_some(), "approve {id}");
        let label = format!("label[for=letter-{id}-reason]");
        assert!(page.text_of(&label).is_some(), "reason labelled");
    }
    assert!(page.attr_of("form#bulk", "action").is_some());

    let one = moderator
        .get(&app, &format!("/staff/moderation/{second}"))
        .await;
    assert_eq!(one.status, 200);
    assert!(one.body.contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(one.text_of("h1").unwrap().contains("Second letter"));
    assert_eq!(
        moderator.get(&app, "/staff/moderation/99999").await.status,
        404
    );

    // Organisers may not moderate, even with a valid form.
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    assert_eq!(organiser.get(&app, "/staff/moderation").await.status, 403);
    let path = format!("/staff/moderation/{first}/approve");
    assert_eq!(organiser.post(&app, &path, &[]).await.status, 403);
    assert_eq!(status(&app, first).await, LetterStatus::Pending);
    assert!(audit_rows(&app, "letter.").await.is_empty());
}

#[tokio::test]
async fn approving_and_rejecting_email_the_writer_once_and_are_audited() {
    let app = spawn_app().await;
    holborn(&app).await;
    let ada = submit(&app, "ada@example.org", "Approve me", PERSONAL, false).await;
    let bo = submit(&app, "bo@example.org", "Reject me", PERSONAL, false).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;

    let path = format!("/staff/moderation/{ada}/approve");
    let done = act(&moderator, &app, &path, &[]).await;
    assert_eq!(done.status, 303);
    let location = done.location.unwrap();
    assert!(
        location.starts_with("/staff/moderation?done=approved"),
        "{location}"
    );
    let queue = moderator.get(&app, &location).await;
    assert!(queue
        .text_of("[role=status]")
        .unwrap()
        .contains("Letter approved"));
    assert!(!queue.body.contains("Approve me"), "gone from the queue");
    assert_eq!(status(&app, ada).await, LetterStatus::Approved);
    let emails = app.wait_for_emails_to("ada@example.org", 4).await;
    assert!(emails
        .iter()
        .any(|e| e.subject.starts_with("Your letter is approved")));
    app.wait_for_emails_to("jane.member@parliament.example", 1)
        .await
        .first()
        .expect("the MP gets the letter");

    // Again: a clear message, nothing changed, no second email.
    let again = act(&moderator, &app, &path, &[]).await;
    assert_eq!(again.status, 409);
    assert!(again.body.contains("no longer waiting for moderation"));
    assert!(again.body.contains("already been approved"));
    assert_eq!(
        queued(&app, "ada@example.org", "Your letter is approved").await,
        1
    );

    // A reason from the list is needed; what was typed comes back.
    let reject = format!("/staff/moderation/{bo}/reject");
    let note = "Please leave out your neighbour's name and address.";
    let missing = act(&moderator, &app, &reject, &[("reason", ""), ("note", note)]).await;
    assert_eq!(missing.status, 422);
    assert!(missing
        .body
        .contains("Choose why the letter cannot be sent"));
    assert!(missing
        .text_of("textarea[name=note]")
        .unwrap()
        .contains("neighbour"));
    let long = "x".repeat(1001);
    let too_long = act(
        &moderator,
        &app,
        &reject,
        &[("reason", "spam"), ("note", &long)],
    )
    .await;
    assert_eq!(too_long.status, 422);
    let unlisted = act(&moderator, &app, &reject, &[("reason", "boring")]).await;
    assert_eq!(unlisted.status, 422);
    assert_eq!(status(&app, bo).await, LetterStatus::Pending);

    let fields = [("reason", "personal-data"), ("note", note)];
    let done = act(&moderator, &app, &reject, &fields).await;
    assert_eq!(done.status, 303);
    assert!(done.location.unwrap().contains("done=rejected"));
    assert_eq!(status(&app, bo).await, LetterStatus::Rejected);
    let emails = app.wait_for_emails_to("bo@example.org", 4).await;
    let outcome = emails
        .iter()
        .find(|e| e.subject.starts_with("Your letter was not approved"))
        .expect("rejection email");
    assert!(
        outcome.text.contains("personal details of other people"),
        "{}",
        outcome.text
    );
    assert!(outcome.text.contains(note), "{}", outcome.text);
    assert!(outcome.html.contains("neighbour"));
    let stored = app
        .db
        .read(move |conn| {
            Ok(letters::table
                .find(bo)
                .select((
                    letters::reject_reason,
                    letters::moderator_note,
                    letters::moderated_by,
                    letters::decided_at,
                ))
                .first::<(
                    Option<String>,
                    Option<String>,
                    Option<i64>,
                    Option<chrono::NaiveDateTime>,
                )>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(stored.0.as_deref(), Some("personal-data"));
    assert_eq!(stored.1.as_deref(), Some(note));
    assert!(stored.2.is_some() && stored.3.is_some());

    let twice = act(&moderator, &app, &reject, &fields).await;
    assert_eq!(twice.status, 409);
    assert!(twice.body.contains("already been rejected"));
    assert_eq!(
        queued(&app, "bo@example.org", "Your letter was not approved").await,
        1
    );
    let approve_rejected = act(
        &moderator,
        &app,
        &format!("/staff/moderation/{bo}/approve"),
        &[],
    )
    .await;
    assert_eq!(approve_rejected.status, 409);
    assert_eq!(
        queued(&app, "bo@example.org", "Your letter is approved").await,
        0
    );

    let approvals = audit_rows(&app, "letter.approve").await;
    assert_eq!(approvals.len(), 1);
    let row = &approvals[0];
    assert_eq!(row.actor, "mod@example.org");
    assert_eq!(row.actor_id, stored.2);
    assert_eq!(row.subject_type, "letter");
    assert_eq!(row.subject_id, Some(ada.to_string()));
    assert_eq!(row.old_state.as_deref(), Some("pending"));
    assert_eq!(row.new_state.as_deref(), Some("approved"));
    assert_eq!(row.reason, None);
    let rejections = audit_rows(&app, "letter.reject").await;
    assert_eq!(rejections.len(), 1);
    let row = &rejections[0];
    assert_eq!(row.subject_id, Some(bo.to_string()));
    assert_eq!(row.new_state.as_deref(), Some("rejected"));
    assert_eq!(row.reason.as_deref(), Some("personal-data"));
}

#[tokio::test]
async fn bulk_actions_and_hiding_a_published_letter() {
    let app = spawn_app().await;
    holborn(&app).await;
    let one = submit(&app, "one@example.org", "Bulk one", PERSONAL, false).await;
    let two = submit(&app, "two@example.org", "Bulk two", PERSONAL, true).await;
    let three = submit(&app, "three@example.org", "Bulk three", PERSONAL, false).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let (one_s, two_s, three_s) = (one.to_string(), two.to_string(), three.to_string());

    let nothing = act(
        &admin,
        &app,
        "/staff/moderation/bulk",
        &[("action", "approve")],
    )
    .await;
    assert_eq!(nothing.status, 422);
    assert!(nothing.body.contains("Tick at least one letter first"));
    let no_reason = [("ids", one_s.as_str()), ("action", "reject")];
    let refused = act(&admin, &app, "/staff/moderation/bulk", &no_reason).await;
    assert_eq!(refused.status, 422);
    assert!(refused
        .body
        .contains("Choose why the letter cannot be sent"));
    let kept = format!("input[name=ids][value='{one}']");
    assert!(
        refused
            .html()
            .select(&scraper::Selector::parse(&format!("{kept}[checked]")).unwrap())
            .next()
            .is_some(),
        "ticks kept"
    );

    let both = [
        ("ids", one_s.as_str()),
        ("ids", two_s.as_str()),
        ("action", "approve"),
    ];
    let done = act(&admin, &app, "/staff/moderation/bulk", &both).await;
    assert_eq!(done.status, 303);
    let location = done.location.unwrap();
    assert!(
        location.contains("done=approved&count=2&skipped=0"),
        "{location}"
    );
    let queue = admin.get(&app, &location).await;
    assert!(queue
        .text_of("[role=status]")
        .unwrap()
        .contains("2 letters approved"));
    assert_eq!(status(&app, one).await, LetterStatus::Approved);
    assert_eq!(status(&app, two).await, LetterStatus::Approved);
    for to in ["one@example.org", "two@example.org"] {
        let emails = app.wait_for_emails_to(to, 4).await;
        assert!(
            emails
                .iter()
                .any(|e| e.subject.starts_with("Your letter is approved")),
            "{to}"
        );
    }

    // One ticked letter was decided meanwhile: it is skipped, the other rejected.
    let mixed = [
        ("ids", one_s.as_str()),
        ("ids", three_s.as_str()),
        ("action", "reject"),
        ("reason", "spam"),
        ("note", ""),
    ];
    let done = act(&admin, &app, "/staff/moderation/bulk", &mixed).await;
    let location = done.location.unwrap();
    assert!(
        location.contains("done=rejected&count=1&skipped=1"),
        "{location}"
    );
    assert_eq!(status(&app, one).await, LetterStatus::Approved);
    assert_eq!(status(&app, three).await, LetterStatus::Rejected);
    assert_eq!(
        queued(&app, "one@example.org", "Your letter was not approved").await,
        0
    );
    assert_eq!(
        queued(&app, "three@example.org", "Your letter was not approved").await,
        1
    );

    // Hiding a published letter takes it off the campaign's page.
    let public = app.get("/campaigns/british-values/letters").await;
    assert!(public.body.contains("Bulk two"));
    let listed = admin.get(&app, "/staff/moderation").await;
    assert!(listed
        .text_of("table.staff-table")
        .unwrap()
        .contains("Bulk two"));
    let letter_page = admin.get(&app, &format!("/staff/moderation/{two}")).await;
    assert!(letter_page
        .attr_of("label[for=hide-reason]", "for")
        .is_some());
    let hide = format!("/staff/moderation/{two}/hide");
    let reason = "The writer asked us to take it down";
    let done = act(&admin, &app, &hide, &[("reason", reason)]).await;
    assert_eq!(done.status, 303);
    assert!(done.location.unwrap().contains("done=hidden"));
    assert_eq!(status(&app, two).await, LetterStatus::Hidden);
    let public = app.get("/campaigns/british-values/letters").await;
    assert!(!public.body.contains("Bulk two"));
    let again = act(&admin, &app, &hide, &[]).await;
    assert_eq!(again.status, 409);
    assert!(again.body.contains("already been hidden"));
    let pending_hide = act(
        &admin,
        &app,
        &format!("/staff/moderation/{three}/hide"),
        &[],
    )
    .await;
    assert_eq!(pending_hide.status, 409);

    let hides = audit_rows(&app, "letter.hide").await;
    assert_eq!(hides.len(), 1);
    assert_eq!(hides[0].actor, "admin@example.org");
    assert_eq!(hides[0].subject_id, Some(two_s.clone()));
    assert_eq!(hides[0].old_state.as_deref(), Some("approved"));
    assert_eq!(hides[0].new_state.as_deref(), Some("hidden"));
    assert_eq!(hides[0].reason.as_deref(), Some(reason));
    let approvals = audit_rows(&app, "letter.approve").await;
    let mut approved: Vec<_> = approvals
        .iter()
        .filter_map(|r| r.subject_id.clone())
        .collect();
    approved.sort();
    let mut expected = vec![one_s.clone(), two_s.clone()];
    expected.sort();
    assert_eq!(approved, expected);
    let rejections = audit_rows(&app, "letter.reject").await;
    assert_eq!(rejections.len(), 1);
    assert_eq!(rejections[0].subject_id, Some(three_s));
    assert_eq!(rejections[0].reason.as_deref(), Some("spam"));
}
