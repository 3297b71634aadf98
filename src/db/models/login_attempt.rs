//! Login attempts, kept briefly to slow password guessing by account and by address.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::login_attempts;
use crate::db::{DbConnection, DbError};

pub fn record(
    conn: &mut DbConnection,
    account_key: &str,
    ip: &str,
    succeeded: bool,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::account_key.eq(account_key),
            login_attempts::ip.eq(ip),
            login_attempts::succeeded.eq(succeeded),
            login_attempts::attempted_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Failed attempts since `since`: (for this account, from this address).
pub fn recent_failures(
    conn: &mut DbConnection,
    account_key: &str,
    ip: &str,
    since: NaiveDateTime,
) -> Result<(i64, i64), DbError> {
    let by_account = login_attempts::table
        .filter(login_attempts::account_key.eq(account_key))
        .filter(login_attempts::succeeded.eq(false))
        .filter(login_attempts::attempted_at.ge(since))
        .count()
        .get_result(conn)?;
    let by_ip = login_attempts::table
        .filter(login_attempts::ip.eq(ip))
        .filter(login_attempts::succeeded.eq(false))
        .filter(login_attempts::attempted_at.ge(since))
        .count()
        .get_result(conn)?;
    Ok((by_account, by_ip))
}

/// Forgets attempts older than `before` (they no longer slow anyone down).
pub fn prune(conn: &mut DbConnection, before: NaiveDateTime) -> Result<usize, DbError> {
    Ok(
        diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
            .execute(conn)?,
    )
}
