//! The rows exports read, one page at a time by keyset (`id > after ORDER BY id LIMIT n`,
//! served by the `(campaign_id, id)` indexes). For speed (a million rows should take
//! about two seconds), pages load on the engine's own connection, not through the
//! multi-backend row, and times come back as text, `YYYY-MM-DD HH:MM:SS[.f]` in UTC,
//! unparsed: parsing them into chrono types only to print them again was an eighth of the
//! time.

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};

use crate::db::schema::{constituencies, letters, postcodes, signatures};
use crate::db::{DbConnection, DbError};

/// A timestamp column as `YYYY-MM-DD HH:MM:SS[.f]`: SQLite stores it as that text already.
fn stamp(conn: &DbConnection, column: &str) -> String {
    match conn {
        DbConnection::Sqlite(_) => column.to_owned(),
        DbConnection::Postgres(_) => format!("to_char({column}, 'YYYY-MM-DD HH24:MI:SS')"),
    }
}

/// A signer who asked for updates. The constituency is its code (names are few: callers
/// look them up once, see [`constituency_names`]).
#[derive(Debug, Clone, Queryable)]
pub struct SignerRow {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub postcode: Option<String>,
    pub country_code: String,
    pub signed_at: String,
    pub confirmed_at: Option<String>,
    pub constituency_code: Option<String>,
}

/// The next `limit` signers of a campaign after id `after` who asked for updates, are
/// confirmed and were not invalidated, in id order.
pub fn consenting_signers(
    conn: &mut DbConnection,
    campaign_id: i64,
    after: i64,
    limit: i64,
) -> Result<Vec<SignerRow>, DbError> {
    let signed = stamp(conn, "signatures.created_at");
    let confirmed = stamp(conn, "signatures.confirmed_at");
    let query = signatures::table
        .left_join(postcodes::table.on(postcodes::postcode.nullable().eq(signatures::postcode)))
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::id.gt(after))
        .filter(signatures::wants_updates.eq(true))
        .filter(signatures::confirmed_at.is_not_null())
        .filter(signatures::invalidated_at.is_null())
        .order(signatures::id)
        .limit(limit)
        .select((
            signatures::id,
            signatures::full_name,
            signatures::email,
            signatures::postcode,
            signatures::country_code,
            sql::<Text>(&signed),
            sql::<Nullable<Text>>(&confirmed),
            postcodes::constituency_code.nullable(),
        ));
    Ok(match conn {
        DbConnection::Sqlite(c) => query.load(c)?,
        DbConnection::Postgres(c) => query.load(c)?,
    })
}

/// Every constituency's name by code (about 650 rows, however large the export).
pub fn constituency_names(
    conn: &mut DbConnection,
) -> Result<std::collections::HashMap<String, String>, DbError> {
    Ok(constituencies::table
        .select((constituencies::code, constituencies::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// A submitted letter, with its writer's name and email.
#[derive(Debug, Clone, Queryable)]
pub struct LetterRow {
    pub id: i64,
    pub status: String,
    pub submitted_at: Option<String>,
    pub decided_at: Option<String>,
    pub constituency_code: Option<String>,
    pub constituency_name: Option<String>,
    pub similarity: i32,
    pub subject: String,
    pub body: String,
    pub writer_name: String,
    pub writer_email: String,
}

/// The next `limit` letters of a campaign after id `after` that were submitted (any status
/// but draft: a draft is its writer's alone until they send it), in id order.
pub fn submitted_letters(
    conn: &mut DbConnection,
    campaign_id: i64,
    after: i64,
    limit: i64,
) -> Result<Vec<LetterRow>, DbError> {
    let submitted = stamp(conn, "letters.submitted_at");
    let decided = stamp(conn, "letters.decided_at");
    let query = letters::table
        .left_join(
            constituencies::table.on(constituencies::code
                .nullable()
                .eq(letters::constituency_code)),
        )
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(letters::id.gt(after))
        .filter(letters::status.ne("draft"))
        .order(letters::id)
        .limit(limit)
        .select((
            letters::id,
            letters::status,
            sql::<Nullable<Text>>(&submitted),
            sql::<Nullable<Text>>(&decided),
            letters::constituency_code,
            constituencies::name.nullable(),
            letters::similarity,
            letters::subject,
            letters::body,
            letters::writer_name,
            letters::writer_email,
        ));
    Ok(match conn {
        DbConnection::Sqlite(c) => query.load(c)?,
        DbConnection::Postgres(c) => query.load(c)?,
    })
}
