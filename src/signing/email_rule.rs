//! When signing emails someone: the one rule that signing alone ([`super::sign`]) and in
//! batches (`sign_batch`) both follow, as pure functions of what the database said.

use chrono::{NaiveDateTime, TimeDelta};

use super::outcome::{Signed, WhenConfirmed};
use crate::db::models::signature::SignatureState;

/// Most emails one signature causes in a window (the first and a few repeats), so that a
/// form cannot be used to flood somebody's inbox.
pub const MAX_EMAILS_PER_SIGNATURE: i32 = 3;

/// The window those emails are counted in. Once it has passed the count starts again, so
/// that a stranger who used up someone's emails cannot stop the owner getting a working
/// link later (the mailbox's own daily cap, `mail::quota`, still holds).
pub fn email_window() -> TimeDelta {
    TimeDelta::days(1)
}

/// The emails a signature has caused in its current window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmailsSent {
    pub count: i32,
    pub since: NaiveDateTime,
}

impl EmailsSent {
    /// The count as it stands at `now`: started afresh once the window has passed.
    fn at(self, now: NaiveDateTime) -> EmailsSent {
        if now >= self.since + email_window() {
            EmailsSent {
                count: 0,
                since: now,
            }
        } else {
            self
        }
    }

    /// With one more email counted.
    pub fn plus_one(self) -> EmailsSent {
        EmailsSent {
            count: self.count + 1,
            ..self
        }
    }
}

/// What an earlier signature by the same person is like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Earlier {
    pub confirmed: bool,
    pub sent: EmailsSent,
}

impl Earlier {
    pub fn of(state: &SignatureState) -> Earlier {
        Earlier {
            confirmed: state.confirmed_at.is_some(),
            sent: EmailsSent {
                count: state.emails_sent,
                since: state.emails_since.unwrap_or(state.created_at),
            },
        }
    }
}

/// What signing again sends, and the signature's count afterwards (written back whether
/// or not it changed, so that an attempt that sends nothing costs a write like one that
/// sends: the time an answer takes must not tell whether the address had signed).
/// `mailbox_has_room` is asked (and spends the mailbox's allowance) only when an email
/// would otherwise go.
pub fn repeat<E>(
    earlier: Earlier,
    when_confirmed: WhenConfirmed,
    now: NaiveDateTime,
    mailbox_has_room: impl FnOnce() -> Result<bool, E>,
) -> Result<(Signed, EmailsSent), E> {
    let sent = earlier.sent.at(now);
    let quiet = earlier.confirmed && when_confirmed == WhenConfirmed::StayQuiet;
    if quiet || sent.count >= MAX_EMAILS_PER_SIGNATURE || !mailbox_has_room()? {
        return Ok((Signed::NothingSent, sent));
    }
    let outcome = if earlier.confirmed {
        Signed::AlreadyConfirmedNotice
    } else {
        Signed::ReminderSent
    };
    Ok((outcome, sent.plus_one()))
}

/// How many emails a new signature starts with: its confirmation link, unless its
/// mailbox has had its fill today (the signature is stored all the same; signing again
/// later sends the link).
pub fn first(mailbox_has_room: bool, now: NaiveDateTime) -> EmailsSent {
    EmailsSent {
        count: i32::from(mailbox_has_room),
        since: now,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + hours * 3600, 0)
            .unwrap()
            .naive_utc()
    }

    fn pending(count: i32, since: i64) -> Earlier {
        Earlier {
            confirmed: false,
            sent: EmailsSent {
                count,
                since: at(since),
            },
        }
    }

    fn decide(earlier: Earlier, now: i64, room: bool) -> (Signed, EmailsSent) {
        repeat::<()>(earlier, WhenConfirmed::Notify, at(now), || Ok(room)).unwrap()
    }

    #[test]
    fn three_emails_a_day_then_nothing_until_the_window_passes() {
        let (outcome, after) = decide(pending(2, 0), 1, true);
        assert_eq!(outcome, Signed::ReminderSent);
        assert_eq!(after.count, 3);
        assert_eq!(decide(pending(3, 0), 23, true).0, Signed::NothingSent);
        let (outcome, after) = decide(pending(3, 0), 24, true);
        assert_eq!(outcome, Signed::ReminderSent);
        assert_eq!(
            after,
            EmailsSent {
                count: 1,
                since: at(24)
            }
        );
    }

    #[test]
    fn a_full_mailbox_gets_nothing_and_a_quiet_repeat_asks_nothing() {
        assert_eq!(decide(pending(0, 0), 1, false).0, Signed::NothingSent);
        let confirmed = Earlier {
            confirmed: true,
            ..pending(0, 0)
        };
        let asked = std::cell::Cell::new(false);
        let quiet = repeat::<()>(confirmed, WhenConfirmed::StayQuiet, at(1), || {
            asked.set(true);
            Ok(true)
        });
        assert_eq!(quiet.map(|(outcome, _)| outcome), Ok(Signed::NothingSent));
        assert!(!asked.get());
        assert_eq!(decide(confirmed, 1, true).0, Signed::AlreadyConfirmedNotice);
    }
}
