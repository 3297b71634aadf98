//! The words of each email Missive sends, as plain text and HTML. The emails to a signer
//! are in the signature's language (`About::lang`); the others are in English for now.

use chrono::NaiveDateTime;
use maud::{html, Markup, DOCTYPE};

use crate::db::models::outbox::NewEmail;
use crate::domain::EmailAddress;
use crate::i18n::{Arg, Lang};
use crate::mail::quota::mailbox_key;

/// The campaign an email is about, and the language of the person it goes to.
pub struct About<'a> {
    pub headline: &'a str,
    pub page_url: &'a str,
    pub lang: Lang,
}

impl About<'_> {
    fn headline(&self) -> [(&'static str, Arg<'_>); 1] {
        [("headline", self.headline.into())]
    }

    fn page(&self) -> String {
        self.lang
            .t_args("email-campaign-at", &[("url", self.page_url.into())])
    }
}

/// Paragraphs of a plain-text email: blank lines between, a newline at the end.
fn paragraphs(parts: &[&str]) -> String {
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
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
    let lang = about.lang;
    let subject = lang.t_args("confirm-email-subject", &about.headline());
    let hello = lang.t("email-hello");
    let thanks = lang.t_args("confirm-email-thanks", &about.headline());
    let counts = lang.t("confirm-email-counts");
    let days = [("days", Arg::Number(i64::from(days_valid)))];
    let valid = lang.t_args("confirm-email-valid", &days);
    let keep = lang.t("confirm-email-keep");
    let text = paragraphs(&[
        &hello,
        &thanks,
        &counts,
        confirm_url,
        &valid,
        &keep,
        &about.page(),
    ]);
    let body = html! {
        p { (hello) }
        p { (thanks) }
        p { (counts) }
        p { a href=(confirm_url) { (lang.t("confirm-email-link")) } }
        p { (valid) }
        p { (keep) }
        p { a href=(about.page_url) { (lang.t("email-see-campaign")) } }
    };
    email_in(lang, to, subject, text, body, now)
}

/// Tells someone who signed and confirmed before that their signature already counts.
pub fn already_signed(to: &EmailAddress, about: &About<'_>, now: NaiveDateTime) -> NewEmail {
    let lang = about.lang;
    let subject = lang.t_args("already-email-subject", &about.headline());
    let hello = lang.t("email-hello");
    let said = lang.t_args("already-email-body", &about.headline());
    let text = paragraphs(&[&hello, &said, &about.page()]);
    let body = html! {
        p { (hello) }
        p { (said) }
        p { a href=(about.page_url) { (lang.t("email-see-campaign")) } }
    };
    email_in(lang, to, subject, text, body, now)
}

/// Gives a staff member the link to choose a new password, in `lang`: the language of the
/// page where it was asked for, English when an admin sent it.
pub fn password_reset(
    lang: Lang,
    to: &EmailAddress,
    url: &str,
    minutes: i64,
    now: NaiveDateTime,
) -> NewEmail {
    let subject = lang.t("staff-reset-email-subject");
    let hello = lang.t("email-hello");
    let asked = lang.t("staff-reset-email-asked");
    let valid = lang.t_args(
        "staff-reset-email-valid",
        &[
            ("count", Arg::Number(minutes)),
            ("n", lang.number(minutes).into()),
        ],
    );
    let text = paragraphs(&[&hello, &asked, url, &valid]);
    let body = html! {
        p { (hello) }
        p { (asked) }
        p { a href=(url) { (lang.t("staff-reset-email-link")) } }
        p { (valid) }
    };
    email_in(lang, to, subject, text, body, now)
}

/// An email to `to`, counted against the cap on what their mailbox receives.
pub fn email(
    to: &EmailAddress,
    subject: String,
    body_text: String,
    body: Markup,
    now: NaiveDateTime,
) -> NewEmail {
    email_in(Lang::En, to, subject, body_text, body, now)
}

/// [`email`] written in `lang` (its HTML says so, for screen readers).
pub fn email_in(
    lang: Lang,
    to: &EmailAddress,
    subject: String,
    body_text: String,
    body: Markup,
    now: NaiveDateTime,
) -> NewEmail {
    let body_html = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
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
