//! Signatures at known times, places and states, letters and deliveries, written straight
//! into the database for the dashboard tests. Times are relative to today (UTC) so that
//! the "last 48 hours" chart always sees the same ones.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;
use missive::db::models::constituency;
use missive::db::models::official::{self, OfficialRow};
use missive::db::schema::{campaign_counts, campaigns, deliveries, letters, signatures};
use missive::db::{DbConnection, DbError};

use crate::support::TestApp;

pub const HOLBORN: &str = "E14001290";
pub const WESTMINSTER: &str = "E14001172";
/// A constituency in the postcode lookup with no name loaded.
pub const UNNAMED: &str = "E14009999";

pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// `days_ago` days before today, at `hh:mm` and some odd seconds and microseconds.
pub fn at(days_ago: i64, hh: u32, mm: u32) -> NaiveDateTime {
    (today() - TimeDelta::days(days_ago))
        .and_hms_micro_opt(hh, mm, 7, 123_456)
        .expect("a valid time")
}

/// The label of the day `days_ago` days before today.
pub fn day(days_ago: i64) -> String {
    (today() - TimeDelta::days(days_ago))
        .format("%Y-%m-%d")
        .to_string()
}

/// The label of the hour `hh` on the day `days_ago` days before today.
pub fn hour(days_ago: i64, hh: u32) -> String {
    format!("{}T{hh:02}:00", day(days_ago))
}

struct Sig {
    postcode: Option<&'static str>,
    country: &'static str,
    confirmed: Option<NaiveDateTime>,
    suspect: bool,
    invalidated: bool,
}

fn sig(postcode: Option<&'static str>, country: &'static str, confirmed: NaiveDateTime) -> Sig {
    Sig {
        postcode,
        country,
        confirmed: Some(confirmed),
        suspect: false,
        invalidated: false,
    }
}

