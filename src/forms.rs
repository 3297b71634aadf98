//! HTML forms as submitted (every field a string, nothing trusted), each with a `parse()`
//! into typed values or a plain message per wrong field for re-rendering. Each field is
//! checked once: by its domain type's parser where it has one, else by a length bound.

pub mod api_token;
pub mod audit_filter;
pub mod campaign;
pub mod letter;
pub mod moderation;
pub mod queue_filter;
pub mod reply;
pub mod response;
pub mod sign;
pub mod signatures;
pub mod staff_accounts;
pub mod update;

#[cfg(test)]
mod proptests;

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
}
