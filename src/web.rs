//! Everything that knows about HTTP: the server and its middleware, the request state,
//! extractors, responders, the error pages and the routes. Nothing below this module
//! imports actix-web or anything from here (`tests/layers.rs` checks).

pub mod api;
pub mod compressed_page;
pub mod error;
pub mod extract;
pub mod middleware;
pub mod not_found;
pub mod respond;
pub mod routes;
pub mod session_key;
pub mod startup;
pub mod state;
