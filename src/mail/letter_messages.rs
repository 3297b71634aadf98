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

/// Sent when the writer submits: what happens next. Until `confirmed`, the letter waits
/// for the writer to confirm their address (the confirmation email goes separately).
pub fn submitted(
    to: &EmailAddress,
    headline: &str,
    link: &str,
    confirmed: bool,
    now: NaiveDateTime,
) -> NewEmail {
    let (subject, next) = if confirmed {
        (
            format!("Your letter is with our moderators: {headline}"),
            "A moderator will read your letter before it is sent; we will email you when that \
             happens.",
        )
    } else {
        (
            format!("Confirm your email to send your letter: {headline}"),
            "Your letter goes to our moderators once you confirm your email address: open the \
             other email we have just sent you and press its button. Until then nothing is sent.",
        )
    };
    let text = format!(
        "Hello,\n\nThank you for writing. {next} You can see your letter's progress \
         here:\n\n{link}\n"
    );
    let body = html! {
        p { "Hello," }
        p { "Thank you for writing. " (next) }
        p { a href=(link) { "See my letter’s progress" } }
    };
    email(to, subject, text, body, now)
}

/// What happens to an approved letter, recipient by recipient (by name).
#[derive(Debug, Clone, Default)]
pub struct Ahead {
    /// Emailed now, on its own.
    pub emailed: Vec<String>,
    /// In the joint letter of `joint_date`.
    pub joint: Vec<String>,
    pub joint_date: String,
    /// How many paragraphs the writer added or changed (quoted in the joint letter).
    pub own_paragraphs: usize,
    /// Taking letters only by post: the writer prints it.
    pub to_print: Vec<String>,
}

impl Ahead {
    /// One sentence for each way the letter travels.
    pub fn sentences(&self) -> Vec<String> {
        let mut said = Vec::new();
        if !self.emailed.is_empty() {
            said.push(format!(
                "We are emailing it now to {}, on its own, with your email address to reply to.",
                and_list(&self.emailed)
            ));
        }
        if !self.joint.is_empty() {
            let yours = match self.own_paragraphs {
                0 => "with your name on it".to_owned(),
                1 => "with your name and the paragraph you added quoted under it".to_owned(),
                n => format!("with your name and the {n} paragraphs you added quoted under it"),
            };
            said.push(format!(
                "It is mostly the featured letter, so it goes to {} in the joint letter of {}, {yours}.",
                and_list(&self.joint),
                self.joint_date
            ));
        }
        if !self.to_print.is_empty() {
            said.push(format!(
                "{} {} letters only by post: your page has a copy ready to print, sign and send, \
                 and a link to send it from your own email instead.",
                and_list(&self.to_print),
                if self.to_print.len() == 1 {
                    "takes"
                } else {
                    "take"
                }
            ));
        }
        said
    }
}

fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Sent on approval: what happens to the letter now, as the writer's page says.
pub fn approved(
    to: &EmailAddress,
    headline: &str,
    link: &str,
    ahead: &Ahead,
    now: NaiveDateTime,
) -> NewEmail {
    let subject = format!("Your letter is approved: {headline}");
    let said = ahead.sentences();
    let text = format!(
        "Hello,\n\nYour letter has been approved.\n\n{}\n\nYou can follow it here:\n\n{link}\n",
        said.join("\n\n")
    );
    let body = html! {
        p { "Hello," }
        p { "Your letter has been approved." }
        @for sentence in &said { p { (sentence) } }
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

/// A letter a moderator edited before approving it, as its writer hears of it.
pub struct Redacted<'a> {
    pub headline: &'a str,
    pub subject: &'a str,
    /// Passages taken out of the letter.
    pub removed: &'a [String],
    /// Passages put in their place.
    pub added: &'a [String],
    /// The moderator's "what I changed and why".
    pub note: &'a str,
}

/// Sent when a moderator edits a letter before approving it: what was taken out, what was
/// put in, and why. The approval email follows separately.
pub fn redacted(to: &EmailAddress, letter: &Redacted<'_>, now: NaiveDateTime) -> NewEmail {
    let subject = format!(
        "We changed your letter before sending it: {}",
        letter.headline
    );
    let intro = format!(
        "A moderator has approved your letter “{}”, but only after changing it a little. It \
         is sent and shown as changed.",
        letter.subject
    );
    let list = |items: &[String]| -> String {
        items.iter().map(|item| format!("  • “{item}”\n")).collect()
    };
    let mut text = format!("Hello,\n\n{intro}\n\n");
    if !letter.removed.is_empty() {
        text.push_str(&format!("We took out:\n{}\n", list(letter.removed)));
    }
    if !letter.added.is_empty() {
        text.push_str(&format!("We put in:\n{}\n", list(letter.added)));
    }
    text.push_str(&format!(
        "The moderator’s reason:\n\n{}\n\nIf you would rather it were not sent as changed, you can \
         delete your letter from the private link in the email about its approval.\n",
        letter.note
    ));
    let body = html! {
        p { "Hello," }
        p { (intro) }
        @if !letter.removed.is_empty() {
            p { "We took out:" }
            ul { @for item in letter.removed { li { "“" (item) "”" } } }
        }
        @if !letter.added.is_empty() {
            p { "We put in:" }
            ul { @for item in letter.added { li { "“" (item) "”" } } }
        }
        p { "The moderator’s reason:" }
        blockquote style="white-space: pre-line" { (letter.note) }
        p { "If you would rather it were not sent as changed, you can delete your letter from the private link in the email about its approval." }
    };
    email(to, subject, text, body, now)
}
