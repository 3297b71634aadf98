//! The words of a campaign update as emailed: the organiser's text, then a link to the
//! campaign and a visible unsubscribe link (the same address as `List-Unsubscribe`).

use chrono::NaiveDateTime;
use maud::html;

use super::messages::email;
use crate::db::models::outbox::NewEmail;
use crate::domain::EmailAddress;
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

    /// The email to one supporter: in the bulk lane, with its unsubscribe address, due at
    /// `due`. `unsubscribe_url` is `None` for an organiser's preview.
    pub fn to(
        &self,
        to: &EmailAddress,
        unsubscribe_url: Option<&str>,
        update_id: Option<i64>,
        now: NaiveDateTime,
        due: NaiveDateTime,
    ) -> NewEmail {
        let footer_text = match unsubscribe_url {
            Some(url) => format!(
                "You are receiving this because you signed “{headline}” and asked to hear \
                 about its progress. To stop these emails (your signature still counts), \
                 open this link and press the button:\n{url}\n",
                headline = self.headline
            ),
            None => "This is a preview sent only to you. Each supporter’s copy ends with a \
                     link to stop these emails.\n"
                .to_owned(),
        };
        let text = format!(
            "{body}\n\n---\nThe campaign: {page}\n\n{footer_text}",
            body = self.text,
            page = self.campaign_url,
        );
        let body = html! {
            (maud::PreEscaped(&self.html))
            hr;
            p { a href=(self.campaign_url) { "See the campaign" } }
            @match unsubscribe_url {
                Some(url) => p style="font-size: 14px;" {
                    "You are receiving this because you signed “" (self.headline) "” and asked to hear about its progress. "
                    a href=(url) { "Unsubscribe from these updates" } " (your signature still counts)."
                },
                None => p style="font-size: 14px;" { "This is a preview sent only to you. Each supporter’s copy ends with a link to stop these emails." },
            }
        };
        let subject = match unsubscribe_url {
            Some(_) => self.subject.clone(),
            None => format!("Preview: {}", self.subject),
        };
        let mut email = email(to, subject, text, body, now);
        email.next_attempt_at = due;
        email.bulk = unsubscribe_url.is_some();
        email.unsubscribe_url = unsubscribe_url.map(str::to_owned);
        email.update_id = update_id;
        email
    }
}
