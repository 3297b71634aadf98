//! The words of each email Missive sends, as plain text and HTML.

use chrono::NaiveDateTime;
use maud::{html, Markup, DOCTYPE};

use crate::db::models::outbox::NewEmail;
use crate::domain::EmailAddress;
use crate::mail::quota::mailbox_key;

/// The campaign an email is about.
pub struct About<'a> {
    pub headline: &'a str,
    pub page_url: &'a str,
}

/// Asks a new signer to confirm, with the link to the confirmation page. Nobody has
/// confirmed the address yet, so the email holds no text the signer typed (not even their
/// name): a stranger's words never reach an inbox through Missive.
pub fn confirm_signature(
    to: &EmailAddress,
    about: &About<'_>,
    confirm_url: &str,
    days_valid: u32,
    now: NaiveDateTime,
) -> NewEmail {
    let subject = format!("Please confirm your signature: {}", about.headline);
    let text = format!(
        "Hello,\n\n\
         Thank you for signing “{headline}”.\n\n\
         Your signature counts only once you confirm it. Open this link and press the \
         Confirm button:\n\n{confirm_url}\n\n\
         The link works for {days_valid} days. If you did not sign, ignore this email and \
         nothing will be counted.\n\n\
         Keep this email: if you change your mind later, the same link lets you withdraw \
         your signature, until the campaign closes.\n\n\
         The campaign: {page}\n",
        headline = about.headline,
        page = about.page_url,
    );
    let body = html! {
        p { "Hello," }
        p { "Thank you for signing “" (about.headline) "”." }
        p { "Your signature counts only once you confirm it. Open this link and press the Confirm button:" }
        p { a href=(confirm_url) { "Confirm my signature" } }
        p { "The link works for " (days_valid) " days. If you did not sign, ignore this email and nothing will be counted." }
        p { "Keep this email: if you change your mind later, the same link lets you withdraw your signature, until the campaign closes." }
        p { a href=(about.page_url) { "See the campaign" } }
    };
    email(to, subject, text, body, now)
}

/// Tells someone who signed and confirmed before that their signature already counts.
pub fn already_signed(to: &EmailAddress, about: &About<'_>, now: NaiveDateTime) -> NewEmail {
    let subject = format!("You have already signed: {}", about.headline);
    let text = format!(
        "Hello,\n\n\
         Someone, probably you, tried to sign “{headline}” with this email address. \
         You have already signed and confirmed, so your signature is counted once; there \
         is nothing more to do.\n\n\
         The campaign: {page}\n",
        headline = about.headline,
        page = about.page_url,
    );
    let body = html! {
        p { "Hello," }
        p {
            "Someone, probably you, tried to sign “" (about.headline) "” with this email address. "
            "You have already signed and confirmed, so your signature is counted once; there is nothing more to do."
        }
        p { a href=(about.page_url) { "See the campaign" } }
    };
    email(to, subject, text, body, now)
}

/// Gives a staff member the link to choose a new password, sent by an admin.
pub fn password_reset(to: &EmailAddress, url: &str, minutes: i64, now: NaiveDateTime) -> NewEmail {
    let subject = "Choose a new password for Missive".to_owned();
    let text = format!(
        "Hello,\n\n\
         An admin asked Missive to let you choose a new password for your staff account. \
         Open this link and type the new password twice:\n\n{url}\n\n\
         The link works once, for {minutes} minutes. If you did not expect it, ignore this \
         email: your password stays as it is.\n"
    );
    let body = html! {
        p { "Hello," }
        p { "An admin asked Missive to let you choose a new password for your staff account. Open this link and type the new password twice:" }
        p { a href=(url) { "Choose a new password" } }
        p { "The link works once, for " (minutes) " minutes. If you did not expect it, ignore this email: your password stays as it is." }
    };
    email(to, subject, text, body, now)
}

/// An email to `to`, counted against the cap on what their mailbox receives.
pub fn email(
    to: &EmailAddress,
    subject: String,
    body_text: String,
    body: Markup,
    now: NaiveDateTime,
) -> NewEmail {
    let body_html = html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { (subject) } }
            body style="font-family: Georgia, serif; font-size: 17px; line-height: 1.5; max-width: 36em;" {
                (body)
            }
        }
    };
    NewEmail {
        recipient: to.as_str().to_owned(),
        subject,
        body_text,
        body_html: body_html.into_string(),
        created_at: now,
        next_attempt_at: now,
        reply_to: None,
        delivery_id: None,
        joint_letter_id: None,
        mailbox: Some(mailbox_key(to)),
        letter_id: None,
        slow: false,
        bulk: false,
        unsubscribe_url: None,
        update_id: None,
    }
}
