//! Finding signatures for review, and the bulk changes a moderator makes to what they
//! found. Every change that may move a count marks the signature `count_dirty`.

use chrono::NaiveDateTime;
use diesel::expression::BoxableExpression;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Nullable, Text};

use crate::db::schema::{constituencies, postcodes, signatures};
use crate::db::{DbConnection, DbError};

type Backend = <DbConnection as Connection>::Backend;
type Condition<'a> =
    Box<dyn BoxableExpression<signatures::table, Backend, SqlType = Nullable<Bool>> + 'a>;

mod bulk;

pub use bulk::{clear_suspects, invalidate, restore};

diesel::define_sql_function!(fn lower(x: Text) -> Text);

/// A text column compared whole or by its start. Prefixes hold no `%`, `_` or `\`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum TextMatch {
    Exact(String),
    Prefix(String),
}

/// Which signatures a search keeps by their review state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    All,
    Suspect,
    Invalidated,
}

/// What a moderator searches signatures by; everything but the campaign is optional.
#[derive(Debug, Clone, Default)]
pub struct SignatureFilter {
    pub campaign_id: i64,
    /// Lower case: the whole part after the `@`.
    pub email_domain: Option<String>,
    /// Any of these matches the stored address; empty means any address.
    pub ip: Vec<TextMatch>,
    pub postcode: Option<TextMatch>,
    /// A constituency code, or a constituency name in lower case.
    pub constituency: Option<String>,
    pub from: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    pub status: Status,
}

/// One signature as the review page shows it.
#[derive(Debug, Clone, Queryable)]
pub struct ReviewRow {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub postcode: Option<String>,
    pub ip: Option<String>,
    pub created_at: NaiveDateTime,
    pub confirmed: bool,
    pub suspect: bool,
    pub invalidated: bool,
}

fn text_matches<'a>(matcher: &TextMatch) -> Condition<'a> {
    match matcher {
        TextMatch::Exact(text) => Box::new(signatures::ip.eq(text.clone())),
        TextMatch::Prefix(text) => Box::new(signatures::ip.like(format!("{text}%"))),
    }
}

fn matching(filter: &SignatureFilter) -> signatures::BoxedQuery<'static, Backend> {
    let mut query = signatures::table
        .filter(signatures::campaign_id.eq(filter.campaign_id))
        .into_boxed();
    if let Some(domain) = &filter.email_domain {
        query = query.filter(lower(signatures::email).like(format!("%@{domain}")));
    }
    if let Some(first) = filter.ip.first() {
        let any = filter.ip[1..].iter().fold(text_matches(first), |acc, m| {
            Box::new(acc.or(text_matches(m)))
        });
        query = query.filter(any);
    }
    match &filter.postcode {
        Some(TextMatch::Exact(code)) => query = query.filter(signatures::postcode.eq(code.clone())),
        Some(TextMatch::Prefix(start)) => {
            query = query.filter(signatures::postcode.like(format!("{start}%")))
        }
        None => {}
    }
    if let Some(wanted) = &filter.constituency {
        let named = constituencies::table
            .filter(lower(constituencies::name).eq(wanted.clone()))
            .select(constituencies::code);
        let in_it = postcodes::table
            .filter(
                postcodes::constituency_code
                    .eq(wanted.clone())
                    .or(postcodes::constituency_code.eq_any(named)),
            )
            .select(postcodes::postcode.nullable());
        query = query.filter(signatures::postcode.eq_any(in_it));
    }
    if let Some(from) = filter.from {
        query = query.filter(signatures::created_at.ge(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(signatures::created_at.lt(until));
    }
    match filter.status {
        Status::All => query,
        Status::Suspect => query.filter(signatures::suspect.eq(true)),
        Status::Invalidated => query.filter(signatures::invalidated_at.is_not_null()),
    }
}

/// How many signatures match: all of them, those not invalidated yet, and the suspect ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub total: i64,
    pub not_invalidated: i64,
    pub suspect: i64,
}

pub fn tally(conn: &mut DbConnection, filter: &SignatureFilter) -> Result<Tally, DbError> {
    Ok(Tally {
        total: matching(filter).count().get_result(conn)?,
        not_invalidated: matching(filter)
            .filter(signatures::invalidated_at.is_null())
            .count()
            .get_result(conn)?,
        suspect: matching(filter)
            .filter(signatures::suspect.eq(true))
            .count()
            .get_result(conn)?,
    })
}

/// The newest `limit` matching signatures.
pub fn newest(
    conn: &mut DbConnection,
    filter: &SignatureFilter,
    limit: i64,
) -> Result<Vec<ReviewRow>, DbError> {
    Ok(matching(filter)
        .order((signatures::created_at.desc(), signatures::id.desc()))
        .limit(limit)
        .select((
            signatures::id,
            signatures::full_name,
            signatures::email,
            signatures::postcode,
            signatures::ip,
            signatures::created_at,
            signatures::confirmed_at.is_not_null(),
            signatures::suspect,
            signatures::invalidated_at.is_not_null(),
        ))
        .load(conn)?)
}

/// Every campaign a search can pick, as (slug, headline), by headline.
pub fn campaigns(conn: &mut DbConnection) -> Result<Vec<(String, String)>, DbError> {
    Ok(crate::db::schema::campaigns::table
        .order(crate::db::schema::campaigns::headline.asc())
        .select((
            crate::db::schema::campaigns::slug,
            crate::db::schema::campaigns::headline,
        ))
        .load(conn)?)
}
