//! The machine-readable side of Missive: public JSON with HTTP caching (no personal data),
//! and the organisers' read API, following the OSDI conventions for petitions and
//! signatures, behind bearer tokens scoped to campaigns. `docs/openapi.json` describes both.

pub mod error;
pub mod http_cache;
pub mod osdi;
pub mod paging;
pub mod problem;
pub mod public;
pub mod tokens;

pub use error::ApiError;
/// Public JSON bodies, each kept for one count refresh interval.
pub type JsonCache = crate::plumbing::interval_cache::IntervalCache<http_cache::JsonBody>;
