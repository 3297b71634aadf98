//! The exports fixture, inserted with diesel (bypassing the forms, so a name can be a
//! formula): two constituencies with postcodes and one MP, signatures at known times on the
//! featured campaign (consenting or not, pending, invalidated, abroad) plus one on another
//! campaign, and letters in each status.

use chrono::{NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use missive::db::models::campaign;
use missive::db::models::constituency;
use missive::db::models::official::{self, OfficialRow};
use missive::db::schema::{campaigns, letters, signatures};
use missive::db::{DbConnection, DbError};

use crate::support::TestApp;

pub const SLUG: &str = "british-values";
pub const FORMULA_NAME: &str = "=HYPERLINK(\"x\")";
pub const FORMULA_SUBJECT: &str = "-2+3 and @SUM";

/// 1 November 2026 at `h:m` UTC, plus `day - 1` days.
pub fn at(day: u32, h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .expect("a valid time")
}

/// One signature: (name, email, postcode, country, wants updates, created, confirmed,
/// invalidated).
type Signer = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    bool,
    NaiveDateTime,
    Option<NaiveDateTime>,
    bool,
);

pub fn signers() -> Vec<Signer> {
    vec![
        (
            "Ann One",
            "ann@example.org",
            Some("SW1A 1AA"),
            "GB",
            true,
            at(1, 9, 10),
            Some(at(1, 9, 15)),
            false,
        ),
        (
            FORMULA_NAME,
            "hyper@example.org",
            Some("SW1A 1AA"),
            "GB",
            true,
            at(1, 10, 5),
            Some(at(1, 10, 6)),
            false,
        ),
        (
            "Bob Two",
            "bob@example.org",
            Some("M1 1AE"),
            "GB",
            false,
            at(2, 9, 30),
            Some(at(2, 9, 31)),
            false,
        ),
        (
            "Cat Three",
            "cat@example.org",
            None,
            "FR",
            true,
            at(2, 9, 40),
            Some(at(2, 9, 45)),
            false,
        ),
        (
            "Dan Pending",
            "dan@example.org",
            Some("SW1A 1AA"),
            "GB",
            true,
            at(2, 11, 0),
            None,
            false,
        ),
        (
            "Eve Invalid",
            "eve@example.org",
            Some("M1 1AE"),
            "GB",
            true,
            at(3, 8, 0),
            Some(at(3, 8, 1)),
            true,
        ),
        (
            "Fay Four",
            "fay@example.org",
            Some("M1 1AE"),
            "GB",
            false,
            at(3, 14, 20),
            Some(at(3, 14, 22)),
            false,
        ),
    ]
}

/// The featured campaign's id, after loading everything.
pub async fn load(app: &TestApp) -> i64 {
    app.db.write(insert_all).await.expect("fixture")
}

fn insert_all(conn: &mut DbConnection) -> Result<i64, DbError> {
    let now = Utc::now().naive_utc();
    constituency::upsert_names(
        conn,
        &[
            ("E14000001".into(), "Alpha North".into()),
            ("E14000002".into(), "Beta South".into()),
        ],
    )?;
    constituency::upsert_postcodes(
        conn,
        &[
            ("SW1A 1AA".into(), "E14000001".into()),
            ("M1 1AE".into(), "E14000002".into()),
        ],
    )?;
    official::upsert(
        conn,
        &OfficialRow {
            code: "mp-e14000001".into(),
            name: "Ada Member MP".into(),
            office: "MP for Alpha North".into(),
            salutation: None,
            constituency_code: Some("E14000001".into()),
            party: None,
            email: None,
            postal_address: None,
        },
        now,
    )?;
    let id = campaign::find_by_slug(conn, SLUG)?
        .expect("the shipped campaign")
        .id;
    for s in signers() {
        insert_signature(conn, id, s)?;
    }
    let other = other_campaign(conn, now)?;
    let outsider = (
        "Olly Other",
        "olly@example.org",
        Some("SW1A 1AA"),
        "GB",
        true,
        at(1, 9, 0),
        Some(at(1, 9, 1)),
        false,
    );
    insert_signature(conn, other, outsider)?;
    insert_letter(
        conn,
        id,
        "pending",
        Some("E14000001"),
        FORMULA_SUBJECT,
        Some(at(2, 12, 0)),
        None,
    )?;
    insert_letter(
        conn,
        id,
        "approved",
        None,
        "Trade with care",
        Some(at(2, 13, 0)),
        Some(at(3, 9, 0)),
    )?;
    insert_letter(
        conn,
        id,
        "draft",
        Some("E14000002"),
        "Not sent yet",
        None,
        None,
    )?;
    insert_letter(
        conn,
        other,
        "pending",
        None,
        "Elsewhere",
        Some(at(2, 12, 0)),
        None,
    )?;
    Ok(id)
}

pub fn insert_signature(
    conn: &mut DbConnection,
    campaign_id: i64,
    s: Signer,
) -> Result<(), DbError> {
    let (name, email, postcode, country, updates, created, confirmed, invalid) = s;
    diesel::insert_into(signatures::table)
        .values((
            signatures::campaign_id.eq(campaign_id),
            signatures::full_name.eq(name),
            signatures::email.eq(email),
            signatures::email_canonical.eq(email),
            signatures::postcode.eq(postcode),
            signatures::country_code.eq(country),
            signatures::wants_updates.eq(updates),
            signatures::created_at.eq(created),
            signatures::confirmed_at.eq(confirmed),
            signatures::invalidated_at.eq(invalid.then_some(at(4, 0, 0))),
            signatures::count_dirty.eq(confirmed.is_some()),
        ))
        .execute(conn)?;
    Ok(())
}

fn other_campaign(conn: &mut DbConnection, now: NaiveDateTime) -> Result<i64, DbError> {
    diesel::insert_into(campaigns::table)
        .values((
            campaigns::slug.eq("other-cause"),
            campaigns::headline.eq("Another cause"),
            campaigns::author_name.eq("Someone Else"),
            campaigns::body_markdown.eq("Another letter."),
            campaigns::goal.eq(100_i64),
            campaigns::featured.eq(false),
            campaigns::created_at.eq(now),
            campaigns::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(campaign::find_by_slug(conn, "other-cause")?
        .expect("other campaign")
        .id)
}

fn insert_letter(
    conn: &mut DbConnection,
    campaign_id: i64,
    status: &str,
    constituency: Option<&str>,
    subject: &str,
    submitted: Option<NaiveDateTime>,
    decided: Option<NaiveDateTime>,
) -> Result<(), DbError> {
    let writer = format!("Writer of {subject}");
    let email = format!("writer{}@example.org", subject.len());
    diesel::insert_into(letters::table)
        .values((
            letters::campaign_id.eq(campaign_id),
            letters::writer_name.eq(writer),
            letters::writer_email.eq(email),
            letters::country_code.eq(if constituency.is_some() { "GB" } else { "FR" }),
            letters::constituency_code.eq(constituency),
            letters::subject.eq(subject),
            letters::body.eq(format!("Dear official,\n\n{subject}: in my own words.")),
            letters::similarity.eq(850),
            letters::publish.eq(false),
            letters::status.eq(status),
            letters::created_at.eq(at(1, 8, 0)),
            letters::updated_at.eq(at(1, 8, 0)),
            letters::submitted_at.eq(submitted),
            letters::decided_at.eq(decided),
        ))
        .execute(conn)?;
    Ok(())
}
