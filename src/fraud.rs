//! Fraud control: rate limits on signing, and the moderators' search, invalidation and
//! review of signatures.

pub mod address;
pub mod fields;
pub mod query;
pub mod rate_limit;
pub mod review;
pub mod search;

#[cfg(test)]
mod proptests;
