//! Domain types parsed at the boundary: once constructed, a value is known to be valid.

pub mod country;
pub mod email;
pub mod letter_text;
pub mod milestones;
pub mod net;
pub mod password;
pub mod person_name;
pub mod postal_address;
pub mod postcode;
pub mod slug;
pub mod target;
pub mod token;

#[cfg(test)]
mod proptests;

pub use country::Country;
pub use email::EmailAddress;
pub use letter_text::{LetterBody, Subject};
pub use password::NewPassword;
pub use person_name::PersonName;
pub use postal_address::PostalAddress;
pub use postcode::Postcode;
pub use slug::Slug;
pub use target::Target;
pub use token::{SecretToken, TokenHash};

use crate::i18n::{Message, Value};

/// A parse failure, carrying a message fit to show beside the form field: a key in
/// `locales/*/errors.ftl` and its arguments, worded in the page's language where it is shown
/// (`Display` words it in English, for logs and the command line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.english())]
pub struct DomainError(pub Message);

impl DomainError {
    /// The error whose message is `id`, with no arguments.
    pub const fn new(id: &'static str) -> DomainError {
        DomainError(Message::new(id))
    }

    /// The error whose message is `id` with a bound (`max` or `min`) as a number argument.
    pub const fn with(id: &'static str, args: &'static [(&'static str, Value)]) -> DomainError {
        DomainError(Message::with(id, args))
    }
}

impl From<DomainError> for Message {
    fn from(error: DomainError) -> Message {
        error.0
    }
}
