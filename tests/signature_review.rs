//! Fraud control over HTTP: rate-limited signatures become suspect without the signer
//! noticing, and moderators search, invalidate, revert and clear signatures, each audited.

mod support;

use chrono::{TimeDelta, Utc};
use diesel::prelude::*;
use missive::auth::Role;
use missive::db::schema::{audit_log, constituencies, invalidations, postcodes, signatures};
use support::{spawn_app_with, staff_client, Page, StaffClient, TestApp};

const SLUG: &str = "british-values";

/// An app behind a trusted proxy on loopback, with 192.0.2.0/24 exempt from the limits.
async fn behind_proxy() -> TestApp {
    spawn_app_with(|settings| {
        settings.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
        settings.sign_allow = vec!["192.0.2.0/24".parse().unwrap()];
    })
    .await
}

async fn sign_from(app: &TestApp, ip: &str, name: &str, email: &str, postcode: &str) -> Page {
    let response = app
        .client
        .post(app.url(&format!("/campaigns/{SLUG}/signatures")))
        .header("x-forwarded-for", ip)
        .form(&[
            ("full_name", name),
            ("email", email),
            ("postcode", postcode),
            ("country", "GB"),
            ("website", ""),
        ])
        .send()
        .await
        .unwrap();
    TestApp::page(response).await
}

async fn confirm(app: &TestApp, email: &str) {
    let link = app.wait_for_emails_to(email, 1).await[0].confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303, "{email}");
}

/// (email, ip, suspect) for every signature, oldest first.
async fn origins(app: &TestApp) -> Vec<(String, Option<String>, bool)> {
    app.db
        .read(|conn| {
            Ok(signatures::table
                .order(signatures::id)
                .select((signatures::email, signatures::ip, signatures::suspect))
                .load(conn)?)
        })
        .await
        .unwrap()
}

fn row(email: &str, ip: &str, suspect: bool) -> (String, Option<String>, bool) {
    (email.to_owned(), Some(ip.to_owned()), suspect)
}

#[tokio::test]
async fn a_quick_second_signature_from_one_address_is_suspect_and_does_not_count() {
    let app = behind_proxy().await;
    let first = sign_from(
        &app,
        "203.0.113.5",
        "Ann One",
        "ann@example.org",
        "SW1A 1AA",
    )
    .await;
    let second = sign_from(
        &app,
        "203.0.113.5",
        "Ben Two",
        "ben@example.org",
        "SW1A 1AA",
    )
    .await;
    assert_eq!(first.status, 303);
    assert_eq!(
        (first.status, &first.location, &first.body),
        (second.status, &second.location, &second.body),
        "the signer cannot tell"
    );
    // A repeat of an existing signature is not a new one: never limited.
    sign_from(
        &app,
        "203.0.113.5",
        "Ann One",
        "ANN@example.org",
        "SW1A 1AA",
    )
    .await;
    // An allow-listed network is never limited; another address has its own limit.
    sign_from(
        &app,
        "192.0.2.10",
        "Cat Three",
        "cat@example.org",
        "EC1A 1BB",
    )
    .await;
    sign_from(
        &app,
        "192.0.2.10",
        "Dan Four",
        "dan@example.org",
        "EC1A 1BB",
    )
    .await;
    sign_from(
        &app,
        "198.51.100.7",
        "Eve Five",
        "eve@example.org",
        "EC1A 1BB",
    )
    .await;
    assert_eq!(
        origins(&app).await,
        vec![
            row("ann@example.org", "203.0.113.5", false),
            row("ben@example.org", "203.0.113.5", true),
            row("cat@example.org", "192.0.2.10", false),
            row("dan@example.org", "192.0.2.10", false),
            row("eve@example.org", "198.51.100.7", false),
        ]
    );
    // Both get their confirmation email and can confirm; only one counts.
    confirm(&app, "ann@example.org").await;
    confirm(&app, "ben@example.org").await;
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.wait_for_count(SLUG, 1).await,
        1,
        "the suspect one waits"
    );
}

#[tokio::test]
async fn without_trusted_proxies_the_forwarded_header_is_ignored() {
    let app = spawn_app_with(|_| {}).await;
    sign_from(
        &app,
        "203.0.113.5",
        "Ann One",
        "ann@example.org",
        "SW1A 1AA",
    )
    .await;
    sign_from(
        &app,
        "198.51.100.9",
        "Ben Two",
        "ben@example.org",
        "SW1A 1AA",
    )
    .await;
    assert_eq!(
        origins(&app).await,
        vec![
            row("ann@example.org", "127.0.0.1", false),
            row("ben@example.org", "127.0.0.1", true),
        ]
    );
}

