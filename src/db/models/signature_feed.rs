//! The signatures the organisers' API shows: confirmed, not invalidated and not held as
//! suspect (exactly those that count), in signing order so pages stay stable as more arrive.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

type Backend = <DbConnection as Connection>::Backend;

/// One counted signature, with the signer's details.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = signatures)]
pub struct CountedSignature {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub postcode: Option<String>,
    pub country_code: String,
    pub wants_updates: bool,
    pub created_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
}

fn counted(campaign_id: i64) -> signatures::BoxedQuery<'static, Backend> {
    signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::confirmed_at.is_not_null())
        .filter(signatures::invalidated_at.is_null())
        .filter(signatures::suspect.eq(false))
        .into_boxed()
}

pub fn total(conn: &mut DbConnection, campaign_id: i64) -> Result<i64, DbError> {
    Ok(counted(campaign_id).count().get_result(conn)?)
}

/// Up to `limit` signatures after the first `offset`, oldest first.
pub fn page(
    conn: &mut DbConnection,
    campaign_id: i64,
    offset: i64,
    limit: i64,
) -> Result<Vec<CountedSignature>, DbError> {
    Ok(counted(campaign_id)
        .order(signatures::id.asc())
        .offset(offset)
        .limit(limit)
        .select(CountedSignature::as_select())
        .load(conn)?)
}

pub fn find(
    conn: &mut DbConnection,
    campaign_id: i64,
    id: i64,
) -> Result<Option<CountedSignature>, DbError> {
    Ok(counted(campaign_id)
        .filter(signatures::id.eq(id))
        .select(CountedSignature::as_select())
        .first(conn)
        .optional()?)
}
