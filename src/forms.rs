//! HTML forms as submitted (every field a string, nothing trusted), each with a `parse()`
//! into typed values or a message per wrong field for re-rendering (a key in
//! `locales/*/errors.ftl`, worded in the page's language). Each field is
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
mod message_keys;
#[cfg(test)]
mod proptests;

use crate::i18n::{Lang, Message};

/// Messages for the fields that were wrong, by field name: each a message key and its
/// arguments, worded in the page's language where the form is shown again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(&'static str, Message)>);

impl FieldErrors {
    /// Notes `message` for `field`, unless the field has one already.
    pub fn add(&mut self, field: &'static str, message: impl Into<Message>) {
        if !self.has(field) {
            self.0.push((field, message.into()));
        }
    }

    /// Whether `field` was wrong.
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// The message for `field`, not yet in words.
    pub fn get(&self, field: &str) -> Option<&Message> {
        self.0
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message)
    }

    /// The message for `field` in `lang`'s words.
    pub fn message(&self, lang: Lang, field: &str) -> Option<String> {
        self.get(field).map(|message| message.in_lang(lang))
    }

    /// The message for `field` in English (the JSON API, the command line, tests).
    pub fn english(&self, field: &str) -> Option<String> {
        self.message(Lang::En, field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Fields in the order they were named, for an error summary.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Message)> {
        self.0.iter().map(|(field, message)| (*field, message))
    }

    /// Fields in the order they were named, each with its message in `lang`'s words.
    pub fn messages(&self, lang: Lang) -> impl Iterator<Item = (&'static str, String)> + '_ {
        self.iter()
            .map(move |(field, message)| (field, message.in_lang(lang)))
    }
}
