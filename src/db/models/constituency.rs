//! Westminster constituencies and the postcode lookup that finds a writer's one (both
//! loaded by `missive postcodes import`).

use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel::upsert::excluded;

use crate::db::schema::{constituencies, postcodes};
use crate::db::{DbConnection, DbError};
use crate::domain::Postcode;

/// Rows per multi-row statement: two parameters each, far below SQLite's limit of 32,766
/// bound parameters (and PostgreSQL's 65,535).
const ROWS_PER_STATEMENT: usize = 5_000;

diesel::define_sql_function!(fn lower(x: Text) -> Text);

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = constituencies)]
pub struct Constituency {
    /// The ONS code, e.g. `E14001172`.
    pub code: String,
    pub name: String,
}

/// The constituency a postcode lies in. A constituency with no name loaded yet is
/// returned with its code as its name.
pub fn lookup_postcode(
    conn: &mut DbConnection,
    postcode: &Postcode,
) -> Result<Option<Constituency>, DbError> {
    let code: Option<String> = postcodes::table
        .find(postcode.as_str())
        .select(postcodes::constituency_code)
        .first(conn)
        .optional()?;
    let Some(code) = code else {
        return Ok(None);
    };
    Ok(Some(match find(conn, &code)? {
        Some(named) => named,
        None => Constituency {
            name: code.clone(),
            code,
        },
    }))
}

pub fn find(conn: &mut DbConnection, code: &str) -> Result<Option<Constituency>, DbError> {
    Ok(constituencies::table
        .find(code)
        .select(Constituency::as_select())
        .first(conn)
        .optional()?)
}

/// Constituencies whose name contains `query`, ignoring case, in name order; with an empty
/// query, the first `limit` by name. `%` and `_` in the query match themselves.
///
/// Both backends compare `lower(name)` with a pattern lower-cased here, so they agree for
/// ASCII letters (SQLite's `lower` leaves other letters as they are).
pub fn search(
    conn: &mut DbConnection,
    query: &str,
    limit: i64,
) -> Result<Vec<Constituency>, DbError> {
    let pattern = format!("%{}%", escape_like(&query.trim().to_lowercase()));
    Ok(constituencies::table
        .filter(lower(constituencies::name).like(pattern).escape('\\'))
        .order((constituencies::name.asc(), constituencies::code.asc()))
        .limit(limit.max(0))
        .select(Constituency::as_select())
        .load(conn)?)
}

/// `text` with the LIKE wildcards (and the escape character itself) escaped by `\`.
pub(crate) fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Adds or renames constituencies, given as `(code, name)` pairs. Multi-row statements;
/// if a code appears twice, the last pair wins.
pub fn upsert_names(conn: &mut DbConnection, names: &[(String, String)]) -> Result<(), DbError> {
    for chunk in last_per_key(names).chunks(ROWS_PER_STATEMENT) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|(code, name)| {
                (
                    constituencies::code.eq(code.as_str()),
                    constituencies::name.eq(name.as_str()),
                )
            })
            .collect();
        match conn {
            DbConnection::Sqlite(c) => {
                diesel::replace_into(constituencies::table)
                    .values(&rows)
                    .execute(c)?;
            }
            DbConnection::Postgres(c) => {
                diesel::insert_into(constituencies::table)
                    .values(&rows)
                    .on_conflict(constituencies::code)
                    .do_update()
                    .set(constituencies::name.eq(excluded(constituencies::name)))
                    .execute(c)?;
            }
        }
    }
    Ok(())
}

/// Adds the constituencies, given as `(code, name)` pairs, that are not there yet; leaves
/// the names of those that are.
pub fn insert_missing_names(
    conn: &mut DbConnection,
    names: &[(String, String)],
) -> Result<(), DbError> {
    for chunk in last_per_key(names).chunks(ROWS_PER_STATEMENT) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|(code, name)| {
                (
                    constituencies::code.eq(code.as_str()),
                    constituencies::name.eq(name.as_str()),
                )
            })
            .collect();
        match conn {
            DbConnection::Sqlite(c) => {
                diesel::insert_or_ignore_into(constituencies::table)
                    .values(&rows)
                    .execute(c)?;
            }
            DbConnection::Postgres(c) => {
                diesel::insert_into(constituencies::table)
                    .values(&rows)
                    .on_conflict_do_nothing()
                    .execute(c)?;
            }
        }
    }
    Ok(())
}

/// Adds or re-points postcodes, given as `(postcode, constituency code)` pairs with the
/// postcode normalised as [`Postcode::as_str`] gives it. If a postcode appears twice, the
/// last pair wins.
pub fn upsert_postcodes(
    conn: &mut DbConnection,
    pairs: &[(String, String)],
) -> Result<(), DbError> {
    for chunk in last_per_key(pairs).chunks(ROWS_PER_STATEMENT) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|(postcode, code)| {
                (
                    postcodes::postcode.eq(postcode.as_str()),
                    postcodes::constituency_code.eq(code.as_str()),
                )
            })
            .collect();
        match conn {
            DbConnection::Sqlite(c) => {
                diesel::replace_into(postcodes::table)
                    .values(&rows)
                    .execute(c)?;
            }
            DbConnection::Postgres(c) => {
                diesel::insert_into(postcodes::table)
                    .values(&rows)
                    .on_conflict(postcodes::postcode)
                    .do_update()
                    .set(postcodes::constituency_code.eq(excluded(postcodes::constituency_code)))
                    .execute(c)?;
            }
        }
    }
    Ok(())
}

/// The pairs with only the last one for each key, in key order. PostgreSQL refuses an
/// `ON CONFLICT DO UPDATE` that would touch the same row twice in one statement.
fn last_per_key(pairs: &[(String, String)]) -> Vec<&(String, String)> {
    let mut sorted: Vec<(usize, &(String, String))> = pairs.iter().enumerate().collect();
    sorted.sort_by(|(i, a), (j, b)| a.0.cmp(&b.0).then(j.cmp(i)));
    sorted.dedup_by(|later, earlier| later.1 .0 == earlier.1 .0);
    sorted.into_iter().map(|(_, pair)| pair).collect()
}

pub fn count_postcodes(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(postcodes::table.count().get_result(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(escape_like("50% of_it\\"), "50\\% of\\_it\\\\");
        assert_eq!(escape_like("Ynys Môn"), "Ynys Môn");
    }

    #[test]
    fn last_pair_for_a_key_wins_and_keys_come_sorted() {
        let pairs = [
            pair("B", "1"),
            pair("A", "2"),
            pair("B", "3"),
            pair("A", "4"),
        ];
        let kept: Vec<_> = last_per_key(&pairs).into_iter().cloned().collect();
        assert_eq!(kept, [pair("A", "4"), pair("B", "3")]);
    }
}
