//! Login throttling. Every attempt is recorded before its password is checked, so a burst
//! of parallel guesses counts in full (the n-th attempt of a burst sees at least n, on
//! either database and across instances). Then:
//! - From an address the account has signed in from before, guessing gets slower (a
//!   growing wait, at most 10 s) with each failure for that account from that address: the
//!   owner is not locked out by failures elsewhere or on other accounts. Only a flood of
//!   guesses at this account from this very address (50 in 15 minutes, which waits alone
//!   cannot bound when they arrive in parallel) refuses it there too.
//! - From any other address, an account with 10 failures in 15 minutes is refused (429),
//!   whatever the address, and so is an address with 30 failures over all accounts: an
//!   attacker rotating addresses or spraying accounts.
//!
//! A successful sign-in clears the account's failures so far.

use std::time::Duration;

use chrono::TimeDelta;

pub use crate::db::models::login_attempt::Recent;

/// How far back failures count.
pub const WINDOW: TimeDelta = TimeDelta::minutes(15);
/// How long an address an account signed in from stays known.
pub const KNOWN_ADDRESS_FOR: TimeDelta = TimeDelta::days(90);
/// Failures for one account, from addresses it has not signed in from, after which it is
/// refused from such addresses.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 10;
/// Failures from one address within the window after which it is refused (unless the
/// account has signed in from it before).
pub const MAX_FAILURES_PER_IP: i64 = 30;
/// Failures for one account from one address it has signed in from, after which that
/// address is refused for it too.
pub const MAX_FAILURES_PER_KNOWN_PAIR: i64 = 50;
/// Failures that are free; each one after doubles the wait.
const FREE_FAILURES: i64 = 3;
const MAX_DELAY: Duration = Duration::from_secs(10);

/// What to do with a login attempt, given recent failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password after waiting this long.
    Proceed(Duration),
    /// Refuse without checking.
    Refuse,
}

pub fn verdict(recent: Recent) -> Verdict {
    if recent.known_address {
        if recent.pair >= MAX_FAILURES_PER_KNOWN_PAIR {
            return Verdict::Refuse;
        }
        return Verdict::Proceed(delay(recent.pair));
    }
    let (account, address) = (recent.account, recent.address);
    if account >= MAX_FAILURES_PER_ACCOUNT || address >= MAX_FAILURES_PER_IP {
        return Verdict::Refuse;
    }
    Verdict::Proceed(delay(account))
}

fn delay(failures: i64) -> Duration {
    let over = (failures - FREE_FAILURES).clamp(0, 16);
    if over == 0 {
        return Duration::ZERO;
    }
    let delay = Duration::from_millis(250u64 << (over - 1).min(10) as u32);
    delay.min(MAX_DELAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(account: i64, address: i64) -> Recent {
        Recent {
            account,
            pair: account,
            address,
            known_address: false,
        }
    }

    #[test]
    fn waits_grow_with_failures_and_are_capped() {
        assert_eq!(verdict(unknown(0, 0)), Verdict::Proceed(Duration::ZERO));
        assert_eq!(verdict(unknown(3, 3)), Verdict::Proceed(Duration::ZERO));
        assert_eq!(
            verdict(unknown(4, 4)),
            Verdict::Proceed(Duration::from_millis(250))
        );
        assert_eq!(
            verdict(unknown(6, 6)),
            Verdict::Proceed(Duration::from_secs(1))
        );
        assert_eq!(verdict(unknown(0, 30)), Verdict::Refuse);
        assert_eq!(verdict(unknown(10, 12)), Verdict::Refuse);
        assert_eq!(verdict(unknown(11, 31)), Verdict::Refuse);
    }

    #[test]
    fn a_known_address_is_slowed_by_its_own_failures_and_refused_only_for_a_flood() {
        let known = Recent {
            account: 500,
            pair: 0,
            address: 500,
            known_address: true,
        };
        assert_eq!(verdict(known), Verdict::Proceed(Duration::ZERO));
        let guessed = Recent { pair: 49, ..known };
        assert_eq!(verdict(guessed), Verdict::Proceed(MAX_DELAY));
        let flooded = Recent { pair: 50, ..known };
        assert_eq!(verdict(flooded), Verdict::Refuse);
    }
}
