//! Back-office pages.

pub mod api_tokens;
pub mod audit;
pub mod campaign_form;
pub mod campaigns;
pub mod dashboard;
pub mod embed;
pub mod exports;
pub mod home;
pub mod layout;
pub mod login;
pub mod moderation;
pub mod password_reset;
pub mod signatures;
pub mod users;
