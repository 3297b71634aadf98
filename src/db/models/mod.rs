//! Diesel models, one module per table family, each with its queries beside it.

pub mod campaign;
pub mod count;
pub mod outbox;
pub mod signature;
pub mod token;
