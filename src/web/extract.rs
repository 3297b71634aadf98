//! What handlers take from a request beyond its path and body: the signed-in staff member,
//! the API caller's bearer token, the client's address, the visitor's language.

pub mod bearer;
pub mod client_ip;
pub mod language;
pub mod session;
