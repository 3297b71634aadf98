//! The pages behind an update email's unsubscribe link: a button to press (mail scanners
//! follow links, so opening the link changes nothing), then a plain confirmation. In the
//! visitor's language.

use maud::{html, Markup};

use super::layout::{self, Locale};

/// Asks before unsubscribing; nothing changes until the button is pressed.
pub fn prompt(
    locale: &Locale<'_>,
    token: &str,
    slug: &str,
    headline: &str,
    already: bool,
) -> Markup {
    let lang = locale.lang;
    let headline = [("headline", headline.into())];
    layout::localised(
        locale,
        &lang.t("unsubscribe-title"),
        html! {},
        html! {
            section.notice {
                @if already {
                    h1 { (lang.t("unsubscribe-already-heading")) }
                    p { (lang.t_args("unsubscribe-already", &headline)) }
                } @else {
                    h1 { (lang.t("unsubscribe-heading")) }
                    p { (lang.t_args("unsubscribe-ask", &headline)) }
                    p { (lang.t("unsubscribe-stays")) }
                    form method="post" action={ "/unsubscribe/" (token) } {
                        button.primary type="submit" { (lang.t("unsubscribe-button")) }
                    }
                }
                p { a href={ "/campaigns/" (slug) } { (lang.t("unsubscribe-back")) } }
            }
        },
    )
}

/// After unsubscribing.
pub fn done(locale: &Locale<'_>, slug: &str, headline: &str) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("unsubscribed-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("unsubscribed-heading")) }
                p { (lang.t_args("unsubscribed-said", &[("headline", headline.into())])) }
                p { (lang.t("unsubscribed-stays")) }
                p { a href={ "/campaigns/" (slug) } { (lang.t("unsubscribe-back")) } }
            }
        },
    )
}

/// The link is not one Missive made, or its signature is gone.
pub fn unknown(locale: &Locale<'_>) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("unsubscribe-unknown-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("unsubscribe-unknown-heading")) }
                p { (lang.t("unsubscribe-unknown")) }
            }
        },
    )
}
