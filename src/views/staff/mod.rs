//! Back-office pages.

pub mod home;
pub mod layout;
pub mod login;
