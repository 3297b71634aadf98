//! Answers from officials to a campaign, as staff record them: who answered, when, a
//! summary and the full text; and who is emailed about one (once, when it is recorded).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{campaign_targets, deliveries, letters, official_responses, officials};
use crate::db::{DbConnection, DbError};

/// A recorded answer with its official's name, role and party.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Response {
    pub id: i64,
    pub campaign_id: i64,
    pub official_id: i64,
    pub received_on: NaiveDateTime,
    pub summary: String,
    pub body: String,
    pub as_received: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub emailed_at: Option<NaiveDateTime>,
    pub official_name: String,
    pub official_office: String,
}

/// What staff enter for an answer (already checked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseFields {
    pub official_id: i64,
    pub received_on: NaiveDateTime,
    pub summary: String,
    pub body: String,
    pub as_received: bool,
}

type Columns = (
    official_responses::id,
    official_responses::campaign_id,
    official_responses::official_id,
    official_responses::received_on,
    official_responses::summary,
    official_responses::body,
    official_responses::as_received,
    official_responses::created_at,
    official_responses::updated_at,
    official_responses::emailed_at,
    officials::name,
    officials::office,
);

const COLUMNS: Columns = (
    official_responses::id,
    official_responses::campaign_id,
    official_responses::official_id,
    official_responses::received_on,
    official_responses::summary,
    official_responses::body,
    official_responses::as_received,
    official_responses::created_at,
    official_responses::updated_at,
    official_responses::emailed_at,
    officials::name,
    officials::office,
);

/// A campaign's answers, newest received first.
pub fn for_campaign(conn: &mut DbConnection, campaign_id: i64) -> Result<Vec<Response>, DbError> {
    Ok(official_responses::table
        .inner_join(officials::table)
        .filter(official_responses::campaign_id.eq(campaign_id))
        .order((
            official_responses::received_on.desc(),
            official_responses::id.desc(),
        ))
        .select(COLUMNS)
        .load(conn)?)
}

pub fn find(
    conn: &mut DbConnection,
    campaign_id: i64,
    id: i64,
) -> Result<Option<Response>, DbError> {
    Ok(official_responses::table
        .inner_join(officials::table)
        .filter(official_responses::campaign_id.eq(campaign_id))
        .filter(official_responses::id.eq(id))
        .select(COLUMNS)
        .first(conn)
        .optional()?)
}

/// Stores a new answer; returns its id.
pub fn create(
    conn: &mut DbConnection,
    campaign_id: i64,
    fields: &ResponseFields,
    created_by: Option<i64>,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    diesel::insert_into(official_responses::table)
        .values((
            official_responses::campaign_id.eq(campaign_id),
            official_responses::official_id.eq(fields.official_id),
            official_responses::received_on.eq(fields.received_on),
            official_responses::summary.eq(&fields.summary),
            official_responses::body.eq(&fields.body),
            official_responses::as_received.eq(fields.as_received),
            official_responses::created_by.eq(created_by),
            official_responses::created_at.eq(now),
            official_responses::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(official_responses::table
        .filter(official_responses::campaign_id.eq(campaign_id))
        .order(official_responses::id.desc())
        .select(official_responses::id)
        .first(conn)?)
}

/// Corrects an answer; whether and when it was emailed stays.
pub fn update(
    conn: &mut DbConnection,
    campaign_id: i64,
    id: i64,
    fields: &ResponseFields,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        official_responses::table
            .filter(official_responses::campaign_id.eq(campaign_id))
            .filter(official_responses::id.eq(id)),
    )
    .set((
        official_responses::official_id.eq(fields.official_id),
        official_responses::received_on.eq(fields.received_on),
        official_responses::summary.eq(&fields.summary),
        official_responses::body.eq(&fields.body),
        official_responses::as_received.eq(fields.as_received),
        official_responses::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(changed > 0)
}

/// Marks the answer as emailed, if it was not yet: true for the one caller that did so.
pub fn claim_emailing(
    conn: &mut DbConnection,
    id: i64,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let claimed = diesel::update(
        official_responses::table
            .filter(official_responses::id.eq(id))
            .filter(official_responses::emailed_at.is_null()),
    )
    .set(official_responses::emailed_at.eq(now))
    .execute(conn)?;
    Ok(claimed == 1)
}

/// The officials staff may pick: the campaign's targets first (in their order), then every
/// other official by name. The flag says whether the official is a target.
pub fn choosable_officials(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<(i64, String, String, bool)>, DbError> {
    let codes: Vec<Option<String>> = campaign_targets::table
        .filter(campaign_targets::campaign_id.eq(campaign_id))
        .order(campaign_targets::position)
        .select(campaign_targets::official_code)
        .load(conn)?;
    let codes: Vec<String> = codes.into_iter().flatten().collect();
    let all: Vec<(i64, String, String, String)> = officials::table
        .order((officials::name, officials::id))
        .select((
            officials::id,
            officials::code,
            officials::name,
            officials::office,
        ))
        .load(conn)?;
    let mut targets = Vec::new();
    for code in &codes {
        if let Some((id, _, name, office)) = all.iter().find(|(_, c, ..)| c == code) {
            targets.push((*id, name.clone(), office.clone(), true));
        }
    }
    let others = all
        .into_iter()
        .filter(|(_, code, ..)| !codes.contains(code))
        .map(|(id, _, name, office)| (id, name, office, false));
    targets.extend(others);
    Ok(targets)
}

/// The addresses of everyone whose letter for the campaign went to the official (its
/// delivery was sent, alone or in a joint letter), with their names and their letters' languages.
pub fn writers_to(
    conn: &mut DbConnection,
    campaign_id: i64,
    official_id: i64,
) -> Result<Vec<(String, String, String)>, DbError> {
    Ok(deliveries::table
        .inner_join(letters::table)
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(deliveries::official_id.eq(official_id))
        .filter(deliveries::status.eq(crate::db::models::delivery::Status::Sent.as_str()))
        .filter(letters::writer_email.ne(""))
        .order(letters::id)
        .select((
            letters::writer_name,
            letters::writer_email,
            letters::language,
        ))
        .load(conn)?)
}
