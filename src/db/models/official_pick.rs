//! Officials as campaign targets: which codes name no official, and the search organisers
//! pick targets with (by name, office, code or constituency).

use std::collections::HashSet;

use diesel::prelude::*;
use diesel::sql_types::Text;

use super::constituency::escape_like;
use super::official::Official;
use crate::db::schema::{constituencies, officials};
use crate::db::{DbConnection, DbError};

diesel::define_sql_function!(fn lower(x: Text) -> Text);

/// An official found by the target search, with their constituency's name if they have one.
#[derive(Debug, Clone)]
pub struct Found {
    pub official: Official,
    pub constituency: Option<String>,
}

/// The codes in `codes` that no official has, in the order given.
pub fn unknown_codes(conn: &mut DbConnection, codes: &[&str]) -> Result<Vec<String>, DbError> {
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let known: HashSet<String> = officials::table
        .filter(officials::code.eq_any(codes))
        .select(officials::code)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    Ok(codes
        .iter()
        .filter(|code| !known.contains(**code))
        .map(|code| (*code).to_owned())
        .collect())
}

/// The officials with these codes (those that exist), with their constituencies.
pub fn by_codes(conn: &mut DbConnection, codes: &[&str]) -> Result<Vec<Found>, DbError> {
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let found: Vec<Official> = officials::table
        .filter(officials::code.eq_any(codes))
        .select(Official::as_select())
        .load(conn)?;
    with_constituencies(conn, found)
}

/// Officials whose name, office, code or constituency contains `query` (ignoring ASCII
/// case), ministers before MPs, then by name; at most `limit`.
pub fn search(conn: &mut DbConnection, query: &str, limit: i64) -> Result<Vec<Found>, DbError> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let pattern = format!("%{}%", escape_like(&query));
    let places: Vec<String> = constituencies::table
        .filter(lower(constituencies::name).like(&pattern).escape('\\'))
        .select(constituencies::code)
        .limit(700)
        .load(conn)?;
    let found: Vec<Official> = officials::table
        .filter(
            lower(officials::name)
                .like(&pattern)
                .escape('\\')
                .or(lower(officials::office).like(&pattern).escape('\\'))
                .or(officials::code.like(&pattern).escape('\\'))
                .or(officials::constituency_code
                    .eq_any(&places)
                    .assume_not_null()),
        )
        .order((
            officials::constituency_code.is_not_null(),
            officials::name.asc(),
            officials::id.asc(),
        ))
        .limit(limit.max(0))
        .select(Official::as_select())
        .load(conn)?;
    with_constituencies(conn, found)
}

fn with_constituencies(
    conn: &mut DbConnection,
    found: Vec<Official>,
) -> Result<Vec<Found>, DbError> {
    let codes: Vec<&str> = found
        .iter()
        .filter_map(|o| o.constituency_code.as_deref())
        .collect();
    let names: std::collections::HashMap<String, String> = if codes.is_empty() {
        Default::default()
    } else {
        constituencies::table
            .filter(constituencies::code.eq_any(&codes))
            .select((constituencies::code, constituencies::name))
            .load::<(String, String)>(conn)?
            .into_iter()
            .collect()
    };
    Ok(found
        .into_iter()
        .map(|official| {
            let constituency = official
                .constituency_code
                .as_ref()
                .and_then(|code| names.get(code).cloned());
            Found {
                official,
                constituency,
            }
        })
        .collect())
}
