//! Command-line tasks beyond serving, for organisers and moderators.

pub mod export;
pub mod letters;
pub mod privacy;
pub mod users;
