//! Outgoing email: what the messages say, how they travel, and the task that sends the
//! outbox.

pub mod letter_messages;
pub mod links;
pub mod messages;
pub mod quota;
pub mod sender;
pub mod transport;

pub use transport::{MailError, Transport};
