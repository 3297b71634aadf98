//! Back-office pages.

pub mod audit;
pub mod campaign_form;
pub mod campaigns;
pub mod home;
pub mod layout;
pub mod login;
pub mod moderation;
pub mod signatures;
pub mod users;
