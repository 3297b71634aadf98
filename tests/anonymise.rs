//! `missive privacy anonymise`: a campaign closed longer ago than
//! MISSIVE_ANONYMISE_AFTER_DAYS loses every trace of its supporters (every column of every
//! table is read back), while its count and every dashboard figure stay the same (but the
//! signers left to tell of progress: none); a dry run
//! changes nothing and says the same; a second run changes nothing; an open campaign is
//! left alone.

mod support;

use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;
use diesel::sql_types::Text;
use missive::auth::Role;
use missive::campaigns::file::CampaignFile;
use missive::db::models::audit::{self, AuditFilter};
use missive::db::models::campaign::{self, Campaign};
use missive::db::models::{count, invalidation, outbox};
use missive::db::schema::{campaigns, letters, signatures};
use missive::db::{DbConnection, DbError};
use missive::domain::SecretToken;
use missive::stats::DashboardStats;
use support::letters::{confirm_writer, holborn, ADDRESS};
use support::{spawn_app_with, staff_client, TestApp};

const SLUG: &str = "british-values";
const OPEN: &str = "still-open";
const WRITE: &str = "/campaigns/british-values/letters";

/// Letters' words: the unpublished ones carry a word that must not survive.
const PUBLISHED: &str = "Trade should never come at the price of silence about political \
prisoners. Please make any new agreement with Kazakhstan depend on their release.";
const DRAFTED: &str = "My neighbour Mrs Hollowmere was born in Karaganda and still has family \
there; she asked me to write to you about the arrests of her cousins.";
const PRIVATE: &str = "I work at the Brackenbury depot and several of my colleagues come from \
Kazakhstan. They are frightened for relatives who joined the strikes.";
const NOTE: &str = "Please leave out Quentin Noteworthy's name and address.";

/// What must be gone from every table once the campaign is anonymised.
const PERSONAL: [&str; 21] = [
    "Gordon Square",
    "Alba Quince",
    "alba.quince@example.org",
    "Boris Umbel",
    "boris.umbel@example.org",
    "SW1A 1AA",
    "Cato Abroad",
    "cato.abroad@example.org",
    "Dora Pendle",
    "dora.pendle@example.org",
    "Ezra Sly",
    "ezra.sly@example.org",
    "Dita Draftwell",
    "dita.draft@example.org",
    "Hollowmere",
    "Rhea Reject",
    "rhea.reject@example.org",
    "Noteworthy",
    "Pia Publish",
    "Una Private",
    "Brackenbury",
];

fn app() -> impl std::future::Future<Output = TestApp> {
    spawn_app_with(|settings| settings.sign_allow = vec!["127.0.0.1".parse().unwrap()])
}

async fn sign(app: &TestApp, slug: &str, name: &str, email: &str, place: (&str, &str)) {
    let (postcode, country) = place;
    let fields = [
        ("full_name", name),
        ("email", email),
        ("postcode", postcode),
        ("country", country),
        ("updates", "yes"),
        ("website", ""),
    ];
    let path = format!("/campaigns/{slug}/signatures");
    assert_eq!(app.post_form(&path, &fields).await.status, 303);
}

/// Signs and confirms; returns the confirmation link.
async fn sign_and_confirm(
    app: &TestApp,
    slug: &str,
    name: &str,
    email: &str,
    place: (&str, &str),
) -> String {
    sign(app, slug, name, email, place).await;
    let link = app.wait_for_emails_to(email, 1).await[0].confirmation_path();
    assert_eq!(app.post_form(&link, &[]).await.status, 303);
    link
}

