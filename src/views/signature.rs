//! Pages of the signing journey after the form: check your email, confirm, thank you.

use maud::{html, Markup};

use super::layout;
use super::share::{self, ShareLinks};

/// Shown after every accepted form, whether or not the address had signed before; it names
/// the address when the browser that signed remembers it.
pub fn check_email(slug: &str, headline: &str, base_url: &str, address: Option<&str>) -> Markup {
    layout::page(
        "Check your email",
        html! {
            section.notice {
                h1 { "Check your email" }
                @match address {
                    Some(address) => p { "We have sent a link to " strong.address { (address) } ". Open it and press "
                        strong { "Confirm" } " to add your signature to “" (headline) "”." },
                    None => p { "We have sent a link to the address you gave. Open it and press "
                        strong { "Confirm" } " to add your signature to “" (headline) "”." },
                }
                p { "Your signature counts once you confirm. The link works for 7 days." }
                p.small { "No email after a few minutes? Look in your spam or junk folder. "
                    "If you signed this letter before, you will get a note saying so instead."
                    @if address.is_some() { " Wrong address? " a href={ "/campaigns/" (slug) "#sign-heading" } { "Sign again with the right one" } "." } }
                (write_your_own(slug, "While you wait"))
                (share::section(&ShareLinks::new(base_url, slug, headline)))
                p { a href={ "/campaigns/" (slug) } { "Back to the letter" } }
            }
        },
    )
}

/// The invitation to go further than a signature: a letter in one's own words.
fn write_your_own(slug: &str, lead: &str) -> Markup {
    html! {
        div.write-own {
            h2 { "Write your own letter" }
            p { (lead) ": a letter in your own words, to your MP and the ministers who decide, "
                "carries far more weight than a signature. Start from the featured letter and make it yours." }
            p { a.button href={ "/campaigns/" (slug) "/write" } { "Write your own letter" } }
        }
    }
}

/// The page a confirmation link opens: nothing changes until the button is pressed.
pub fn confirm_prompt(token: &str, headline: &str) -> Markup {
    layout::page(
        "Confirm your signature",
        html! {
            section.notice {
                h1 { "Confirm your signature" }
                p { "You are confirming your signature on “" (headline) "”." }
                form method="post" action={ "/signatures/confirm/" (token) } {
                    button.primary type="submit" { "Confirm my signature" }
                }
                p.small { "Did not sign this, or changed your mind? "
                    a href={ "/signatures/confirm/" (token) "/withdraw" } { "Withdraw the signature instead" } "." }
            }
        },
    )
}

/// Thank you, with the share links: people who have just signed are the best messengers.
/// Opened from the signer's private link (`token`), it also offers to withdraw.
pub fn confirmed(slug: &str, headline: &str, base_url: &str, token: Option<&str>) -> Markup {
    layout::page(
        "Signature confirmed",
        html! {
            section.notice {
                h1 { "Thank you: your signature counts" }
                p { "Your signature on “" (headline) "” is confirmed. The count on the letter’s page includes you within a few seconds." }
                (write_your_own(slug, "One more thing you can do"))
                p { "Share the letter with people who would sign it too." }
                (share::section(&ShareLinks::new(base_url, slug, headline)))
                p { a href={ "/campaigns/" (slug) } { "Back to the letter" } }
                @match token {
                    Some(token) => p.small { "Changed your mind? "
                        a href={ "/signatures/confirm/" (token) "/withdraw" } { "Withdraw my signature" }
                        " (possible until the campaign closes)." },
                    None => p.small { "Changed your mind? The link in your email lets you withdraw "
                        "your signature until the campaign closes." },
                }
            }
        },
    )
}

pub fn link_unknown() -> Markup {
    layout::page(
        "Link not recognised",
        html! {
            section.notice {
                h1 { "We do not recognise this link" }
                p { "Check that you copied the whole link from the email. If it still does not work, sign again and we will send a new one." }
                p { a href="/" { "Go to the featured letter" } }
            }
        },
    )
}

pub fn link_expired(slug: &str, token: &str) -> Markup {
    layout::page(
        "Link expired",
        html! {
            section.notice {
                h1 { "This link has expired" }
                p { "Confirmation links work for 7 days. Sign again with the same email address and we will send you a new link." }
                p { a href={ "/campaigns/" (slug) "#sign-heading" } { "Sign again" } }
                p.small { "Did not sign this? An unconfirmed signature never counts, or you can "
                    a href={ "/signatures/confirm/" (token) "/withdraw" } { "withdraw it now" } "." }
            }
        },
    )
}
