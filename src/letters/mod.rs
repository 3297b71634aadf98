//! Supporters' own letters: writing and saving drafts, submitting them for moderation,
//! and delivering approved ones to officials (one by one, or bundled into joint letters).

pub mod compose;
pub mod delivery;
pub mod drafting;
pub mod recipients;
