//! A letter laid out for A4 paper: the writer's details, the date, the official's address,
//! then the letter. The print stylesheet hides everything else.

use chrono::NaiveDate;
use maud::{html, Markup, DOCTYPE};

use crate::domain::letter_text::paragraphs;
use crate::letters::compose::SignOff;
use crate::letters::recipients::Recipient;

pub fn page(
    recipient: &Recipient,
    subject: &str,
    body: &str,
    sign_off: &SignOff,
    date: NaiveDate,
) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Letter to " (recipient.name) " · Missive" }
                link rel="icon" href=(super::layout::FAVICON) type="image/svg+xml";
                link rel="stylesheet" href="/static/print.css";
                script src="/static/print.js" defer {}
            }
            body.print {
                main {
                    div.screen-only {
                        p { "Print this page (Ctrl+P or ⌘P), sign it, and post it. "
                            "The address shows through a window envelope (DL) when folded in three." }
                        // Shown by print.js: without JavaScript it could not work.
                        button.print-button type="button" hidden { "Print this letter" }
                    }
                    article.a4 aria-labelledby="letter-heading" {
                        h1 #letter-heading.visually-hidden { "Letter to " (recipient.name) }
                        address.from {
                            (sign_off.name) br;
                            @for line in &sign_off.address { (line) br; }
                            @if let Some(place) = &sign_off.place { (place) br; }
                        }
                        p.date { (date.format("%-d %B %Y")) }
                        address.to {
                            (recipient.name) br;
                            @if recipient.office != recipient.name { (recipient.office) br; }
                            @for line in &recipient.address { (line) br; }
                        }
                        p.subject { strong { (subject) } }
                        p { (recipient.salutation) "," }
                        @for paragraph in paragraphs(body) { p { (paragraph) } }
                        p.sign-off { "Yours sincerely," }
                        p.signature-space aria-hidden="true" {}
                        p { (sign_off.name) }
                    }
                }
            }
        }
    }
}
