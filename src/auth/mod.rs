//! Staff accounts: roles, passwords, sessions, CSRF protection and login throttling.
//! Supporters never have accounts; everything here is for organisers, moderators and admins.

pub mod accounts;
pub mod error;
pub mod password;
pub mod role;
pub mod session;
pub mod session_key;
pub mod throttle;

pub use error::AuthError;
pub use role::{Area, Role};
pub use session::{Staff, StaffForm};