/// Starts a letter (saved, or submitted with `extra` fields) and returns its private link.
async fn write(
    app: &TestApp,
    name: &str,
    email: &str,
    body: &str,
    extra: &[(&str, &str)],
) -> String {
    let action = if extra.is_empty() { "save" } else { "submit" };
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
    fields.extend(extra.iter().filter(|(k, _)| *k != "action"));
    fields.extend(ADDRESS);
    let saved = app.post_form(WRITE, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    saved
        .location
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned()
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

/// Waits until the server has sent everything and folded the counts: SQLite takes one
/// writer at a time, and this test writes from outside the server (its own handle, the
/// CLI) only while the server is quiet.
async fn settle(app: &TestApp) {
    let _ = app.get("/health").await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while app.db.read(outbox::pending_count).await.unwrap() > 0 {
        if Instant::now() > deadline {
            let stuck = app.db.read(dump).await.unwrap();
            let stuck: Vec<_> = stuck
                .iter()
                .filter(|l| l.starts_with("outbox|") && l.contains("sent_at=NULL"))
                .collect();
            panic!("the outbox never emptied: {stuck:#?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(250)).await;
}

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

fn lines(conn: &mut DbConnection, query: &str) -> Result<Vec<String>, DbError> {
    let rows: Vec<Line> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(query).load(c)?,
        DbConnection::Postgres(c) => diesel::sql_query(query).load(c)?,
    };
    Ok(rows.into_iter().map(|row| row.line).collect())
}

/// Every row of every table as `table|column=value|…`, read column by column from the
/// database's own catalogue, so a column added later is read too.
fn dump(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    let sqlite = matches!(conn, DbConnection::Sqlite(_));
    let tables = lines(
        conn,
        if sqlite {
            "SELECT name AS line FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name"
        } else {
            "SELECT CAST(table_name AS TEXT) AS line FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
        },
    )?;
    let mut all = Vec::new();
    for table in tables {
        let columns = lines(
            conn,
            &if sqlite {
                format!("SELECT name AS line FROM pragma_table_info('{table}')")
            } else {
                format!(
                    "SELECT CAST(column_name AS TEXT) AS line FROM information_schema.columns \
                     WHERE table_schema = 'public' AND table_name = '{table}' \
                     ORDER BY ordinal_position"
                )
            },
        )?;
        let row = columns
            .iter()
            .map(|c| format!("'|{c}=' || COALESCE(CAST(\"{c}\" AS TEXT), 'NULL')"))
            .collect::<Vec<_>>()
            .join(" || ");
        let mut rows = lines(
            conn,
            &format!("SELECT '{table}' || {row} AS line FROM \"{table}\""),
        )?;
        rows.sort();
        all.extend(rows);
    }
    Ok(all)
}

/// The figures that must not move: the dashboard at a fixed moment, the stored count and
/// a recount.
async fn figures(app: &TestApp, at: NaiveDateTime) -> (DashboardStats, i64, i64) {
    app.db
        .read(move |conn| {
            let campaign: Campaign = campaign::find_by_slug(conn, SLUG)?.unwrap();
            let stored = count::all(conn)?
                .into_iter()
                .find(|row| row.slug == SLUG)
                .unwrap()
                .signature_count;
            Ok((
                DashboardStats::load(conn, &campaign, at)?,
                stored,
                count::recount(conn, campaign.id)?,
            ))
        })
        .await
        .unwrap()
}

async fn anonymisations(app: &TestApp) -> Vec<audit::AuditRow> {
    app.db
        .read(|conn| {
            let filter = AuditFilter {
                action: Some("privacy.anonymise".into()),
                ..AuditFilter::default()
            };
            audit::list(conn, &filter, 10)
        })
        .await
        .unwrap()
}

fn cli(app: &TestApp, args: &[&str]) -> String {
    let out = app.run_cli(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The line the command printed about the campaign, after "(closed …): ".
fn said_about(out: &str, slug: &str) -> String {
    let line = out
        .lines()
        .find(|l| l.starts_with(&format!("{slug} (closed ")))
        .unwrap_or_else(|| panic!("no line for {slug} in:\n{out}"));
    line.split_once("): ").unwrap().1.to_owned()
}

#[tokio::test]
async fn a_closed_campaign_loses_its_supporters_data_and_keeps_its_figures() {
    let app = app().await;
    holborn(&app).await;
    let open = include_str!("../campaigns/british-values.md")
        .replace("slug = \"british-values\"", &format!("slug = \"{OPEN}\""))
        .replace("featured = true", "featured = false");
    let open = CampaignFile::parse(&open).unwrap();
    app.db
        .write(move |conn| campaign::import(conn, &open, Utc::now().naive_utc()))
        .await
        .unwrap();

    // Signers: a constituency found from the postcode, a postcode not in the lookup, one
    // abroad, one who never confirmed, one held as suspect.
    let uk = ("WC1H 9JE", "GB");
    let mut links = vec![
        sign_and_confirm(&app, SLUG, "Alba Quince", "alba.quince@example.org", uk).await,
        sign_and_confirm(
            &app,
            SLUG,
            "Boris Umbel",
            "boris.umbel@example.org",
            ("SW1A 1AA", "GB"),
        )
        .await,
        sign_and_confirm(
            &app,
            SLUG,
            "Cato Abroad",
            "cato.abroad@example.org",
            ("", "FR"),
        )
        .await,
        sign_and_confirm(&app, SLUG, "Ezra Sly", "ezra.sly@example.org", uk).await,
    ];
    sign(&app, SLUG, "Dora Pendle", "dora.pendle@example.org", uk).await;
    links.push(app.wait_for_emails_to("dora.pendle@example.org", 1).await[0].confirmation_path());
    settle(&app).await;
    app.db
        .write(|conn| {
            diesel::update(signatures::table.filter(signatures::email.eq("ezra.sly@example.org")))
                .set((
                    signatures::suspect.eq(true),
                    signatures::count_dirty.eq(true),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let olive = sign_and_confirm(
        &app,
        OPEN,
        "Olive Open",
        "olive.open@example.org",
        ("N1 7GU", "GB"),
    )
    .await;

    // Letters: a draft, a rejected one with a note, a published one, a private one.
    links.push(
        write(
            &app,
            "Dita Draftwell",
            "dita.draft@example.org",
            DRAFTED,
            &[],
        )
        .await,
    );
    links.push(
        write(
            &app,
            "Rhea Reject",
            "rhea.reject@example.org",
            PRIVATE,
            &[("action", "submit")],
        )
        .await,
    );
    let published = [("publish", "yes"), ("public_name", "Pia P.")];
    links.push(
        write(
            &app,
            "Pia Publish",
            "pia.publish@example.org",
            PUBLISHED,
            &published,
        )
        .await,
    );
    links.push(
        write(
            &app,
            "Una Private",
            "una.private@example.org",
            PRIVATE,
            &[("action", "submit")],
        )
        .await,
    );
    for writer in [
        "rhea.reject@example.org",
        "pia.publish@example.org",
        "una.private@example.org",
    ] {
        confirm_writer(&app, writer).await;
    }
    // A moderator rejects one with a note, and approves two (their deliveries start).
    let moderator = staff_client(&app, "moderator@example.org", Role::Moderator).await;
    let rhea = letter_id(&app, "rhea.reject@example.org").await;
    let rejected = moderator
        .post(
            &app,
            &format!("/staff/moderation/{rhea}/reject"),
            &[("reason", "spam"), ("note", NOTE)],
        )
        .await;
    assert_eq!(rejected.status, 303, "{}", rejected.body);
    for email in ["pia.publish@example.org", "una.private@example.org"] {
        let id = letter_id(&app, email).await;
        let approve = format!("/staff/moderation/{id}/approve");
        assert_eq!(moderator.post(&app, &approve, &[]).await.status, 303);
    }
    // A fraud search kept with an invalidation names an address range and a postcode.
    let campaign_id = app
        .db
        .read(|conn| Ok(campaign::find_by_slug(conn, SLUG)?.unwrap().id))
        .await
        .unwrap();
    settle(&app).await;
    app.db
        .write(move |conn| {
            let search = r#"{"campaign":"british-values","ip":"203.0.113.0/24","postcode":"SW1A"}"#;
            invalidation::create(conn, campaign_id, search, 1, Utc::now().naive_utc())?;
            Ok(())
        })
        .await
        .unwrap();

    // Closed 200 days ago: past the default 183.
    settle(&app).await;
    let closed = Utc::now().naive_utc() - TimeDelta::days(200);
    app.db
        .write(move |conn| {
            diesel::update(campaigns::table.filter(campaigns::slug.eq(SLUG)))
                .set(campaigns::closes_at.eq(closed))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    // Three signers, and the three writers who confirmed to send their letters.
    assert_eq!(app.wait_for_count(SLUG, 6).await, 6);
    let at = Utc::now().naive_utc();
    let before = figures(&app, at).await;
    assert_eq!(before.1, 6);
    assert_eq!(before.0.statuses.suspect, 1);
    assert!(before
        .0
        .constituencies
        .iter()
        .any(|c| c.code == "E14001290" && c.count == 4));
    let dumped = app.db.read(dump).await.unwrap();
    let open_rows = |rows: &[String]| -> Vec<String> {
        rows.iter()
            .filter(|l| l.contains("olive.open@example.org"))
            .cloned()
            .collect()
    };
    assert!(
        open_rows(&dumped).len() >= 2,
        "Olive's signature and email are stored"
    );

    let dry = cli(&app, &["privacy", "anonymise", "--dry-run"]);
    let would = said_about(&dry, SLUG);
    assert!(
        would.starts_with("would erase 8 signatures, 4 letters, "),
        "{dry}"
    );
    assert!(!dry.contains(OPEN), "{dry}");
    assert_eq!(
        app.db.read(dump).await.unwrap(),
        dumped,
        "a dry run changes nothing"
    );

    let scrubbed = support::files::before_erasure(&app, &PERSONAL).await;
    let run = cli(&app, &["privacy", "anonymise"]);
    // Nothing erased can be read in the database's files either.
    support::files::assert_scrubbed(&app, &scrubbed, &PERSONAL).await;
    assert_eq!(
        said_about(&run, SLUG),
        would.replacen("would erase", "erased", 1),
        "{run}"
    );

    // Every figure is as it was, but for the signers who can be told of progress: their
    // email addresses are gone, so none is left to tell.
    assert!(before.0.statuses.opted_in > 0);
    let mut after = figures(&app, at).await;
    assert_eq!(after.0.statuses.opted_in, 0);
    after.0.statuses.opted_in = before.0.statuses.opted_in;
    assert_eq!(after, before);
    assert_eq!(app.wait_for_count(SLUG, 6).await, 6);

    // No trace of the campaign's supporters in any column of any table (the postcode
    // lookup is reference data, and holds WC1H 9JE for everyone).
    let after = app.db.read(dump).await.unwrap();
    for line in after.iter().filter(|l| !l.starts_with("postcodes|")) {
        for personal in PERSONAL {
            assert!(!line.contains(personal), "{personal:?} is still in {line}");
        }
        for link in &links {
            let token = link.rsplit('/').next().unwrap();
            let hash = SecretToken::parse(token).unwrap().hash();
            assert!(
                !line.contains(hash.as_str()),
                "a private link survives: {line}"
            );
        }
        if line.starts_with("signatures|") && !line.contains("olive.open@example.org") {
            assert!(
                line.contains("|ip=NULL|") && line.contains("|postcode=NULL|"),
                "{line}"
            );
        }
        if line.starts_with("letters|") {
            assert!(line.contains("|ip=NULL"), "{line}");
        }
        if line.starts_with("invalidations|") {
            assert!(
                !line.contains("203.0.113") && !line.contains("SW1A"),
                "{line}"
            );
        }
    }
    // The open campaign's supporter is untouched, and the published letter stays, nameless.
    assert_eq!(open_rows(&after), open_rows(&dumped));
    assert_eq!(app.get(&olive).await.status, 200);
    let page = app.get("/campaigns/british-values/letters").await;
    assert!(page
        .body
        .contains("Trade should never come at the price of silence"));
    assert!(page.body.contains("A supporter") && !page.body.contains("Pia P."));
    for link in &links {
        assert_eq!(app.get(link).await.status, 404, "{link}");
    }
    let logged = anonymisations(&app).await;
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].actor, "cli");
    assert!(logged[0]
        .new_state
        .as_deref()
        .unwrap()
        .contains("\"signatures\":8"));

    // Again: nothing left to do, and nothing changes.
    let again = cli(&app, &["privacy", "anonymise"]);
    assert_eq!(said_about(&again, SLUG), "nothing left to erase", "{again}");
    assert_eq!(app.db.read(dump).await.unwrap(), after);
    assert_eq!(anonymisations(&app).await.len(), 1);

    // Nobody is left to send updates to.
    let signers = cli(&app, &["export", "signers", "--campaign", SLUG]);
    assert_eq!(signers.lines().count(), 1, "{signers}");
}
