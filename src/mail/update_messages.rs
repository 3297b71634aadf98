//! The words of a campaign update as emailed: the organiser's text, then a link to the
//! campaign and a visible unsubscribe link (the same address as `List-Unsubscribe`). The
//! words around the organiser's text are in the supporter's language (the signature's);
//! an organiser's preview is in English.

use chrono::NaiveDateTime;
use maud::html;

use super::messages::email_in;
use crate::db::models::outbox::NewEmail;
use crate::domain::EmailAddress;
use crate::i18n::Lang;
use crate::views::markdown;

/// An update rendered once, to be addressed to each supporter.
pub struct UpdateText {
    pub subject: String,
    text: String,
    html: String,
    headline: String,
    campaign_url: String,
}

impl UpdateText {
    pub fn new(headline: &str, campaign_url: &str, subject: &str, body_markdown: &str) -> Self {
        UpdateText {
            subject: subject.to_owned(),
            text: body_markdown.trim().to_owned(),
            html: markdown::render(body_markdown).into_string(),
            headline: headline.to_owned(),
            campaign_url: campaign_url.to_owned(),
        }
    }

    /// The email to one supporter, its fixed words in `lang`: in the bulk lane, with its
    /// unsubscribe address, due at `due`. `unsubscribe_url` is `None` for an organiser's
    /// preview.
    pub fn to(
        &self,
        to: &EmailAddress,
        lang: Lang,
        unsubscribe_url: Option<&str>,
        update_id: Option<i64>,
        now: NaiveDateTime,
        due: NaiveDateTime,
    ) -> NewEmail {
        let why = lang.t_args(
            "update-email-why",
            &[("headline", self.headline.as_str().into())],
        );
        let footer_text = match unsubscribe_url {
            Some(url) => format!("{why} {}\n{url}\n", lang.t("update-email-stop")),
            None => "This is a preview sent only to you. Each supporter’s copy ends with a \
                     link to stop these emails.\n"
                .to_owned(),
        };
        let page = lang.t_args(
            "email-campaign-at",
            &[("url", self.campaign_url.as_str().into())],
        );
        let text = format!("{body}\n\n---\n{page}\n\n{footer_text}", body = self.text);
        let body = html! {
            (maud::PreEscaped(&self.html))
            hr;
            p { a href=(self.campaign_url) { (lang.t("email-see-campaign")) } }
            @match unsubscribe_url {
                Some(url) => p style="font-size: 14px;" {
                    (why) " "
                    (lang.markup("update-email-unsubscribe", &[(
                        "link",
                        html! { a href=(url) { (lang.t("update-email-unsubscribe-link")) } }.into(),
                    )]))
                },
                None => p style="font-size: 14px;" { "This is a preview sent only to you. Each supporter’s copy ends with a link to stop these emails." },
            }
        };
        let subject = match unsubscribe_url {
            Some(_) => self.subject.clone(),
            None => format!("Preview: {}", self.subject),
        };
        let mut email = email_in(lang, to, subject, text, body, now);
        email.next_attempt_at = due;
        email.bulk = unsubscribe_url.is_some();
        email.unsubscribe_url = unsubscribe_url.map(str::to_owned);
        email.update_id = update_id;
        email
    }
}

/// The language an already queued email was written in, from its HTML's `<html lang>`
/// (what [`email_in`] writes): an edited update is re-rendered in the same language.
pub fn lang_of(body_html: &str) -> Lang {
    body_html
        .split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or(Lang::En, |(code, _)| Lang::stored(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_queued_email_keeps_its_language() {
        let text = UpdateText::new("Free them", "https://x.test/c", "News", "Words.");
        let to = EmailAddress::parse("a@example.org").unwrap();
        let now = chrono::Utc::now().naive_utc();
        for lang in Lang::ALL {
            let email = text.to(&to, lang, Some("https://x.test/u/t"), Some(1), now, now);
            assert_eq!(lang_of(&email.body_html), lang);
        }
        assert_eq!(lang_of("<p>no frame</p>"), Lang::En);
        let russian = text.to(&to, Lang::Ru, Some("https://x.test/u/t"), Some(1), now, now);
        assert!(
            russian.body_text.contains("Отписаться") || russian.body_html.contains("Отписаться")
        );
        assert!(
            !russian.body_text.contains("You are receiving"),
            "{}",
            russian.body_text
        );
    }
}
