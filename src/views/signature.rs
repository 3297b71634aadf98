//! Pages of the signing journey after the form: check your email, confirm, thank you, in
//! the visitor's language.

use maud::{html, Markup};

use super::layout::{self, Locale};
use super::share::{self, ShareLinks};
use crate::i18n::Lang;

/// Shown after every accepted form, whether or not the address had signed before; it names
/// the address when the browser that signed remembers it.
pub fn check_email(
    locale: &Locale<'_>,
    slug: &str,
    headline: &str,
    base_url: &str,
    address: Option<&str>,
) -> Markup {
    let lang = locale.lang;
    let confirm = html! { strong { (lang.t("check-confirm-word")) } };
    layout::localised(
        locale,
        &lang.t("check-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("check-title")) }
                @match address {
                    Some(address) => p { (lang.markup("check-sent-to", &[
                        ("address", html! { strong.address { (address) } }.into()),
                        ("confirm", confirm.into()),
                        ("headline", headline.into()),
                    ])) },
                    None => p { (lang.markup("check-sent", &[
                        ("confirm", confirm.into()),
                        ("headline", headline.into()),
                    ])) },
                }
                p { (lang.t("check-counts")) }
                p.small { (lang.t("check-no-email"))
                    @if address.is_some() { " " (lang.markup("check-wrong-address", &[
                        ("link", html! { a href={ "/campaigns/" (slug) "#sign-heading" } { (lang.t("check-sign-again")) } }.into()),
                    ])) } }
                (write_your_own(lang, slug, "own-lead-waiting"))
                (share::section(&ShareLinks::new_in(lang, base_url, slug, headline)))
                p { a href={ "/campaigns/" (slug) } { (lang.t("check-back")) } }
            }
        },
    )
}

/// The invitation to go further than a signature: a letter in one's own words.
fn write_your_own(lang: Lang, slug: &str, lead: &str) -> Markup {
    html! {
        div.write-own {
            h2 { (lang.t("own-heading")) }
            p { (lang.t(lead)) }
            p { a.button href={ "/campaigns/" (slug) "/write" } { (lang.t("own-heading")) } }
        }
    }
}

/// The page a confirmation link opens: nothing changes until the button is pressed.
pub fn confirm_prompt(locale: &Locale<'_>, token: &str, headline: &str) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("confirm-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("confirm-title")) }
                p { (lang.t_args("confirm-on", &[("headline", headline.into())])) }
                form method="post" action={ "/signatures/confirm/" (token) } {
                    button.primary type="submit" { (lang.t("confirm-button")) }
                }
                p.small { (lang.markup("confirm-not-you", &[
                    ("link", html! { a href={ "/signatures/confirm/" (token) "/withdraw" } { (lang.t("confirm-withdraw")) } }.into()),
                ])) }
            }
        },
    )
}

/// Thank you, with the share links: people who have just signed are the best messengers.
/// Opened from the signer's private link (`token`), it also offers to withdraw.
pub fn confirmed(
    locale: &Locale<'_>,
    slug: &str,
    headline: &str,
    base_url: &str,
    token: Option<&str>,
) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("confirmed-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("confirmed-heading")) }
                p { (lang.t_args("confirmed-body", &[("headline", headline.into())])) }
                (write_your_own(lang, slug, "own-lead-more"))
                p { (lang.t("confirmed-share")) }
                (share::section(&ShareLinks::new_in(lang, base_url, slug, headline)))
                p { a href={ "/campaigns/" (slug) } { (lang.t("check-back")) } }
                @match token {
                    Some(token) => p.small { (lang.markup("confirmed-withdraw", &[
                        ("link", html! { a href={ "/signatures/confirm/" (token) "/withdraw" } { (lang.t("confirmed-withdraw-link")) } }.into()),
                    ])) },
                    None => p.small { (lang.t("confirmed-withdraw-email")) },
                }
            }
        },
    )
}

pub fn link_unknown(locale: &Locale<'_>) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("link-unknown-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("link-unknown-heading")) }
                p { (lang.t("link-unknown-body")) }
                p { a href="/" { (lang.t("link-unknown-home")) } }
            }
        },
    )
}

pub fn link_expired(locale: &Locale<'_>, slug: &str, token: &str) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("link-expired-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("link-expired-heading")) }
                p { (lang.t("link-expired-body")) }
                p { a href={ "/campaigns/" (slug) "#sign-heading" } { (lang.t("link-expired-sign-again")) } }
                p.small { (lang.markup("link-expired-not-you", &[
                    ("link", html! { a href={ "/signatures/confirm/" (token) "/withdraw" } { (lang.t("link-expired-withdraw")) } }.into()),
                ])) }
            }
        },
    )
}
