//! What can go wrong sending an email.

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid SMTP URL: {0}")]
    SmtpUrl(String),
    #[error("SMTP delivery failed: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("could not connect to the SMTP server: {0}")]
    Connect(std::io::Error),
    #[error("the SMTP server did not answer within {0:?}")]
    Timeout(Duration),
    #[error("the SMTP server does not offer {0}, which this email needs")]
    Unsupported(&'static str),
    #[error("could not write the email file: {0}")]
    File(#[from] std::io::Error),
    #[error("could not build the email: {0}")]
    Build(String),
}
