//! Counted signatures bucketed by day or hour of confirmation, formatted by the database
//! (SQLite `strftime`, PostgreSQL `to_char`) so the grouping happens there.

use chrono::{DateTime, NaiveDateTime};
use diesel::dsl::{count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::Text;

use super::{signatures::counted, Bucket, Period};
use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

/// The SQL for a bucket's label, and for the key signatures are grouped and ordered by,
/// on this connection's backend. PostgreSQL groups by `date_trunc` and formats once per
/// bucket (formatting every row is over twice as slow); SQLite formats every row either way.
fn bucket_sql(conn: &DbConnection, period: Period) -> (&'static str, &'static str) {
    match (conn, period) {
        (DbConnection::Sqlite(_), Period::Day) => {
            let label = "strftime('%Y-%m-%d', signatures.confirmed_at)";
            (label, label)
        }
        (DbConnection::Sqlite(_), Period::Hour) => {
            let label = "strftime('%Y-%m-%dT%H:00', signatures.confirmed_at)";
            (label, label)
        }
        (DbConnection::Postgres(_), Period::Day) => (
            "to_char(date_trunc('day', signatures.confirmed_at), 'YYYY-MM-DD')",
            "date_trunc('day', signatures.confirmed_at)",
        ),
        (DbConnection::Postgres(_), Period::Hour) => (
            "to_char(date_trunc('hour', signatures.confirmed_at), 'YYYY-MM-DD\"T\"HH24:00')",
            "date_trunc('hour', signatures.confirmed_at)",
        ),
    }
}

pub fn over_time(
    conn: &mut DbConnection,
    campaign_id: i64,
    period: Period,
    since: Option<NaiveDateTime>,
) -> Result<Vec<Bucket>, DbError> {
    let (label, key) = bucket_sql(conn, period);
    let since = since.unwrap_or(DateTime::UNIX_EPOCH.naive_utc());
    let rows: Vec<(String, i64)> = signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(counted())
        .filter(signatures::confirmed_at.ge(since))
        .select((sql::<Text>(label), count_star()))
        .group_by(sql::<Text>(key))
        .order_by(sql::<Text>(key).asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(label, count)| Bucket { label, count })
        .collect())
}
