//! HTML forms as submitted (every field a string, nothing trusted), checked with `validator`
//! and parsed into domain types, with a plain message per wrong field for re-rendering.

pub mod api_token;
pub mod audit_filter;
pub mod campaign;
pub mod letter;
pub mod sign;

#[cfg(test)]
mod proptests;

use validator::ValidationErrors;

/// Messages for the fields that were wrong, by field name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        if self.get(field).is_none() {
            self.0.push((field, message.into()));
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Fields in the order they were named, for an error summary.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.0
            .iter()
            .map(|(field, message)| (*field, message.as_str()))
    }

    /// Takes the first message `validator` produced for each field.
    pub fn from_validation(errors: &ValidationErrors, fields: &[&'static str]) -> FieldErrors {
        let mut out = FieldErrors::default();
        let by_field = errors.field_errors();
        for field in fields {
            if let Some(first) = by_field.get(*field).and_then(|list| list.first()) {
                let message = first
                    .message
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_else(|| "Check this answer".to_owned());
                out.add(field, message);
            }
        }
        out
    }
}
