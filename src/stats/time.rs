//! Counted signatures bucketed by day or hour of confirmation, formatted by the database
//! (SQLite `strftime`, PostgreSQL `to_char`) so the grouping happens there.

use chrono::{DateTime, NaiveDateTime};
use diesel::dsl::{count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::Text;

use super::{signatures::counted, Bucket, Period};
use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

/// The SQL that turns `confirmed_at` into a bucket label on this connection's backend.
fn label_sql(conn: &DbConnection, period: Period) -> &'static str {
    match (conn, period) {
        (DbConnection::Sqlite(_), Period::Day) => "strftime('%Y-%m-%d', confirmed_at)",
        (DbConnection::Sqlite(_), Period::Hour) => "strftime('%Y-%m-%dT%H:00', confirmed_at)",
        (DbConnection::Postgres(_), Period::Day) => "to_char(confirmed_at, 'YYYY-MM-DD')",
        (DbConnection::Postgres(_), Period::Hour) => {
            "to_char(confirmed_at, 'YYYY-MM-DD\"T\"HH24:00')"
        }
    }
}

pub fn over_time(
    conn: &mut DbConnection,
    campaign_id: i64,
    period: Period,
    since: Option<NaiveDateTime>,
) -> Result<Vec<Bucket>, DbError> {
    let label = label_sql(conn, period);
    let since = since.unwrap_or(DateTime::UNIX_EPOCH.naive_utc());
    let rows: Vec<(String, i64)> = signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(counted())
        .filter(signatures::confirmed_at.ge(since))
        .select((sql::<Text>(label), count_star()))
        .group_by(sql::<Text>(label))
        .order_by(sql::<Text>(label).asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(label, count)| Bucket { label, count })
        .collect())
}
