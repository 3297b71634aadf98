//! Pages for taking one's data back: withdrawing a signature and deleting a letter, each
//! asked first and answered plainly.

use chrono::NaiveDate;
use maud::{html, Markup};

use super::layout;
use crate::db::models::letter::LetterStatus;

fn long_date(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

/// Asks before withdrawing; nothing changes until the button is pressed.
pub fn withdraw_prompt(token: &str, slug: &str, headline: &str) -> Markup {
    layout::page(
        "Withdraw your signature",
        html! {
            section.notice {
                h1 { "Withdraw your signature?" }
                p { "You are about to withdraw your signature from “" (headline) "”." }
                p { "It will no longer be counted, and we will delete your name, email address "
                    "and postcode. If you change your mind, you can sign again while the campaign is open." }
                form method="post" action={ "/signatures/confirm/" (token) "/withdraw" } {
                    button.primary type="submit" { "Withdraw my signature" }
                }
                p { a href={ "/campaigns/" (slug) } { "No, keep my signature" } }
            }
        },
    )
}

/// The campaign has closed: its count is final, and the details go on a known date.
pub fn withdraw_closed(
    slug: &str,
    headline: &str,
    closed_on: NaiveDate,
    erased_from: NaiveDate,
) -> Markup {
    layout::page(
        "This campaign has closed",
        html! {
            section.notice {
                h1 { "This campaign has closed" }
                p { "“" (headline) "” closed on " (long_date(closed_on)) ". Its final count stands, "
                    "so signatures can no longer be withdrawn." }
                p { "We keep signers’ names, email addresses and postcodes only until "
                    (long_date(erased_from)) ". Then we erase them for good and keep only the figures." }
                p { a href={ "/campaigns/" (slug) } { "Back to the letter" } }
            }
        },
    )
}

/// After withdrawing.
pub fn withdrawn(slug: &str, headline: &str) -> Markup {
    layout::page(
        "Signature withdrawn",
        html! {
            section.notice {
                h1 { "Your signature has been withdrawn" }
                p { "Your signature no longer counts towards “" (headline) "”, and we have deleted "
                    "your name, email address and postcode." }
                p { "Thank you for your support so far. If you change your mind, you are welcome to "
                    "sign again while the campaign is open." }
                p.small { "If you also wrote a letter, the link in the email about it lets you delete it too." }
                p { a href={ "/campaigns/" (slug) } { "Back to the letter" } }
            }
        },
    )
}

/// Asks before deleting a letter, saying what can and cannot be undone for its status.
pub fn delete_prompt(token: &str, headline: &str, status: LetterStatus) -> Markup {
    let (title, explanation): (&str, Markup) = match status {
        LetterStatus::Draft => (
            "Delete this draft?",
            html! { p { "Your draft to go with “" (headline) "” will be deleted for good, with your name, "
            "email address and postcode. This link will stop working." } },
        ),
        LetterStatus::Unconfirmed | LetterStatus::Pending | LetterStatus::Rejected => (
            "Delete your letter?",
            html! {
                p { "Nothing has been sent or published: your letter will be deleted for good, with your "
                    "name, email address and postcode, and this link will stop working." }
                p { "Your signature on “" (headline) "” is not affected. To withdraw it too, use the link "
                    "in your confirmation email." }
            },
        ),
        LetterStatus::Approved | LetterStatus::Hidden | LetterStatus::Withdrawn => (
            "Delete your letter?",
            html! {
                p { "Your letter has already gone to some of its recipients, and a letter that has been "
                    "sent cannot be unsent: officials who have it keep their copy." }
                p { "Deleting it now takes it off the campaign’s page, stops any copies that have not gone "
                    "yet, and erases your name, email address, postcode and the letter’s words from Missive. "
                    "This link will stop working." }
            },
        ),
    };
    layout::page(
        title,
        html! {
            section.notice {
                h1 { (title) }
                (explanation)
                form method="post" action={ "/letters/" (token) "/delete" } {
                    button.primary type="submit" { "Yes, delete my letter" }
                }
                p { a href={ "/letters/" (token) } { "No, keep it" } }
            }
        },
    )
}

/// After deleting a letter; `already_sent` when some of it had gone and cannot be recalled.
pub fn letter_deleted(slug: &str, headline: &str, already_sent: bool) -> Markup {
    layout::page(
        "Letter deleted",
        html! {
            section.notice {
                h1 { "Your letter has been deleted" }
                @if already_sent {
                    p { "Copies that had already been sent stay with the officials who received them. "
                        "Everything else is gone from Missive: your name, email address, postcode and the letter’s words." }
                } @else {
                    p { "It is gone for good, with your name, email address and postcode." }
                }
                p { "Thank you for writing about “" (headline) "”. You are welcome to write again." }
                p { a href={ "/campaigns/" (slug) } { "Back to the letter" } }
            }
        },
    )
}
