//! Signatures: append-only rows, pending until the signer confirms by email.

use chrono::NaiveDateTime;
use diesel::backend::Backend;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, HasSqlType, Timestamp};

use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

/// A new, unconfirmed signature.
#[derive(Debug, Insertable)]
#[diesel(table_name = signatures)]
pub struct NewSignature<'a> {
    pub campaign_id: i64,
    pub full_name: &'a str,
    pub email: &'a str,
    pub email_canonical: &'a str,
    pub postcode: Option<&'a str>,
    pub country_code: &'a str,
    pub wants_updates: bool,
    pub created_at: NaiveDateTime,
    pub emails_sent: i32,
    /// The client's address as text (see `fraud::address::stored`), when known.
    pub ip: Option<&'a str>,
    /// Over a signing rate limit: does not count until a moderator clears it.
    pub suspect: bool,
}

/// What a repeat attempt needs to know about an earlier signature.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = signatures)]
pub struct SignatureState {
    pub id: i64,
    pub confirmed_at: Option<NaiveDateTime>,
    pub emails_sent: i32,
}

pub fn insert(conn: &mut DbConnection, new: &NewSignature<'_>) -> Result<i64, DbError> {
    Ok(diesel::insert_into(signatures::table)
        .values(new)
        .returning(signatures::id)
        .get_result(conn)?)
}

/// The signature this person (by canonical email) already made on the campaign, if any.
pub fn find(
    conn: &mut DbConnection,
    campaign_id: i64,
    email_canonical: &str,
) -> Result<Option<SignatureState>, DbError> {
    Ok(signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::email_canonical.eq(email_canonical))
        .select(SignatureState::as_select())
        .first(conn)
        .optional()?)
}

pub fn note_email_sent(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    diesel::update(signatures::table.find(id))
        .set(signatures::emails_sent.eq(signatures::emails_sent + 1))
        .execute(conn)?;
    Ok(())
}

/// Marks the signature confirmed unless it already is; true when this call confirmed it.
/// The count picks it up in its next batch (see `count`).
pub fn confirm(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<bool, DbError> {
    let changed = Confirm { id, now }.execute(conn)?;
    Ok(changed == 1)
}

/// The confirming `UPDATE`, written out: Diesel never keeps the statements its `update`
/// builds prepared, and compiling this one took a tenth of a confirmation's time. A
/// fragment with a fixed shape and a static query id is prepared once per connection.
#[derive(Debug, QueryId)]
struct Confirm {
    id: i64,
    now: NaiveDateTime,
}

impl<DB> QueryFragment<DB> for Confirm
where
    DB: Backend + HasSqlType<BigInt> + HasSqlType<Timestamp>,
    i64: ToSql<BigInt, DB>,
    NaiveDateTime: ToSql<Timestamp, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql("UPDATE signatures SET confirmed_at = ");
        out.push_bind_param::<Timestamp, _>(&self.now)?;
        out.push_sql(", count_dirty = TRUE WHERE id = ");
        out.push_bind_param::<BigInt, _>(&self.id)?;
        out.push_sql(" AND confirmed_at IS NULL");
        Ok(())
    }
}

impl<Conn> RunQueryDsl<Conn> for Confirm {}
