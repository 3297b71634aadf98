//! Campaigns as organisers make them: the campaign file format, a campaign started from a
//! pasted published letter, its photos, and the updates sent to its supporters.

pub mod file;
pub mod images;
pub mod letter_paste;
pub mod translations;
pub mod updates;
