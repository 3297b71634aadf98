//! The one decision a signing attempt makes, alone ([`super::sign`]) or in a batch
//! (`sign_batch`): new or repeat, suspect or not, which email goes and the signature's
//! email count afterwards. Pure: the callers only read the facts and write the result.

use chrono::NaiveDateTime;

use super::email_rule::{self, Earlier, EmailsSent};
use super::{Signed, WhenConfirmed};

/// What the database holds about the person's signature on the campaign, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prior {
    pub earlier: Earlier,
    pub suspect: bool,
}

/// The answers a decision may need, asked lazily and at most once each: whether a new
/// signature goes over a rate limit, and whether the mailbox may receive one more email
/// (asking spends the mailbox's allowance).
pub trait Ask {
    type Error;
    fn over_rate_limit(&mut self) -> Result<bool, Self::Error>;
    fn mailbox_has_room(&mut self) -> Result<bool, Self::Error>;
}

/// Which email the attempt sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Send {
    Nothing,
    /// A new confirmation link (first signature, or a reminder).
    ConfirmationLink,
    /// "You have already signed" to someone who confirmed before.
    AlreadySignedNotice,
}

/// What signing does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub outcome: Signed,
    /// Whether the signature is suspect: judged now for a new one, as stored for a repeat.
    /// A suspect signature's email goes in the slow lane.
    pub suspect: bool,
    /// The signature's email count afterwards (written back on a repeat even when it did
    /// not change, so that an attempt that sends nothing costs a write like one that sends).
    pub emails: EmailsSent,
    pub send: Send,
}

/// Decides what one signing attempt does at `now`.
pub fn decide<A: Ask>(
    prior: Option<Prior>,
    when_confirmed: WhenConfirmed,
    now: NaiveDateTime,
    ask: &mut A,
) -> Result<Decision, A::Error> {
    let Some(prior) = prior else {
        let suspect = ask.over_rate_limit()?;
        let room = ask.mailbox_has_room()?;
        return Ok(Decision {
            outcome: Signed::New,
            suspect,
            emails: email_rule::first(room, now),
            send: if room {
                Send::ConfirmationLink
            } else {
                Send::Nothing
            },
        });
    };
    let (outcome, emails) = email_rule::repeat(prior.earlier, when_confirmed, now, || {
        ask.mailbox_has_room()
    })?;
    let send = match outcome {
        Signed::AlreadyConfirmedNotice => Send::AlreadySignedNotice,
        Signed::ReminderSent => Send::ConfirmationLink,
        Signed::New | Signed::NothingSent => Send::Nothing,
    };
    Ok(Decision {
        outcome,
        suspect: prior.suspect,
        emails,
        send,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + hours * 3600, 0)
            .unwrap()
            .naive_utc()
    }

    /// Answers from fixed values, recording which questions were asked.
    struct Fixed {
        over: bool,
        room: bool,
        asked: Vec<&'static str>,
    }

    impl Ask for Fixed {
        type Error = ();
        fn over_rate_limit(&mut self) -> Result<bool, ()> {
            self.asked.push("limit");
            Ok(self.over)
        }
        fn mailbox_has_room(&mut self) -> Result<bool, ()> {
            self.asked.push("room");
            Ok(self.room)
        }
    }

    fn ask(over: bool, room: bool) -> Fixed {
        Fixed {
            over,
            room,
            asked: Vec::new(),
        }
    }

    fn prior(confirmed: bool, count: i32, suspect: bool) -> Option<Prior> {
        Some(Prior {
            earlier: Earlier {
                confirmed,
                sent: EmailsSent {
                    count,
                    since: at(0),
                },
            },
            suspect,
        })
    }

    #[test]
    fn a_new_signature_is_judged_then_sent_its_link_if_the_mailbox_has_room() {
        let mut facts = ask(true, true);
        let d = decide(None, WhenConfirmed::Notify, at(1), &mut facts).unwrap();
        assert_eq!(
            (d.outcome, d.suspect, d.send),
            (Signed::New, true, Send::ConfirmationLink)
        );
        assert_eq!(
            d.emails,
            EmailsSent {
                count: 1,
                since: at(1)
            }
        );
        assert_eq!(facts.asked, ["limit", "room"]);

        let d = decide(None, WhenConfirmed::Notify, at(1), &mut ask(false, false)).unwrap();
        assert_eq!(
            (d.outcome, d.suspect, d.send),
            (Signed::New, false, Send::Nothing)
        );
        assert_eq!(d.emails.count, 0);
    }

    #[test]
    fn a_repeat_before_confirming_is_reminded_and_keeps_its_suspect_flag() {
        let mut facts = ask(false, true);
        let d = decide(
            prior(false, 1, true),
            WhenConfirmed::Notify,
            at(1),
            &mut facts,
        )
        .unwrap();
        assert_eq!(
            (d.outcome, d.suspect, d.send),
            (Signed::ReminderSent, true, Send::ConfirmationLink)
        );
        assert_eq!(d.emails.count, 2);
        assert_eq!(
            facts.asked,
            ["room"],
            "repeats are never judged by the rate limits"
        );
    }

    #[test]
    fn a_repeat_after_confirming_gets_a_notice_or_nothing_when_quiet() {
        let d = decide(
            prior(true, 1, false),
            WhenConfirmed::Notify,
            at(1),
            &mut ask(false, true),
        );
        assert_eq!(d.unwrap().send, Send::AlreadySignedNotice);
        let mut facts = ask(false, true);
        let d = decide(
            prior(true, 1, false),
            WhenConfirmed::StayQuiet,
            at(1),
            &mut facts,
        )
        .unwrap();
        assert_eq!((d.outcome, d.send), (Signed::NothingSent, Send::Nothing));
        assert!(facts.asked.is_empty(), "a quiet repeat spends no allowance");
    }

    #[test]
    fn the_email_limit_and_a_full_mailbox_send_nothing() {
        let d = decide(
            prior(false, 3, false),
            WhenConfirmed::Notify,
            at(1),
            &mut ask(false, true),
        );
        assert_eq!(d.unwrap().send, Send::Nothing);
        let d = decide(
            prior(false, 3, false),
            WhenConfirmed::Notify,
            at(24),
            &mut ask(false, true),
        );
        let d = d.unwrap();
        assert_eq!(
            (d.send, d.emails.count),
            (Send::ConfirmationLink, 1),
            "a new window"
        );
        let d = decide(
            prior(false, 0, false),
            WhenConfirmed::Notify,
            at(1),
            &mut ask(false, false),
        );
        assert_eq!(d.unwrap().outcome, Signed::NothingSent);
    }
}
