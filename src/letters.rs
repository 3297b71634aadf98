//! Supporters' own letters: writing and saving drafts, submitting them for moderation,
//! and delivering approved ones to officials (one by one, or bundled into joint letters).

pub mod compose;
pub mod delivery;
pub mod diff;
pub mod drafting;
pub mod joint;
pub mod milestones;
pub mod moderation;
pub mod recipients;
pub mod redaction;
pub mod reject_reason;
pub mod replies;
pub mod responses;
pub mod review;
pub mod similarity;
