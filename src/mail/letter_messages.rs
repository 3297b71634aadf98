//! The emails about supporters' letters: to the writer (private link, outcome) and to
//! officials (the letter itself, or a joint letter).

use chrono::NaiveDateTime;
use maud::html;

use super::messages::{email, email_in};
use crate::db::models::outbox::NewEmail;
use crate::domain::letter_text::paragraphs;
use crate::domain::EmailAddress;
use crate::i18n::{Arg, Lang};

/// The `headline` argument of a subject line.
fn headline(headline: &str) -> [(&'static str, Arg<'_>); 1] {
    [("headline", headline.into())]
}

/// The private link to a saved draft, in the letter's language.
pub fn draft_saved(
    to: &EmailAddress,
    lang: Lang,
    headline_: &str,
    link: &str,
    now: NaiveDateTime,
) -> NewEmail {
    let subject = lang.t_args("letter-draft-subject", &headline(headline_));
    let (hello, saved, keep) = (
        lang.t("email-hello"),
        lang.t("letter-draft-saved"),
        lang.t("letter-draft-keep"),
    );
    let text = format!("{hello}\n\n{saved}\n\n{link}\n\n{keep}\n");
    let body = html! {
        p { (hello) }
        p { (saved) }
        p { a href=(link) { (lang.t("letter-draft-link")) } }
        p { (keep) }
    };
    email_in(lang, to, subject, text, body, now)
}

/// Sent when the writer submits: what happens next, in the letter's language. Until
/// `confirmed`, the letter waits for the writer to confirm their address (the confirmation
/// email goes separately).
pub fn submitted(
    to: &EmailAddress,
    lang: Lang,
    headline_: &str,
    link: &str,
    confirmed: bool,
    now: NaiveDateTime,
) -> NewEmail {
    let (subject, next) = if confirmed {
        ("letter-submitted-subject", "letter-submitted-next")
    } else {
        (
            "letter-submitted-subject-unconfirmed",
            "letter-submitted-next-unconfirmed",
        )
    };
    let subject = lang.t_args(subject, &headline(headline_));
    let (hello, thanks, next, progress) = (
        lang.t("email-hello"),
        lang.t("letter-thanks"),
        lang.t(next),
        lang.t("letter-submitted-progress"),
    );
    let text = format!("{hello}\n\n{thanks} {next} {progress}\n\n{link}\n");
    let body = html! {
        p { (hello) }
        p { (thanks) " " (next) }
        p { a href=(link) { (lang.t("letter-submitted-link")) } }
    };
    email_in(lang, to, subject, text, body, now)
}

/// What happens to an approved letter, recipient by recipient (by name).
#[derive(Debug, Clone, Default)]
pub struct Ahead {
    /// Emailed now, on its own.
    pub emailed: Vec<String>,
    /// In the joint letter of `joint_date`.
    pub joint: Vec<String>,
    /// Written with `Lang::date`.
    pub joint_date: chrono::NaiveDate,
    /// How many paragraphs the writer added or changed (quoted in the joint letter).
    pub own_paragraphs: usize,
    /// Taking letters only by post: the writer prints it.
    pub to_print: Vec<String>,
}

impl Ahead {
    /// One sentence for each way the letter travels, in `lang`.
    pub fn sentences(&self, lang: Lang) -> Vec<String> {
        let mut said = Vec::new();
        if !self.emailed.is_empty() {
            let names = and_list(lang, &self.emailed);
            said.push(lang.t_args("letter-ahead-emailed", &[("names", names.into())]));
        }
        if !self.joint.is_empty() {
            let paragraphs = i64::try_from(self.own_paragraphs).unwrap_or(i64::MAX);
            said.push(lang.t_args(
                "letter-ahead-joint",
                &[
                    ("names", and_list(lang, &self.joint).into()),
                    ("date", lang.date(self.joint_date).into()),
                    ("paragraphs", paragraphs.into()),
                ],
            ));
        }
        if !self.to_print.is_empty() {
            let count = i64::try_from(self.to_print.len()).unwrap_or(i64::MAX);
            said.push(lang.t_args(
                "letter-ahead-print",
                &[
                    ("names", and_list(lang, &self.to_print).into()),
                    ("count", count.into()),
                ],
            ));
        }
        said
    }
}

/// `a`, `a and b`, `a, b and c`, with the language's "and".
fn and_list(lang: Lang, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => lang.t_args(
            "letter-list-and",
            &[
                ("rest", rest.join(", ").into()),
                ("last", last.as_str().into()),
            ],
        ),
    }
}

