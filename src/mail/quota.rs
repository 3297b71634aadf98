//! Limits on what Missive emails to supporters: a cap on what one mailbox receives in a
//! window, and the slow lane that paces the emails of suspect signatures.

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeDelta};

use crate::db::models::outbox;
use crate::db::{DbConnection, DbError};
use crate::domain::token::sha256_hex;
use crate::domain::EmailAddress;
use crate::fraud::rate_limit::RateLimit;

/// What one mailbox may receive, and the pace of the slow lane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailLimits {
    pub per_mailbox: RateLimit,
    pub slow_interval: TimeDelta,
}

/// A mailbox as the outbox stores it: SHA-256 (hex) of the address folded for limits
/// (see [`EmailAddress::mailbox`]), so the column holds no readable address.
pub fn mailbox_key(to: &EmailAddress) -> String {
    sha256_hex(to.mailbox().as_bytes())
}

/// How many more emails each mailbox may receive: read once, then spent as emails are
/// planned, so that a batch decides as the same requests one at a time would.
#[derive(Debug, Clone)]
pub struct Allowance {
    left: HashMap<String, i64>,
}

impl Allowance {
    pub fn read(
        conn: &mut DbConnection,
        limits: &MailLimits,
        mailboxes: &[&str],
        now: NaiveDateTime,
    ) -> Result<Allowance, DbError> {
        let max = i64::from(limits.per_mailbox.max);
        let mut left: HashMap<String, i64> =
            mailboxes.iter().map(|m| ((*m).to_owned(), max)).collect();
        let since = now - limits.per_mailbox.window();
        for (mailbox, sent) in outbox::count_to_mailboxes(conn, mailboxes, since)? {
            left.insert(mailbox, max - sent);
        }
        Ok(Allowance { left })
    }

    /// Whether `mailbox` may receive one more email; if so, counts it.
    pub fn take(&mut self, mailbox: &str) -> bool {
        match self.left.get_mut(mailbox) {
            Some(left) if *left > 0 => {
                *left -= 1;
                true
            }
            _ => false,
        }
    }
}

/// Whether `to` may receive one more email now (one query).
pub fn has_room(
    conn: &mut DbConnection,
    limits: &MailLimits,
    to: &EmailAddress,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let mailbox = mailbox_key(to);
    Ok(Allowance::read(conn, limits, &[&mailbox], now)?.take(&mailbox))
}

/// The slow lane: its emails leave one per interval, after those already waiting in it.
#[derive(Debug, Clone, Copy)]
pub struct SlowLane {
    last: Option<NaiveDateTime>,
    interval: TimeDelta,
}

impl SlowLane {
    pub fn read(conn: &mut DbConnection, limits: &MailLimits) -> Result<SlowLane, DbError> {
        Ok(SlowLane {
            last: outbox::slow_lane_tail(conn)?,
            interval: limits.slow_interval,
        })
    }

    /// When the next email in the lane may go, queued at `now`; takes that turn.
    pub fn next_turn(&mut self, now: NaiveDateTime) -> NaiveDateTime {
        let turn = self
            .last
            .map_or(now, |last| (last + self.interval).max(now));
        self.last = Some(turn);
        turn
    }
}

/// Puts `email` in the slow lane, due at `turn`.
pub fn slow_down(email: &mut outbox::NewEmail, turn: NaiveDateTime) {
    email.slow = true;
    email.next_attempt_at = turn;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slow_lane_spaces_its_emails_by_the_interval() {
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let mut lane = SlowLane {
            last: Some(now + TimeDelta::seconds(5)),
            interval: TimeDelta::seconds(2),
        };
        assert_eq!(lane.next_turn(now), now + TimeDelta::seconds(7));
        assert_eq!(lane.next_turn(now), now + TimeDelta::seconds(9));
        let mut empty = SlowLane {
            last: None,
            interval: TimeDelta::seconds(2),
        };
        assert_eq!(empty.next_turn(now), now);
        assert_eq!(empty.next_turn(now), now + TimeDelta::seconds(2));
    }
}
