//! Outgoing email: what the messages say, how they travel, and the task that sends the
//! outbox.

pub mod error;
pub mod letter_messages;
pub mod links;
pub mod messages;
pub mod quota;
pub mod reply_messages;
pub mod sender;
pub mod smtp;
pub mod transport;
pub mod update_messages;

pub use error::MailError;
pub use transport::Transport;
