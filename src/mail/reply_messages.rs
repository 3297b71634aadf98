//! The emails that close the loop after a letter: an official's answer to the campaign,
//! and "did your MP reply?" with its one reminder.

use chrono::NaiveDateTime;
use maud::html;

use super::messages::{email, email_in};
use crate::db::models::outbox::NewEmail;
use crate::domain::EmailAddress;
use crate::i18n::{Arg, Lang};

/// Why someone receives an official's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// They signed and asked to hear about progress.
    Supporter,
    /// Their letter went to the official who answered.
    Writer,
}

/// What an email about an official's answer says.
pub struct ResponseNews<'a> {
    pub headline: &'a str,
    pub official_name: &'a str,
    pub official_office: &'a str,
    pub received_on: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
    /// The campaign page, where the answer is shown in full.
    pub page_url: &'a str,
}

/// An official's answer to the campaign, to one supporter or writer, in the bulk lane.
pub fn response_email(
    to: &EmailAddress,
    news: &ResponseNews<'_>,
    reason: Reason,
    now: NaiveDateTime,
) -> NewEmail {
    let subject = format!("{} has responded: {}", news.official_name, news.headline);
    let why = match reason {
        Reason::Supporter => "You get this email because you asked to hear about progress \
                              when you signed."
            .to_owned(),
        Reason::Writer => format!(
            "You get this email because your letter went to {}.",
            news.official_name
        ),
    };
    let text = format!(
        "Hello,\n\n{} ({}) has responded to the campaign “{}”. The response was received on \
         {}.\n\nIn short: {}\n\n---\n\n{}\n\n---\n\nRead it on the campaign page:\n\n{}\n\n{why}\n",
        news.official_name,
        news.official_office,
        news.headline,
        news.received_on,
        news.summary,
        news.body.trim(),
        news.page_url,
    );
    let body = html! {
        p { "Hello," }
        p { (news.official_name) " (" (news.official_office) ") has responded to the campaign “" (news.headline) "”. The response was received on " (news.received_on) "." }
        p { strong { "In short: " } (news.summary) }
        blockquote { (crate::views::markdown::render(news.body)) }
        p { a href=(news.page_url) { "Read it on the campaign page" } }
        p { small { (why) } }
    };
    let mut message = email(to, subject, text, body, now);
    message.bulk = true;
    message
}

/// "Did your MP reply?", or its one reminder, with the link to the answer page, in the
/// letter's language.
pub fn reply_question(
    to: &EmailAddress,
    lang: Lang,
    official_name: &str,
    headline: &str,
    link: &str,
    reminder: bool,
    now: NaiveDateTime,
) -> NewEmail {
    let official = [("official", Arg::from(official_name))];
    let subject = if reminder {
        lang.t_args("reply-reminder-subject", &official)
    } else {
        lang.t_args("reply-question-subject", &official)
    };
    let asked = lang.t_args(
        "reply-question-asked",
        &[
            ("headline", headline.into()),
            ("official", official_name.into()),
        ],
    );
    let (hello, tell, mut counted) = (
        lang.t("email-hello"),
        lang.t("reply-question-tell"),
        lang.t("reply-question-counted"),
    );
    if reminder {
        counted.push(' ');
        counted.push_str(&lang.t("reply-question-only-reminder"));
    }
    let text = format!("{hello}\n\n{asked}\n\n{tell}\n\n{link}\n\n{counted}\n");
    let body = html! {
        p { (hello) }
        p { (asked) }
        p { a href=(link) { (lang.t_args("reply-question-link", &official)) } }
        p { (counted) }
    };
    email_in(lang, to, subject, text, body, now)
}
