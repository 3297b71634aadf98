//! The audit log's filter form, as typed.

use serde::Deserialize;

/// The filter form as typed: every field optional.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct FilterForm {
    pub actor: String,
    pub action: String,
    pub subject_type: String,
    pub subject_id: String,
    pub since: String,
    pub until: String,
}
