//! Staff accounts: roles, passwords, who is signed in and login throttling (the HTTP session
//! and CSRF checks are `web::extract::session`); and who holds an API token.
//! Supporters never have accounts; everything here is for organisers, moderators and admins.

pub mod accounts;
pub mod api_client;
pub mod error;
pub mod password;
pub mod role;
pub mod staff;
pub mod throttle;

pub use api_client::ApiClient;
pub use error::AuthError;
pub use role::{Area, Role};
pub use staff::Staff;