/// Sent on approval: what happens to the letter now, as the writer's page says, in the
/// letter's language.
pub fn approved(
    to: &EmailAddress,
    lang: Lang,
    headline_: &str,
    link: &str,
    ahead: &Ahead,
    now: NaiveDateTime,
) -> NewEmail {
    let subject = lang.t_args("letter-approved-subject", &headline(headline_));
    let said = ahead.sentences(lang);
    let (hello, approved, follow) = (
        lang.t("email-hello"),
        lang.t("letter-approved-body"),
        lang.t("letter-approved-follow"),
    );
    let text = format!(
        "{hello}\n\n{approved}\n\n{}\n\n{follow}\n\n{link}\n",
        said.join("\n\n")
    );
    let body = html! {
        p { (hello) }
        p { (approved) }
        @for sentence in &said { p { (sentence) } }
        p { a href=(link) { (lang.t("letter-approved-link")) } }
    };
    email_in(lang, to, subject, text, body, now)
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
    /// Completes "we cannot send it, because …", e.g. "it looks like spam or advertising",
    /// in the letter's language.
    pub reason: &'a str,
    /// The moderator's own words to the writer, if any.
    pub note: Option<&'a str>,
    /// Where to start a new letter.
    pub write_link: &'a str,
    /// The letter's language.
    pub lang: Lang,
}

/// Sent on rejection: why, the moderator's note, and that the writer may write again.
pub fn rejected(to: &EmailAddress, letter: &Rejected<'_>, now: NaiveDateTime) -> NewEmail {
    let lang = letter.lang;
    let subject = lang.t_args("letter-rejected-subject", &headline(letter.headline));
    let reason = lang.t_args(
        "letter-rejected-reason",
        &[
            ("subject", letter.subject.into()),
            ("reason", letter.reason.into()),
        ],
    );
    let (hello, thanks, from_moderator, after) = (
        lang.t("email-hello"),
        lang.t("letter-thanks"),
        lang.t("letter-rejected-note"),
        lang.t("letter-rejected-after"),
    );
    let note = letter
        .note
        .map(|n| format!("{from_moderator}\n\n{n}\n\n"))
        .unwrap_or_default();
    let text = format!(
        "{hello}\n\n{thanks} {reason}\n\n{note}{after}\n\n{}\n",
        letter.write_link
    );
    let body = html! {
        p { (hello) }
        p { (thanks) " " (reason) }
        @if let Some(note) = letter.note {
            p { (from_moderator) }
            blockquote style="white-space: pre-line" { (note) }
        }
        p { (after) }
        p { a href=(letter.write_link) { (lang.t("letter-rejected-link")) } }
    };
    email_in(lang, to, subject, text, body, now)
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
    /// The letter's language.
    pub lang: Lang,
}

/// Sent when a moderator edits a letter before approving it: what was taken out, what was
/// put in, and why. The approval email follows separately.
pub fn redacted(to: &EmailAddress, letter: &Redacted<'_>, now: NaiveDateTime) -> NewEmail {
    let lang = letter.lang;
    let subject = lang.t_args("letter-redacted-subject", &headline(letter.headline));
    let intro = lang.t_args(
        "letter-redacted-intro",
        &[("subject", letter.subject.into())],
    );
    let (hello, took_out, put_in, why, undo) = (
        lang.t("email-hello"),
        lang.t("letter-redacted-removed"),
        lang.t("letter-redacted-added"),
        lang.t("letter-redacted-reason"),
        lang.t("letter-redacted-undo"),
    );
    // Each passage in the language's own quotation marks.
    let quoted = |item: &str| lang.t_args("letters-quoted", &[("text", item.into())]);
    let list = |items: &[String]| -> String {
        items
            .iter()
            .map(|item| format!("  • {}\n", quoted(item)))
            .collect()
    };
    let mut text = format!("{hello}\n\n{intro}\n\n");
    if !letter.removed.is_empty() {
        text.push_str(&format!("{took_out}\n{}\n", list(letter.removed)));
    }
    if !letter.added.is_empty() {
        text.push_str(&format!("{put_in}\n{}\n", list(letter.added)));
    }
    text.push_str(&format!("{why}\n\n{}\n\n{undo}\n", letter.note));
    let body = html! {
        p { (hello) }
        p { (intro) }
        @if !letter.removed.is_empty() {
            p { (took_out) }
            ul { @for item in letter.removed { li { (quoted(item)) } } }
        }
        @if !letter.added.is_empty() {
            p { (put_in) }
            ul { @for item in letter.added { li { (quoted(item)) } } }
        }
        p { (why) }
        blockquote style="white-space: pre-line" { (letter.note) }
        p { (undo) }
    };
    email_in(lang, to, subject, text, body, now)
}
