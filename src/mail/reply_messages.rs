//! The emails that close the loop after a letter: an official's answer to the campaign,
//! and "did your MP reply?" with its one reminder.

use chrono::{NaiveDate, NaiveDateTime};
use maud::html;

use super::messages::email_in;
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
    pub received_on: NaiveDate,
    pub summary: &'a str,
    pub body: &'a str,
    /// The campaign page, where the answer is shown in full.
    pub page_url: &'a str,
}

/// An official's answer to the campaign, to one supporter or writer, in the bulk lane, in
/// `lang` (the signature's or the letter's). The official's words are as received.
pub fn response_email(
    to: &EmailAddress,
    lang: Lang,
    news: &ResponseNews<'_>,
    reason: Reason,
    now: NaiveDateTime,
) -> NewEmail {
    let official = || ("official", Arg::from(news.official_name));
    let subject = lang.t_args(
        "public-response-subject",
        &[official(), ("headline", news.headline.into())],
    );
    let why = match reason {
        Reason::Supporter => lang.t("public-response-why-supporter"),
        Reason::Writer => lang.t_args("public-response-why-writer", &[official()]),
    };
    let (hello, in_short, read) = (
        lang.t("email-hello"),
        lang.t_args(
            "public-response-in-short",
            &[("summary", news.summary.into())],
        ),
        lang.t("public-response-read"),
    );
    let responded = lang.t_args(
        "public-response-responded",
        &[
            official(),
            ("office", news.official_office.into()),
            ("headline", news.headline.into()),
            ("date", lang.date(news.received_on).into()),
        ],
    );
    let text = format!(
        "{hello}\n\n{responded}\n\n{in_short}\n\n---\n\n{}\n\n---\n\n{read}:\n\n{}\n\n{why}\n",
        news.body.trim(),
        news.page_url,
    );
    let body = html! {
        p { (hello) }
        p { (responded) }
        p { (lang.markup("public-response-in-short-html", &[
            ("label", html! { strong { (lang.t("public-response-in-short-label")) } }.into()),
            ("summary", news.summary.into()),
        ])) }
        blockquote { (crate::views::markdown::render(news.body)) }
        p { a href=(news.page_url) { (read) } }
        p { small { (why) } }
    };
    let mut message = email_in(lang, to, subject, text, body, now);
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