/// Four signatures, all confirmed: two from a spam domain on one network, two from one
/// address (so the second is suspect). Three count.
async fn signed_four(app: &TestApp) {
    let signers = [
        ("203.0.113.10", "Sam Spam", "sam@spam.example", "SW1A 1AA"),
        ("203.0.113.11", "Sid Spam", "sid@Spam.Example", "SW1A 2AA"),
        (
            "198.51.100.20",
            "Gail Good",
            "gail@good.example",
            "EC1A 1BB",
        ),
        ("198.51.100.20", "Gus Good", "gus@good.example", "EC1A 1BB"),
    ];
    for (ip, name, email, postcode) in signers {
        assert_eq!(sign_from(app, ip, name, email, postcode).await.status, 303);
        confirm(app, email).await;
    }
    assert_eq!(app.wait_for_count(SLUG, 3).await, 3);
}

async fn matches(app: &TestApp, moderator: &StaffClient, query: &str) -> i64 {
    let page = moderator
        .get(app, &format!("/staff/signatures?campaign={SLUG}&{query}"))
        .await;
    assert_eq!(page.status, 200, "{query}: {}", page.body);
    page.attr_of("#match-count", "data-count")
        .expect("a preview count")
        .parse()
        .unwrap()
}

fn minute(offset: TimeDelta) -> String {
    (Utc::now() + offset).format("%Y-%m-%dT%H:%M").to_string()
}

