//! The pages behind an update email's unsubscribe link: a button to press (mail scanners
//! follow links, so opening the link changes nothing), then a plain confirmation.

use maud::{html, Markup};

use super::layout;

/// Asks before unsubscribing; nothing changes until the button is pressed.
pub fn prompt(token: &str, slug: &str, headline: &str, already: bool) -> Markup {
    layout::page(
        "Stop updates",
        html! {
            section.notice {
                @if already {
                    h1 { "You are already unsubscribed" }
                    p { "You get no more updates about “" (headline) "”. Your signature still counts." }
                } @else {
                    h1 { "Stop updates about this campaign?" }
                    p { "You signed “" (headline) "” and asked to hear about its progress. "
                        "Press the button and we will send you no more updates about it." }
                    p { "Your signature stays and still counts." }
                    form method="post" action={ "/unsubscribe/" (token) } {
                        button.primary type="submit" { "Unsubscribe from updates" }
                    }
                }
                p { a href={ "/campaigns/" (slug) } { "Back to the campaign" } }
            }
        },
    )
}

/// After unsubscribing.
pub fn done(slug: &str, headline: &str) -> Markup {
    layout::page(
        "Unsubscribed",
        html! {
            section.notice {
                h1 { "You are unsubscribed" }
                p { "We will send you no more updates about “" (headline) "”, starting now: "
                    "updates already waiting to go will not reach you either." }
                p { "Your signature stays and still counts. You do not need to do anything else." }
                p { a href={ "/campaigns/" (slug) } { "Back to the campaign" } }
            }
        },
    )
}

/// The link is not one Missive made, or its signature is gone.
pub fn unknown() -> Markup {
    layout::page(
        "Link not recognised",
        html! {
            section.notice {
                h1 { "This link is not recognised" }
                p { "Check that you copied the whole link from the email. If the campaign has "
                    "been anonymised, your address is no longer kept and you will get no more updates." }
            }
        },
    )
}
