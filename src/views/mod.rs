//! Server-rendered pages (maud). Every page works without JavaScript.

pub mod campaign;
pub mod errors;
pub mod form;
pub mod layout;
pub mod letter_print;
pub mod letters;
pub mod markdown;
pub mod published;
pub mod signature;
pub mod staff;