async fn audit_actions(app: &TestApp) -> Vec<(String, String, Option<String>, Option<String>)> {
    app.db
        .read(|conn| {
            Ok(audit_log::table
                .filter(audit_log::action.like("signatures.%"))
                .order(audit_log::id)
                .select((
                    audit_log::action,
                    audit_log::subject_type,
                    audit_log::new_state,
                    audit_log::reason,
                ))
                .load(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn moderators_search_signatures_and_preview_how_many_match() {
    let app = behind_proxy().await;
    signed_four(&app).await;
    app.db
        .write(|conn| {
            for (postcode, code) in [("SW1A 1AA", "E14001172"), ("EC1A 1BB", "E14000999")] {
                diesel::insert_into(postcodes::table)
                    .values((
                        postcodes::postcode.eq(postcode),
                        postcodes::constituency_code.eq(code),
                    ))
                    .execute(conn)?;
            }
            diesel::insert_into(constituencies::table)
                .values((
                    constituencies::code.eq("E14000999"),
                    constituencies::name.eq("Cities of London and Westminster"),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;

    let all = moderator.get(&app, "/staff/signatures").await;
    assert_eq!(all.status, 200);
    assert_eq!(
        all.text_of("#match-count").unwrap().trim(),
        "4 signatures match"
    );
    assert!(all.body.contains("spam.example"));
    assert!(!all.body.contains("sam@"), "never the whole email address");
    for (query, expected) in [
        ("email_domain=SPAM.example", 2),
        ("email_domain=%40good.example", 2),
        ("email_domain=example", 0),
        ("ip=203.0.113.", 2),
        ("ip=198.51.100.0%2F24", 2),
        ("ip=203.0.113.10", 1),
        ("ip=203.0.113.1", 0),
        ("postcode=sw1a", 2),
        ("postcode=sw1a1aa", 1),
        ("constituency=e14001172", 1),
        // The name covers both codes: E14000999 named here, E14001172 as shipped.
        ("constituency=cities+of+london+and+westminster", 3),
        ("status=suspect", 1),
        ("status=invalidated", 0),
        ("email_domain=good.example&status=suspect", 1),
    ] {
        assert_eq!(matches(&app, &moderator, query).await, expected, "{query}");
    }
    let around_now = format!(
        "from={}&to={}",
        minute(-TimeDelta::hours(1)),
        minute(TimeDelta::zero())
    );
    assert_eq!(matches(&app, &moderator, &around_now).await, 4);
    assert_eq!(
        matches(&app, &moderator, "from=2020-01-01&to=2020-01-31").await,
        0
    );

    let wrong = moderator
        .get(&app, "/staff/signatures?ip=somewhere&from=yesterday")
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("like 203.0.113."));
    assert!(wrong.body.contains("Enter a date and time"));
    assert_eq!(wrong.attr_of("#ip", "value").as_deref(), Some("somewhere"));
    assert!(wrong.text_of("#match-count").is_none());
}

#[tokio::test]
async fn invalidating_reverting_and_clearing_move_the_count_and_are_audited() {
    let app = behind_proxy().await;
    signed_four(&app).await;
    let moderator = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let search = [("campaign", SLUG), ("email_domain", "spam.example")];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut all = search.to_vec();
        all.extend_from_slice(extra);
        all
    };
    let invalidate = "/staff/signatures/invalidate";

    // The page offers the action with the number it will change.
    let page = moderator
        .get(
            &app,
            &format!("/staff/signatures?campaign={SLUG}&email_domain=spam.example"),
        )
        .await;
    assert!(page.body.contains("Invalidate all 2 matching"));

    let no_reason = moderator
        .post(
            &app,
            invalidate,
            &with(&[("expected", "2"), ("reason", " ")]),
        )
        .await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.body.contains("Give a reason"));
    let stale = moderator
        .post(
            &app,
            invalidate,
            &with(&[("expected", "1"), ("reason", "spam")]),
        )
        .await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("2 match now"));
    assert_eq!(app.wait_for_count(SLUG, 3).await, 3, "nothing changed");

    let done = moderator
        .post(
            &app,
            invalidate,
            &with(&[
                ("expected", "2"),
                ("reason", "one network, throwaway domain"),
            ]),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let back = moderator.get(&app, &done.location.unwrap()).await;
    assert!(back.body.contains("Invalidated 2 signatures"));
    assert_eq!(
        app.wait_for_count(SLUG, 1).await,
        1,
        "both spam signatures leave"
    );
    assert_eq!(matches(&app, &moderator, "status=invalidated").await, 2);

    let (id, count): (i64, i32) = app
        .db
        .read(|conn| {
            Ok(invalidations::table
                .select((invalidations::id, invalidations::signature_count))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(count, 2);
    let listed = moderator.get(&app, "/staff/signatures").await;
    let revert = format!("/staff/signatures/invalidations/{id}/revert");
    assert!(listed.body.contains(&revert), "a revert button");
    assert!(listed.body.contains("email domain spam.example"));

    let reverted = moderator.post(&app, &revert, &[("reason", "")]).await;
    assert_eq!(reverted.status, 303);
    assert_eq!(app.wait_for_count(SLUG, 3).await, 3, "they come back");
    let again = moderator.post(&app, &revert, &[]).await;
    assert_eq!(again.status, 409);

    let suspects = [
        ("campaign", SLUG),
        ("status", "suspect"),
        ("expected", "1"),
        ("reason", "same household"),
    ];
    let cleared = moderator
        .post(&app, "/staff/signatures/clear-suspects", &suspects)
        .await;
    assert_eq!(cleared.status, 303, "{}", cleared.body);
    assert_eq!(
        app.wait_for_count(SLUG, 4).await,
        4,
        "the suspect one counts"
    );

    let id = id.to_string();
    let audit = audit_actions(&app).await;
    let actions: Vec<(&str, &str, Option<&str>)> = audit
        .iter()
        .map(|(a, s, n, _)| (a.as_str(), s.as_str(), n.as_deref()))
        .collect();
    assert_eq!(
        actions,
        vec![
            ("signatures.invalidate", "invalidation", Some("2")),
            ("signatures.revert", "invalidation", Some("2")),
            ("signatures.clear_suspect", "campaign", Some("1")),
        ]
    );
    assert_eq!(audit[0].3.as_deref(), Some("one network, throwaway domain"));
    let subject: Option<String> = app
        .db
        .read(|conn| {
            Ok(audit_log::table
                .filter(audit_log::action.eq("signatures.invalidate"))
                .select(audit_log::subject_id)
                .first(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(subject.as_deref(), Some(id.as_str()));
}

#[tokio::test]
async fn organisers_and_the_whole_campaign_are_refused() {
    let app = behind_proxy().await;
    signed_four(&app).await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    assert_eq!(organiser.get(&app, "/staff/signatures").await.status, 403);
    let fields = [
        ("campaign", SLUG),
        ("email_domain", "spam.example"),
        ("expected", "2"),
        ("reason", "x"),
    ];
    let refused = organiser
        .post(&app, "/staff/signatures/invalidate", &fields)
        .await;
    assert_eq!(refused.status, 403);

    // A search that does not narrow the campaign offers no invalidation.
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let page = admin.get(&app, "/staff/signatures").await;
    assert!(!page.body.contains("Invalidate all"));
    let whole = [("campaign", SLUG), ("expected", "4"), ("reason", "x")];
    let attempt = admin
        .post(&app, "/staff/signatures/invalidate", &whole)
        .await;
    assert_eq!(attempt.status, 422);
    assert!(attempt.body.contains("narrow the search"));
    assert_eq!(app.wait_for_count(SLUG, 3).await, 3);
}
