//! Server-rendered pages (maud). Every page works without JavaScript.

pub mod campaign;
pub mod campaign_stats;
pub mod chart;
pub mod data_sources;
pub mod embed;
pub mod errors;
pub mod form;
pub mod format;
pub mod layout;
pub mod letter_preview;
pub mod letter_print;
pub mod letters;
pub mod markdown;
pub mod privacy;
pub mod published;
pub mod share;
pub mod signature;
pub mod social_meta;
pub mod staff;
pub mod table_scroll;
