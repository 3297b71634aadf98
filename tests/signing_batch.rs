//! Signing and confirming in batches leave the same rows, emails and answers as one form or
//! link at a time: the same requests, run together on one database and in turn on another,
//! compared table by table (repeats within the batch, repeats of stored signatures, rate
//! limits, two campaigns, a quiet repeat, an unknown address; several links to one
//! signature, a link posted twice, an unknown and an expired link).

mod support;

use chrono::{SubsecRound, TimeDelta, Utc};
use diesel::prelude::*;
use missive::db::models::campaign::{self, Campaign};
use missive::db::schema::{confirmation_tokens, outbox, signatures};
use missive::db::{Batch, Database};
use missive::domain::SecretToken;
use missive::forms::sign::SignForm;
use missive::fraud::rate_limit::SignLimits;
use missive::mail::quota::MailLimits;
use missive::signing::{
    ConfirmRequest, LinkState, Links, Origin, SignRequest, Signed, WhenConfirmed,
};
use support::{import_campaign, spawn_app, TestApp};

const SHIPPED: &str = include_str!("../campaigns/british-values.md");

/// Adds a second campaign beside the shipped one.
fn import_second(app: &TestApp) {
    let text = SHIPPED
        .replace("slug = \"british-values\"", "slug = \"second\"")
        .replace("featured = true", "featured = false")
        // No officials are loaded here, and an import naming one that is not is refused.
        .replace(
            "targets = [\"prime-minister\", \"foreign-secretary\", \"own-mp\"]",
            "targets = [\"own-mp\"]",
        );
    import_campaign(app, "second.md", &text);
}

/// The shipped campaign and the second one, as stored.
async fn campaigns(app: &TestApp) -> (Campaign, Campaign) {
    let find = |slug: &'static str| {
        app.db
            .read(move |conn| Ok(campaign::find_by_slug(conn, slug)?.expect("campaign stored")))
    };
    (
        find("british-values").await.expect("read"),
        find("second").await.expect("read"),
    )
}

fn request(
    campaign: &Campaign,
    email: &str,
    ip: Option<&str>,
    when_confirmed: WhenConfirmed,
    now: chrono::NaiveDateTime,
) -> SignRequest {
    let form = SignForm {
        full_name: "Ada Lovelace".into(),
        email: email.into(),
        postcode: "SW1A 1AA".into(),
        ..SignForm::default()
    };
    SignRequest {
        campaign: campaign.clone(),
        signer: form.parse().expect("a valid form"),
        links: Links::new("https://missive.test", TimeDelta::days(7)),
        when_confirmed,
        origin: Origin {
            lang: missive::i18n::Lang::En,
            ip: ip.map(|ip| ip.parse().expect("address")),
            limits: SignLimits {
                limits: vec!["1/60".parse().unwrap(), "5/300".parse().unwrap()],
                allow: Vec::new(),
            },
            mail: MailLimits {
                per_mailbox: "4/86400".parse().unwrap(),
                slow_interval: TimeDelta::seconds(2),
            },
        },
        now,
    }
}

/// Runs `requests` as one batch, or one at a time, each in a write transaction.
fn run<B: Batch>(db: &Database, requests: &[B], batched: bool) -> Vec<B::Output> {
    if batched {
        let all: Vec<&B> = requests.iter().collect();
        return db
            .write_blocking(|conn| B::run_all(conn, &all))
            .expect("the batch");
    }
    requests
        .iter()
        .map(|request| {
            db.write_blocking(|conn| request.run_one(conn))
                .expect("one at a time")
        })
        .collect()
}

type SignatureRow = (
    i64,
    i64,
    String,
    String,
    i32,
    bool,
    Option<String>,
    bool,
    Option<chrono::NaiveDateTime>,
);

/// An email's id, recipient, subject, whether it is in the slow lane and when it is due.
type EmailRow = (i64, String, String, bool, chrono::NaiveDateTime);

/// Everything signing wrote, in a form two databases can be compared by (token secrets and
/// email bodies differ by design: each link is random).
async fn tables(db: &Database) -> (Vec<SignatureRow>, Vec<i64>, Vec<EmailRow>) {
    db.read(|conn| {
        let signatures = signatures::table
            .order(signatures::id)
            .select((
                signatures::id,
                signatures::campaign_id,
                signatures::email,
                signatures::email_canonical,
                signatures::emails_sent,
                signatures::suspect,
                signatures::ip,
                signatures::confirmed_at.is_not_null(),
                signatures::emails_since,
            ))
            .load(conn)?;
        let tokens = confirmation_tokens::table
            .order(confirmation_tokens::signature_id)
            .select(confirmation_tokens::signature_id)
            .load(conn)?;
        let emails = outbox::table
            .order(outbox::id)
            .select((
                outbox::id,
                outbox::recipient,
                outbox::subject,
                outbox::slow,
                outbox::next_attempt_at,
            ))
            .load(conn)?;
        Ok((signatures, tokens, emails))
    })
    .await
    .expect("read tables")
}

