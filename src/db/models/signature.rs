//! Signatures: append-only rows, pending until the signer confirms by email.

use chrono::NaiveDateTime;
use diesel::backend::Backend;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Bool, HasSqlType, Integer, Nullable, Text, Timestamp};

use crate::db::multi_row::{Insert, Row};
use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError, MultiBackend};

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
    /// Start of the window `emails_sent` counts in.
    pub emails_since: NaiveDateTime,
    /// The client's address as text (see `fraud::address::stored`), when known.
    pub ip: Option<&'a str>,
    /// Over a signing rate limit: does not count until a moderator clears it.
    pub suspect: bool,
    /// The language the signer reads (`i18n::Lang`'s code); their emails are in it.
    pub language: &'a str,
}

/// What a repeat attempt needs to know about an earlier signature.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = signatures)]
pub struct SignatureState {
    pub id: i64,
    pub confirmed_at: Option<NaiveDateTime>,
    pub emails_sent: i32,
    pub created_at: NaiveDateTime,
    /// Start of the window `emails_sent` counts in; `None`: since `created_at`.
    pub emails_since: Option<NaiveDateTime>,
    pub suspect: bool,
    /// The language the signature was made in: a repeat attempt's email is in it.
    pub language: String,
}

/// Inserts one signature (as [`insert_many`] does: with the campaign's current letter
/// version); its id.
pub fn insert(conn: &mut DbConnection, new: &NewSignature<'_>) -> Result<i64, DbError> {
    let inserted = insert_many(conn, std::slice::from_ref(new))?;
    let (id, _, _) = inserted
        .into_iter()
        .next()
        .ok_or(diesel::result::Error::NotFound)?;
    Ok(id)
}

/// Inserts all of `new` in one statement; the id, campaign and canonical email of each.
/// Each signature is given the newest version of its campaign's letter text
/// (`letter_version_id`), read in the same statement.
pub fn insert_many(
    conn: &mut DbConnection,
    new: &[NewSignature<'_>],
) -> Result<Vec<(i64, i64, String)>, DbError> {
    if new.is_empty() {
        return Ok(Vec::new());
    }
    let insert = Insert::new(
        "INSERT INTO signatures (campaign_id, full_name, email, email_canonical, postcode, \
         country_code, wants_updates, created_at, emails_sent, emails_since, ip, suspect, \
         language, letter_version_id) \
         VALUES",
        new,
    );
    Ok(insert
        .returning::<(BigInt, BigInt, Text)>(" RETURNING id, campaign_id, email_canonical")
        .get_results(conn)?)
}

impl Row<MultiBackend> for NewSignature<'_> {
    fn push_values<'b>(&'b self, out: &mut AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        out.push_bind_param::<BigInt, _>(&self.campaign_id)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(self.full_name)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(self.email)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(self.email_canonical)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<Text>, _>(&self.postcode)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(self.country_code)?;
        out.push_sql(", ");
        out.push_bind_param::<Bool, _>(&self.wants_updates)?;
        out.push_sql(", ");
        out.push_bind_param::<Timestamp, _>(&self.created_at)?;
        out.push_sql(", ");
        out.push_bind_param::<Integer, _>(&self.emails_sent)?;
        out.push_sql(", ");
        out.push_bind_param::<Timestamp, _>(&self.emails_since)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<Text>, _>(&self.ip)?;
        out.push_sql(", ");
        out.push_bind_param::<Bool, _>(&self.suspect)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(self.language)?;
        out.push_sql(", (SELECT MAX(v.id) FROM campaign_letter_versions v WHERE v.campaign_id = ");
        out.push_bind_param::<BigInt, _>(&self.campaign_id)?;
        out.push_sql(")");
        Ok(())
    }
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

/// The signatures of these people (by canonical email) already on the campaign.
pub fn find_many(
    conn: &mut DbConnection,
    campaign_id: i64,
    emails_canonical: &[&str],
) -> Result<Vec<(String, SignatureState)>, DbError> {
    Ok(signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::email_canonical.eq_any(emails_canonical))
        .select((signatures::email_canonical, SignatureState::as_select()))
        .load(conn)?)
}

/// Records that the signature has caused `count` emails in the window starting `since`.
pub fn set_emails_sent(
    conn: &mut DbConnection,
    id: i64,
    count: i32,
    since: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(signatures::table.find(id))
        .set((
            signatures::emails_sent.eq(count),
            signatures::emails_since.eq(Some(since)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks the signature confirmed unless it already is; true when this call confirmed it.
/// The count picks it up in its next batch (see `count`).
pub fn confirm(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<bool, DbError> {
    let changed = Confirm { id, now }.execute(conn)?;
    Ok(changed == 1)
}

/// Confirms each `(id, when)` signature unless it already is, in one statement.
pub fn confirm_many(
    conn: &mut DbConnection,
    confirming: &[(i64, NaiveDateTime)],
) -> Result<usize, DbError> {
    if confirming.is_empty() {
        return Ok(0);
    }
    Ok(ConfirmMany(confirming).execute(conn)?)
}

/// `UPDATE … SET confirmed_at = CASE id WHEN … END … WHERE id IN (…)`: its length changes
/// with the batch, so it is compiled each time.
struct ConfirmMany<'a>(&'a [(i64, NaiveDateTime)]);

impl QueryId for ConfirmMany<'_> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl QueryFragment<MultiBackend> for ConfirmMany<'_> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        out.unsafe_to_cache_prepared();
        out.push_sql("UPDATE signatures SET confirmed_at = CASE id");
        for (id, when) in self.0 {
            out.push_sql(" WHEN ");
            out.push_bind_param::<BigInt, _>(id)?;
            out.push_sql(" THEN ");
            out.push_bind_param::<Timestamp, _>(when)?;
        }
        out.push_sql(" END, count_dirty = TRUE WHERE confirmed_at IS NULL AND id IN (");
        for (i, (id, _)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push_sql(", ");
            }
            out.push_bind_param::<BigInt, _>(id)?;
        }
        out.push_sql(")");
        Ok(())
    }
}

impl<Conn> RunQueryDsl<Conn> for ConfirmMany<'_> {}

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