fn insert_signatures(conn: &mut DbConnection, campaign: i64, all: &[Sig]) -> QueryResult<()> {
    for (i, s) in all.iter().enumerate() {
        let email = format!("signer{i}-c{campaign}@example.org");
        let created = s.confirmed.unwrap_or_else(|| at(1, 8, 0)) - TimeDelta::minutes(5);
        diesel::insert_into(signatures::table)
            .values((
                signatures::campaign_id.eq(campaign),
                signatures::full_name.eq(format!("Signer {i}")),
                signatures::email.eq(&email),
                signatures::email_canonical.eq(&email),
                signatures::postcode.eq(s.postcode),
                signatures::country_code.eq(s.country),
                // Every third signer asks for updates.
                signatures::wants_updates.eq(i % 3 == 0),
                signatures::created_at.eq(created),
                signatures::confirmed_at.eq(s.confirmed),
                signatures::suspect.eq(s.suspect),
                signatures::invalidated_at.eq(s.invalidated.then(|| at(0, 0, 1))),
                // As confirming does: the count folds these in its next batch.
                signatures::count_dirty.eq(true),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn insert_letter(
    conn: &mut DbConnection,
    campaign: i64,
    status: &str,
    similarity: i32,
) -> QueryResult<i64> {
    let now = Utc::now().naive_utc();
    diesel::insert_into(letters::table)
        .values((
            letters::campaign_id.eq(campaign),
            letters::writer_name.eq("Writer"),
            letters::writer_email.eq("writer@example.org"),
            letters::country_code.eq("GB"),
            letters::subject.eq("Subject"),
            letters::body.eq("Body"),
            letters::similarity.eq(similarity),
            letters::status.eq(status),
            letters::created_at.eq(now),
            letters::updated_at.eq(now),
        ))
        .execute(conn)?;
    letters::table
        .select(letters::id)
        .order(letters::id.desc())
        .first(conn)
}

fn deliver(
    conn: &mut DbConnection,
    letter: i64,
    official: i64,
    method: &str,
    status: &str,
) -> QueryResult<()> {
    diesel::insert_into(deliveries::table)
        .values((
            deliveries::letter_id.eq(letter),
            deliveries::official_id.eq(official),
            deliveries::method.eq(method),
            deliveries::status.eq(status),
            deliveries::updated_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

fn official_row(code: &str, name: &str, constituency: Option<&str>) -> OfficialRow {
    OfficialRow {
        code: code.into(),
        name: name.into(),
        office: "Office".into(),
        salutation: None,
        constituency_code: constituency.map(str::to_owned),
        party: None,
        email: None,
        postal_address: None,
    }
}

/// A second campaign, whose rows must never show in the first one's figures.
fn other_campaign(conn: &mut DbConnection) -> QueryResult<i64> {
    let now = Utc::now().naive_utc();
    diesel::insert_into(campaigns::table)
        .values((
            campaigns::slug.eq("other-campaign"),
            campaigns::headline.eq("Another campaign"),
            campaigns::author_name.eq("Someone"),
            campaigns::body_markdown.eq("Text"),
            campaigns::goal.eq(100_i64),
            campaigns::created_at.eq(now),
            campaigns::updated_at.eq(now),
        ))
        .execute(conn)?;
    let id = campaigns::table
        .filter(campaigns::slug.eq("other-campaign"))
        .select(campaigns::id)
        .first(conn)?;
    diesel::insert_into(campaign_counts::table)
        .values((
            campaign_counts::campaign_id.eq(id),
            campaign_counts::signature_count.eq(0_i64),
            campaign_counts::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Loads the fixture into `campaign` (the shipped one), with a 80% similarity threshold.
pub async fn load(app: &TestApp, campaign: i64) {
    app.db
        .write(move |conn| {
            constituency::upsert_names(
                conn,
                &[
                    (HOLBORN.into(), "Holborn and St Pancras".into()),
                    (
                        WESTMINSTER.into(),
                        "Cities of London and Westminster".into(),
                    ),
                ],
            )?;
            constituency::upsert_postcodes(
                conn,
                &[
                    ("WC1H 9JE".into(), HOLBORN.into()),
                    ("SW1A 1AA".into(), WESTMINSTER.into()),
                    ("M1 1AE".into(), UNNAMED.into()),
                ],
            )?;
            let now = Utc::now().naive_utc();
            let old = now - TimeDelta::days(30);
            official::upsert(
                conn,
                &official_row("old-mp", "Former Member", Some(HOLBORN)),
                old,
            )?;
            let mp = match official::upsert(
                conn,
                &official_row("mp-holborn", "Jane Member MP", Some(HOLBORN)),
                now,
            )? {
                official::Upserted::Created(id) | official::Upserted::Updated(id) => id,
            };
            let minister =
                match official::upsert(conn, &official_row("minister", "A Minister", None), now)? {
                    official::Upserted::Created(id) | official::Upserted::Updated(id) => id,
                };
            let (a, b) = (Some("WC1H 9JE"), Some("SW1A 1AA"));
            let signatures = [
                sig(a, "GB", at(3, 10, 15)),
                sig(a, "GB", at(3, 10, 40)),
                sig(a, "GB", at(1, 9, 30)),
                sig(b, "GB", at(1, 9, 45)),
                sig(None, "KZ", at(1, 14, 5)),
                sig(None, "US", at(3, 18, 20)),
                sig(Some("M1 1AE"), "GB", at(1, 9, 10)),
                sig(Some("ZZ9 9ZZ"), "GB", at(1, 10, 0)),
                Sig {
                    suspect: true,
                    ..sig(a, "GB", at(1, 11, 0))
                },
                Sig {
                    invalidated: true,
                    ..sig(b, "GB", at(1, 12, 0))
                },
                Sig {
                    confirmed: None,
                    ..sig(a, "GB", at(1, 13, 0))
                },
            ];
            insert_signatures(conn, campaign, &signatures)?;
            diesel::update(campaigns::table.find(campaign))
                .set((
                    campaigns::similarity_threshold.eq(800),
                    campaigns::goal.eq(20),
                ))
                .execute(conn)?;
            insert_letter(conn, campaign, "draft", 950)?;
            insert_letter(conn, campaign, "pending", 200)?;
            let joint = insert_letter(conn, campaign, "approved", 800)?;
            let personal = insert_letter(conn, campaign, "approved", 300)?;
            insert_letter(conn, campaign, "rejected", 850)?;
            deliver(conn, joint, mp, "joint", "bundled")?;
            deliver(conn, personal, mp, "email", "sent")?;
            deliver(conn, personal, minister, "print", "print")?;

            let other = other_campaign(conn)?;
            insert_signatures(
                conn,
                other,
                &[sig(a, "GB", at(1, 9, 0)), sig(None, "FR", at(1, 9, 5))],
            )?;
            let elsewhere = insert_letter(conn, other, "approved", 900)?;
            deliver(conn, elsewhere, mp, "email", "failed")?;
            Ok::<_, DbError>(())
        })
        .await
        .expect("fixture loads");
}
