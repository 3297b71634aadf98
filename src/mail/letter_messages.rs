//! The emails about supporters' letters: to the writer (private link, outcome) and to
//! officials (the letter itself, or a joint letter).

use chrono::NaiveDateTime;
use maud::html;

use super::messages::email;
use crate::db::models::outbox::NewEmail;
use crate::domain::letter_text::paragraphs;
use crate::domain::EmailAddress;

/// The private link to a saved draft.
pub fn draft_saved(to: &EmailAddress, headline: &str, link: &str, now: NaiveDateTime) -> NewEmail {
    let subject = format!("Your letter: {headline}");
    let text = format!(
        "Hello,\n\nYour letter is saved. Open this private link to carry on writing, on any \
         device:\n\n{link}\n\nKeep this email: anyone with the link can read and change your \
         draft. If you did not start a letter, ignore this email.\n"
    );
    let body = html! {
        p { "Hello," }
        p { "Your letter is saved. Open this private link to carry on writing, on any device:" }
        p { a href=(link) { "Carry on with my letter" } }
        p { "Keep this email: anyone with the link can read and change your draft. If you did not start a letter, ignore this email." }
    };
    email(to, subject, text, body, now)
}

/// Sent when the writer submits: what happens next.
pub fn submitted(to: &EmailAddress, headline: &str, link: &str, now: NaiveDateTime) -> NewEmail {
    let subject = format!("Your letter is with our moderators: {headline}");
    let text = format!(
        "Hello,\n\nThank you for writing. A moderator will read your letter before it is \
         sent; we will email you when that happens. You can see its progress here:\n\n{link}\n"
    );
    let body = html! {
        p { "Hello," }
        p { "Thank you for writing. A moderator will read your letter before it is sent; we will email you when that happens." }
        p { a href=(link) { "See my letter’s progress" } }
    };
    email(to, subject, text, body, now)
}

/// Sent on approval; `to_print` says whether some recipients need a posted copy.
pub fn approved(
    to: &EmailAddress,
    headline: &str,
    link: &str,
    to_print: bool,
    now: NaiveDateTime,
) -> NewEmail {
    let subject = format!("Your letter is approved: {headline}");
    let print = if to_print {
        "Some recipients take letters only by post: your page has a printable copy for each, \
         ready to sign and send, and a link to send it from your own email instead."
    } else {
        "We are sending it now."
    };
    let text = format!("Hello,\n\nYour letter has been approved. {print}\n\n{link}\n");
    let body = html! {
        p { "Hello," }
        p { "Your letter has been approved. " (print) }
        p { a href=(link) { "See my letter" } }
    };
    email(to, subject, text, body, now)
}

/// The letter itself, to an official, replying to the writer.
pub struct ToOfficial<'a> {
    pub official_email: &'a str,
    pub writer_email: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub delivery_id: i64,
}

pub fn to_official(letter: &ToOfficial<'_>, now: NaiveDateTime) -> Result<NewEmail, String> {
    let to = EmailAddress::parse(letter.official_email).map_err(|e| e.to_string())?;
    let body = html! { @for paragraph in paragraphs(letter.text) { p { (paragraph) } } };
    let mut message = email(
        &to,
        letter.subject.to_owned(),
        letter.text.to_owned(),
        body,
        now,
    );
    message.reply_to = Some(letter.writer_email.to_owned());
    message.delivery_id = Some(letter.delivery_id);
    message.mailbox = None;
    Ok(message)
}

/// One joint letter: the featured text once, then everyone who sent a near-copy.
pub fn joint(
    official_email: &str,
    subject: &str,
    text: &str,
    joint_letter_id: i64,
    now: NaiveDateTime,
) -> Result<NewEmail, String> {
    let to = EmailAddress::parse(official_email).map_err(|e| e.to_string())?;
    let body = html! { @for paragraph in paragraphs(text) { p style="white-space: pre-line" { (paragraph) } } };
    let mut message = email(&to, subject.to_owned(), text.to_owned(), body, now);
    message.joint_letter_id = Some(joint_letter_id);
    message.mailbox = None;
    Ok(message)
}

/// A rejected letter, as its writer hears of it.
pub struct Rejected<'a> {
    pub headline: &'a str,
    pub subject: &'a str,
    /// Completes "we cannot send it, because …", e.g. "it looks like spam or advertising".
    pub reason: &'a str,
    /// The moderator's own words to the writer, if any.
    pub note: Option<&'a str>,
    /// Where to start a new letter.
    pub write_link: &'a str,
}

/// Sent on rejection: why, the moderator's note, and that the writer may write again.
pub fn rejected(to: &EmailAddress, letter: &Rejected<'_>, now: NaiveDateTime) -> NewEmail {
    let subject = format!("Your letter was not approved: {}", letter.headline);
    let reason = format!(
        "A moderator has read your letter “{}” and we cannot send it, because {}.",
        letter.subject, letter.reason
    );
    let note = letter
        .note
        .map(|n| format!("A note from the moderator:\n\n{n}\n\n"))
        .unwrap_or_default();
    let after = "Your signature on the campaign is not affected. You are welcome to write a new \
                 letter:";
    let text = format!(
        "Hello,\n\nThank you for writing. {reason}\n\n{note}{after}\n\n{}\n",
        letter.write_link
    );
    let body = html! {
        p { "Hello," }
        p { "Thank you for writing. " (reason) }
        @if let Some(note) = letter.note {
            p { "A note from the moderator:" }
            blockquote style="white-space: pre-line" { (note) }
        }
        p { (after) }
        p { a href=(letter.write_link) { "Write a new letter" } }
    };
    email(to, subject, text, body, now)
}
