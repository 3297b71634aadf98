//! Supporters' personal data: withdrawing a signature from its private link, and
//! anonymising campaigns some time after they close. (Deleting a letter needs no rule
//! beyond its query: see `db::models::erasure::person`.)

pub mod anonymise;
pub mod withdrawal;
