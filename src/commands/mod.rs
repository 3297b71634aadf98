//! Command-line tasks beyond serving, for organisers and moderators.

pub mod letters;
pub mod users;
