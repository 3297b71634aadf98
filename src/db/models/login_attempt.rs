//! Login attempts, kept briefly to slow password guessing by account and by address. An
//! attempt is stored as a failure before its password is checked, and marked a success
//! after; successful ones are kept longer, as the addresses each account signs in from.

use chrono::NaiveDateTime;
use diesel::dsl::max;
use diesel::prelude::*;

use crate::db::schema::login_attempts;
use crate::db::{DbConnection, DbError};

type Backend = <DbConnection as Connection>::Backend;

/// Failed (or still unchecked) attempts in the window, not counting the one being judged,
/// and since the account's last successful sign-in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recent {
    /// For this account, from any address.
    pub account: i64,
    /// For this account, from this address.
    pub pair: i64,
    /// From this address, for any account.
    pub address: i64,
    /// Whether the account has signed in from this address before.
    pub known_address: bool,
}

/// Records an attempt not yet checked (counted as a failure); returns its id.
pub fn begin(
    conn: &mut DbConnection,
    account_key: &str,
    ip: &str,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    Ok(diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::account_key.eq(account_key),
            login_attempts::ip.eq(ip),
            login_attempts::succeeded.eq(false),
            login_attempts::attempted_at.eq(now),
        ))
        .returning(login_attempts::id)
        .get_result(conn)?)
}

/// Marks attempt `id` a success.
pub fn succeeded(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    diesel::update(login_attempts::table.find(id))
        .set(login_attempts::succeeded.eq(true))
        .execute(conn)?;
    Ok(())
}

/// Failed or unchecked attempts since `since` other than attempt `own` (which the caller
/// recorded and committed first), not counting the account's ones before its last
/// success; and whether the account signed in from `ip` since `known_since`.
pub fn recent(
    conn: &mut DbConnection,
    account_key: &str,
    ip: &str,
    own: i64,
    since: NaiveDateTime,
    known_since: NaiveDateTime,
) -> Result<Recent, DbError> {
    let last_success: Option<i64> = login_attempts::table
        .filter(login_attempts::account_key.eq(account_key))
        .filter(login_attempts::succeeded.eq(true))
        .select(max(login_attempts::id))
        .first(conn)?;
    let failures = || -> login_attempts::BoxedQuery<'static, Backend> {
        login_attempts::table
            .filter(login_attempts::succeeded.eq(false))
            .filter(login_attempts::attempted_at.ge(since))
            .filter(login_attempts::id.ne(own))
            .into_boxed()
    };
    let of_account = || -> login_attempts::BoxedQuery<'static, Backend> {
        failures()
            .filter(login_attempts::account_key.eq(account_key.to_owned()))
            .filter(login_attempts::id.gt(last_success.unwrap_or(0)))
    };
    let account = of_account().count().get_result(conn)?;
    let pair = of_account()
        .filter(login_attempts::ip.eq(ip.to_owned()))
        .count()
        .get_result(conn)?;
    let address = failures()
        .filter(login_attempts::ip.eq(ip.to_owned()))
        .count()
        .get_result(conn)?;
    let known_address = !ip.is_empty()
        && diesel::select(diesel::dsl::exists(
            login_attempts::table
                .filter(login_attempts::account_key.eq(account_key))
                .filter(login_attempts::ip.eq(ip))
                .filter(login_attempts::succeeded.eq(true))
                .filter(login_attempts::attempted_at.ge(known_since)),
        ))
        .get_result(conn)?;
    Ok(Recent {
        account,
        pair,
        address,
        known_address,
    })
}

/// Forgets failures older than `failures_before` and successes older than
/// `successes_before` (they no longer slow anyone down or vouch for an address).
pub fn prune(
    conn: &mut DbConnection,
    failures_before: NaiveDateTime,
    successes_before: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::delete(
        login_attempts::table.filter(
            login_attempts::attempted_at
                .lt(successes_before)
                .or(login_attempts::succeeded
                    .eq(false)
                    .and(login_attempts::attempted_at.lt(failures_before))),
        ),
    )
    .execute(conn)?)
}
