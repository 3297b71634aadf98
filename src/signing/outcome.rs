//! What a signing attempt did, and what to tell someone who signs again after confirming.

/// What happened, for the log and tests; the visitor sees the same page whatever it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signed {
    New,
    ReminderSent,
    AlreadyConfirmedNotice,
    NothingSent,
}

/// What to tell someone who signs again after confirming: the sign form tells them they
/// already signed; submitting a letter needs no such note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenConfirmed {
    Notify,
    StayQuiet,
}
