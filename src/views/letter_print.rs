//! A letter laid out for A4 paper: the writer's details, the date, the official's address,
//! then the letter. The print stylesheet hides everything else. The page's own words are
//! in the visitor's language; the letter itself (its date, "Dear …", the writer's words and
//! "Yours sincerely") is exactly as the campaign emails it to officials, in English.

use chrono::NaiveDate;
use maud::{html, Markup, DOCTYPE};

use crate::domain::letter_text::paragraphs;
use crate::i18n::Lang;
use crate::letters::compose::SignOff;
use crate::letters::recipients::Recipient;

pub fn page(
    lang: Lang,
    recipient: &Recipient,
    subject: &str,
    body: &str,
    sign_off: &SignOff,
    date: NaiveDate,
) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.html_lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (lang.t_args("letters-print-title", &[("name", recipient.name.as_str().into())])) " · Missive" }
                link rel="icon" href=(super::layout::FAVICON) type="image/svg+xml";
                link rel="stylesheet" href="/static/print.css";
                script src="/static/print.js" defer {}
            }
            body.print {
                main {
                    div.screen-only {
                        p { (lang.t("letters-print-how")) }
                        // Shown by print.js: without JavaScript it could not work.
                        button.print-button type="button" hidden { (lang.t("letters-print-button")) }
                    }
                    article.a4 aria-labelledby="letter-heading" lang=[(lang != Lang::En).then(|| Lang::En.html_lang())] {
                        h1 #letter-heading.visually-hidden { (lang.t_args("letters-print-title", &[("name", recipient.name.as_str().into())])) }
                        address.from {
                            (sign_off.name) br;
                            @for line in &sign_off.address { (line) br; }
                            @if let Some(place) = &sign_off.place { (place) br; }
                        }
                        p.date { (Lang::En.date(date)) }
                        address.to {
                            (recipient.name) br;
                            @if recipient.office != recipient.name { (recipient.office) br; }
                            @for line in &recipient.address { (line) br; }
                        }
                        p.subject { strong { (subject) } }
                        p { (recipient.salutation) "," }
                        @for paragraph in paragraphs(body) { p { (paragraph) } }
                        p.sign-off { (crate::letters::compose::SIGN_OFF) }
                        p.signature-space aria-hidden="true" {}
                        p { (sign_off.name) }
                    }
                }
            }
        }
    }
}
