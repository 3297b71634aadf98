//! Login throttling. Guessing gets slower with every failure for an account, so an attacker
//! makes few guesses an hour, while the real owner can still log in (they wait a few
//! seconds; they are never locked out). One address that fails very often is refused for a
//! while: that is an attacker spraying many accounts.

use std::time::Duration;

use chrono::TimeDelta;

/// How far back failures count.
pub const WINDOW: TimeDelta = TimeDelta::minutes(15);
/// Failures from one address within the window after which it is refused.
pub const MAX_FAILURES_PER_IP: i64 = 30;
/// Failures for one account that are free; each one after doubles the wait.
const FREE_FAILURES: i64 = 3;
const MAX_DELAY: Duration = Duration::from_secs(10);

/// What to do with a login attempt, given recent failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password after waiting this long.
    Proceed(Duration),
    /// Too many failures from this address: refuse without checking.
    Refuse,
}

pub fn verdict(account_failures: i64, ip_failures: i64) -> Verdict {
    if ip_failures >= MAX_FAILURES_PER_IP {
        return Verdict::Refuse;
    }
    let over = (account_failures - FREE_FAILURES).clamp(0, 16);
    if over == 0 {
        return Verdict::Proceed(Duration::ZERO);
    }
    let delay = Duration::from_millis(250u64 << (over - 1).min(10) as u32);
    Verdict::Proceed(delay.min(MAX_DELAY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_with_failures_and_are_capped() {
        assert_eq!(verdict(0, 0), Verdict::Proceed(Duration::ZERO));
        assert_eq!(verdict(3, 3), Verdict::Proceed(Duration::ZERO));
        assert_eq!(verdict(4, 4), Verdict::Proceed(Duration::from_millis(250)));
        assert_eq!(verdict(6, 6), Verdict::Proceed(Duration::from_secs(1)));
        assert_eq!(verdict(100, 20), Verdict::Proceed(MAX_DELAY));
        assert_eq!(verdict(0, 30), Verdict::Refuse);
    }
}
