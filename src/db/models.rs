//! Diesel models, one module per table family, each with its queries beside it.

pub mod api_token;
pub mod audience;
pub mod audit;
pub mod campaign;
pub mod constituency;
pub mod count;
pub mod delivery;
pub mod erasure;
pub mod export_rows;
pub mod invalidation;
pub mod letter;
pub mod login_attempt;
pub mod milestone;
pub mod official;
pub mod outbox;
pub mod password_reset;
pub mod signature;
pub mod signature_feed;
pub mod signature_origin;
pub mod signature_search;
pub mod target;
pub mod token;
pub mod user;
