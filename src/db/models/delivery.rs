//! Deliveries: one row per approved letter and recipient, with how it travels and how far
//! it has got; and joint letters, which carry many near-identical letters as one.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{deliveries, joint_letters, letters, officials};
use crate::db::{DbConnection, DbError};

/// How a letter reaches an official.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// By email from the outbox, with the writer as Reply-To.
    Email,
    /// On paper: the writer prints it (the official has no email address).
    Print,
    /// As one name on a joint letter (the letter is a near-copy of the featured one).
    Joint,
}

/// How far a delivery has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Queued,
    Sent,
    Failed,
    /// Waiting for the next joint letter, or already part of one.
    Bundled,
    /// Ready for the writer to print and post.
    ReadyToPrint,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Email => "email",
            Method::Print => "print",
            Method::Joint => "joint",
        }
    }
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Sent => "sent",
            Status::Failed => "failed",
            Status::Bundled => "bundled",
            Status::ReadyToPrint => "print",
        }
    }

    pub fn from_stored(text: &str) -> Status {
        match text {
            "sent" => Status::Sent,
            "failed" => Status::Failed,
            "bundled" => Status::Bundled,
            "print" => Status::ReadyToPrint,
            _ => Status::Queued,
        }
    }
}

pub fn create(
    conn: &mut DbConnection,
    letter_id: i64,
    official_id: i64,
    method: Method,
    status: Status,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    diesel::insert_into(deliveries::table)
        .values((
            deliveries::letter_id.eq(letter_id),
            deliveries::official_id.eq(official_id),
            deliveries::method.eq(method.as_str()),
            deliveries::status.eq(status.as_str()),
            deliveries::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(deliveries::table
        .filter(deliveries::letter_id.eq(letter_id))
        .filter(deliveries::official_id.eq(official_id))
        .select(deliveries::id)
        .first(conn)?)
}

pub fn set_status(
    conn: &mut DbConnection,
    id: i64,
    status: Status,
    detail: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(deliveries::table.find(id))
        .set((
            deliveries::status.eq(status.as_str()),
            deliveries::detail.eq(detail),
            deliveries::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A delivery as the writer sees it on their private page.
#[derive(Debug, Clone, Queryable)]
pub struct DeliveryView {
    pub id: i64,
    pub official_id: i64,
    pub official_name: String,
    pub official_office: String,
    pub method: String,
    pub status: String,
    pub detail: Option<String>,
    pub updated_at: NaiveDateTime,
    /// The joint letter that carries it, once made.
    pub joint_letter_id: Option<i64>,
}

pub fn for_letter(conn: &mut DbConnection, letter_id: i64) -> Result<Vec<DeliveryView>, DbError> {
    Ok(deliveries::table
        .inner_join(officials::table)
        .filter(deliveries::letter_id.eq(letter_id))
        .order(deliveries::id)
        .select((
            deliveries::id,
            deliveries::official_id,
            officials::name,
            officials::office,
            deliveries::method,
            deliveries::status,
            deliveries::detail,
            deliveries::updated_at,
            deliveries::joint_letter_id,
        ))
        .load(conn)?)
}

/// A near-copy waiting for the next joint letter.
#[derive(Debug, Clone, Queryable)]
pub struct Waiting {
    pub delivery_id: i64,
    pub campaign_id: i64,
    pub official_id: i64,
    pub writer_name: String,
    pub constituency_code: Option<String>,
    pub country_code: String,
    pub postcode: Option<String>,
    pub address_lines: Option<String>,
    pub town: Option<String>,
    pub body: String,
}

/// Every near-copy not yet in a joint letter whose writer confirmed their address, grouped
/// by campaign and official.
pub fn waiting_for_joint(conn: &mut DbConnection) -> Result<Vec<Waiting>, DbError> {
    Ok(deliveries::table
        .inner_join(letters::table)
        .filter(deliveries::status.eq(Status::Bundled.as_str()))
        .filter(deliveries::joint_letter_id.is_null())
        .filter(letters::status.eq(crate::db::models::letter::LetterStatus::Approved.as_str()))
        .filter(letters::writer_confirmed_at.is_not_null())
        .order((
            letters::campaign_id,
            deliveries::official_id,
            deliveries::id,
        ))
        .select((
            deliveries::id,
            letters::campaign_id,
            deliveries::official_id,
            letters::writer_name,
            letters::constituency_code,
            letters::country_code,
            letters::postcode,
            letters::address_lines,
            letters::town,
            letters::body,
        ))
        .load(conn)?)
}

/// Creates a joint letter and attaches the deliveries it carries.
pub fn create_joint(
    conn: &mut DbConnection,
    campaign_id: i64,
    official_id: i64,
    delivery_ids: &[i64],
    status: Status,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    let signer_count = i32::try_from(delivery_ids.len()).unwrap_or(i32::MAX);
    diesel::insert_into(joint_letters::table)
        .values((
            joint_letters::campaign_id.eq(campaign_id),
            joint_letters::official_id.eq(official_id),
            joint_letters::signer_count.eq(signer_count),
            joint_letters::status.eq(status.as_str()),
            joint_letters::created_at.eq(now),
        ))
        .execute(conn)?;
    let id: i64 = joint_letters::table
        .filter(joint_letters::campaign_id.eq(campaign_id))
        .filter(joint_letters::official_id.eq(official_id))
        .order(joint_letters::id.desc())
        .select(joint_letters::id)
        .first(conn)?;
    diesel::update(deliveries::table.filter(deliveries::id.eq_any(delivery_ids)))
        .set((
            deliveries::joint_letter_id.eq(id),
            deliveries::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Marks a joint letter and every delivery it carries with `status`.
pub fn set_joint_status(
    conn: &mut DbConnection,
    joint_id: i64,
    status: Status,
    detail: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(joint_letters::table.find(joint_id))
        .set(joint_letters::status.eq(status.as_str()))
        .execute(conn)?;
    diesel::update(deliveries::table.filter(deliveries::joint_letter_id.eq(joint_id)))
        .set((
            deliveries::status.eq(status.as_str()),
            deliveries::detail.eq(detail),
            deliveries::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}