#[tokio::test]
async fn a_batch_writes_what_the_same_forms_signed_in_turn_write() {
    let together = spawn_app().await;
    let in_turn = spawn_app().await;
    let now = Utc::now().naive_utc();
    let before = now - TimeDelta::seconds(10);
    let mut outcomes = Vec::new();
    for (app, batched) in [(&together, true), (&in_turn, false)] {
        import_second(app);
        let (first, second) = campaigns(app).await;
        // Already stored: a confirmed signer, a pending one, and one from 203.0.113.3.
        for (email, ip) in [
            ("dora@example.org", "203.0.113.9"),
            ("eve@example.org", "203.0.113.8"),
            ("pat@example.org", "203.0.113.3"),
        ] {
            let earlier = request(&first, email, Some(ip), WhenConfirmed::Notify, before);
            app.db
                .write_batched(earlier)
                .await
                .expect("an earlier signature");
        }
        app.db
            .write(move |conn| {
                diesel::update(signatures::table.filter(signatures::email.eq("dora@example.org")))
                    .set(signatures::confirmed_at.eq(Some(before)))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .expect("confirm dora");

        let notify = WhenConfirmed::Notify;
        let requests = [
            request(&first, "ada@example.org", Some("203.0.113.1"), notify, now),
            request(&first, "bob@example.org", Some("203.0.113.1"), notify, now),
            request(&first, "Ada@Example.org", Some("203.0.113.2"), notify, now),
            request(&first, "ada@example.org", Some("203.0.113.1"), notify, now),
            request(&first, "ada@example.org", Some("203.0.113.1"), notify, now),
            request(&first, "cy@example.org", None, notify, now),
            request(&first, "dora@example.org", Some("203.0.113.4"), notify, now),
            request(&first, "eve@example.org", Some("203.0.113.4"), notify, now),
            request(&first, "eve@example.org", Some("203.0.113.4"), notify, now),
            request(&second, "fay@example.org", Some("203.0.113.1"), notify, now),
            request(&first, "hal@example.org", Some("203.0.113.3"), notify, now),
            request(
                &first,
                "dora@example.org",
                None,
                WhenConfirmed::StayQuiet,
                now,
            ),
        ];
        let signed = run(&app.db, &requests, batched);
        outcomes.push(signed);
    }

    assert_eq!(outcomes[0], outcomes[1]);
    let seen: Vec<Signed> = outcomes[0].iter().map(|s| s.outcome).collect();
    use Signed::*;
    assert_eq!(
        seen,
        [
            New,
            New,
            ReminderSent,
            ReminderSent,
            NothingSent,
            New,
            AlreadyConfirmedNotice,
            ReminderSent,
            ReminderSent,
            New,
            New,
            NothingSent
        ]
    );
    let (signatures, tokens, emails) = tables(&together.db).await;
    assert_eq!(
        (signatures.clone(), tokens.clone(), emails.clone()),
        tables(&in_turn.db).await
    );

    let row = |email: &str| {
        signatures
            .iter()
            .find(|s| s.2 == email)
            .unwrap_or_else(|| panic!("{email} stored"))
            .clone()
    };
    // Three emails at most, counted on the row the batch inserted.
    assert_eq!(row("ada@example.org").4, 3);
    assert_eq!(row("eve@example.org").4, 3);
    assert_eq!(row("dora@example.org").4, 2);
    // Over the burst limit: a second from one address within a minute, on one campaign.
    assert!(row("bob@example.org").5);
    assert!(row("hal@example.org").5);
    assert!(!row("ada@example.org").5 && !row("fay@example.org").5 && !row("cy@example.org").5);
    assert_eq!(row("cy@example.org").6, None);
    // New: ada, bob, cy, fay, hal.
    assert_eq!(signatures.len(), 3 + 5);
    // Links: ada ×3, bob, cy, eve ×2, fay, hal; emails: those and dora's note.
    assert_eq!(tokens.len(), 3 + 9);
    assert_eq!(emails.len(), 3 + 10);
}

#[tokio::test]
async fn a_batch_caps_mailboxes_paces_suspects_and_resets_windows_as_in_turn() {
    let together = spawn_app().await;
    let in_turn = spawn_app().await;
    // PostgreSQL keeps microseconds.
    let now = Utc::now().naive_utc().trunc_subsecs(6);
    let two_days_ago = now - TimeDelta::days(2);
    let mut outcomes = Vec::new();
    for (app, batched) in [(&together, true), (&in_turn, false)] {
        let (first, _) = {
            import_second(app);
            campaigns(app).await
        };
        // Gus used up his three emails two days ago: his window has passed.
        for _ in 0..3 {
            let earlier = request(
                &first,
                "gus@example.org",
                None,
                WhenConfirmed::Notify,
                two_days_ago,
            );
            app.db
                .write_batched(earlier)
                .await
                .expect("an earlier signature");
        }
        let notify = WhenConfirmed::Notify;
        let mut requests: Vec<SignRequest> = (0..6)
            .map(|n| {
                let email = format!("target+{n}@example.org");
                request(&first, &email, Some("203.0.113.5"), notify, now)
            })
            .collect();
        requests.push(request(&first, "gus@example.org", None, notify, now));
        requests.push(request(&first, "gus@example.org", None, notify, now));
        let signed = run(&app.db, &requests, batched);
        outcomes.push(signed);
    }
    assert_eq!(outcomes[0], outcomes[1]);
    let (signatures, tokens, emails) = tables(&together.db).await;
    assert_eq!(
        (signatures.clone(), tokens.clone(), emails.clone()),
        tables(&in_turn.db).await
    );
    // One mailbox, six tags: four emails (the cap), the rest of the signatures unmailed.
    let to_target: Vec<&EmailRow> = emails
        .iter()
        .filter(|e| e.1.starts_with("target+"))
        .collect();
    assert_eq!(to_target.len(), 4);
    // The first is within the signing limit; the suspects after it are paced.
    assert!(!to_target[0].3);
    assert!(to_target[1..].iter().all(|e| e.3));
    assert_eq!(to_target[2].4 - to_target[1].4, TimeDelta::seconds(2));
    assert_eq!(to_target[3].4 - to_target[2].4, TimeDelta::seconds(2));
    let sent: Vec<i32> = signatures
        .iter()
        .filter(|s| s.2.starts_with("target+"))
        .map(|s| s.4)
        .collect();
    assert_eq!(sent, [1, 1, 1, 1, 0, 0]);
    // Gus's window started again: two new links now.
    let gus = signatures
        .iter()
        .find(|s| s.2 == "gus@example.org")
        .unwrap();
    assert_eq!(gus.4, 2);
    assert_eq!(gus.8, Some(now));
}

/// The confirmation links in the outbox, oldest first.
async fn links(db: &Database) -> Vec<SecretToken> {
    let bodies: Vec<String> = db
        .read(|conn| {
            Ok(outbox::table
                .order(outbox::id)
                .select(outbox::body_text)
                .load(conn)?)
        })
        .await
        .expect("read the outbox");
    bodies
        .iter()
        .filter_map(|body| {
            let (_, after) = body.split_once("/signatures/confirm/")?;
            SecretToken::parse(after.get(..43)?).ok()
        })
        .collect()
}

#[tokio::test]
async fn a_batch_confirms_as_the_same_links_posted_in_turn_confirm() {
    let together = spawn_app().await;
    let in_turn = spawn_app().await;
    // PostgreSQL keeps microseconds.
    let now = Utc::now().naive_utc().trunc_subsecs(6);
    let mut results = Vec::new();
    for (app, batched) in [(&together, true), (&in_turn, false)] {
        import_second(app);
        let (first, second) = campaigns(app).await;
        // Ada twice (a reminder: two links to one signature), Bob, and Cy on the second.
        for (campaign, email) in [
            (&first, "ada@example.org"),
            (&first, "ada@example.org"),
            (&first, "bob@example.org"),
            (&second, "cy@example.org"),
        ] {
            let sign = request(campaign, email, None, WhenConfirmed::Notify, now);
            app.db.write_batched(sign).await.expect("signed");
        }
        let links = links(&app.db).await;
        assert_eq!(links.len(), 4, "{} links", links.len());
        let at = |ms: i64| now + TimeDelta::milliseconds(ms);
        let requests = [
            (&links[1], at(1)),
            (&links[0], at(2)),
            (&links[2], at(3)),
            (&links[2], at(4)),
            (&SecretToken::generate(), at(5)),
            (&links[3], now + TimeDelta::days(8)),
        ]
        .map(|(secret, now)| ConfirmRequest {
            secret: secret.clone(),
            now,
        });
        let states = run(&app.db, &requests, batched);
        let confirmed: Vec<(String, Option<chrono::NaiveDateTime>, bool)> = app
            .db
            .read(|conn| {
                Ok(signatures::table
                    .order(signatures::id)
                    .select((
                        signatures::email,
                        signatures::confirmed_at,
                        signatures::count_dirty,
                    ))
                    .load(conn)?)
            })
            .await
            .expect("read signatures");
        results.push((states, confirmed));
    }

    assert_eq!(results[0], results[1]);
    let (states, confirmed) = &results[0];
    let done = |slug: &str| LinkState::Confirmed {
        slug: slug.into(),
        headline: "UK trade props up Kazakh dictatorship".into(),
    };
    assert_eq!(
        states,
        &[
            done("british-values"),
            done("british-values"),
            done("british-values"),
            done("british-values"),
            LinkState::Unknown,
            LinkState::Expired {
                slug: "second".into()
            },
        ]
    );
    // Each signature confirmed at the time of the first link that confirmed it.
    let ms = |n: i64| Some(now + TimeDelta::milliseconds(n));
    assert_eq!(confirmed[0], ("ada@example.org".into(), ms(1), true));
    assert_eq!(confirmed[1], ("bob@example.org".into(), ms(3), true));
    assert_eq!(confirmed[2].1, None);
}
