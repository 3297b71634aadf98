//! Pages for taking one's data back: withdrawing a signature and deleting a letter, each
//! asked first and answered plainly, in the visitor's language.

use chrono::NaiveDate;
use maud::{html, Markup};

use super::layout::{self, Locale};
use crate::db::models::letter::LetterStatus;

/// Asks before withdrawing; nothing changes until the button is pressed.
pub fn withdraw_prompt(locale: &Locale<'_>, token: &str, slug: &str, headline: &str) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("public-withdraw-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("public-withdraw-heading")) }
                p { (lang.t_args("public-withdraw-about", &[("headline", headline.into())])) }
                p { (lang.t("public-withdraw-what")) }
                form method="post" action={ "/signatures/confirm/" (token) "/withdraw" } {
                    button.primary type="submit" { (lang.t("public-withdraw-button")) }
                }
                p { a href={ "/campaigns/" (slug) } { (lang.t("public-withdraw-keep")) } }
            }
        },
    )
}

/// The campaign has closed: its count is final, and the details go on a known date.
pub fn withdraw_closed(
    locale: &Locale<'_>,
    slug: &str,
    headline: &str,
    closed_on: NaiveDate,
    erased_from: NaiveDate,
) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("public-withdraw-closed-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("public-withdraw-closed-title")) }
                p { (lang.t_args("public-withdraw-closed-on", &[
                    ("headline", headline.into()),
                    ("date", lang.date(closed_on).into()),
                ])) }
                p { (lang.t_args("public-withdraw-closed-erased", &[("date", lang.date(erased_from).into())])) }
                p { a href={ "/campaigns/" (slug) } { (lang.t("public-back-to-letter")) } }
            }
        },
    )
}

/// After withdrawing.
pub fn withdrawn(locale: &Locale<'_>, slug: &str, headline: &str) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("public-withdrawn-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("public-withdrawn-heading")) }
                p { (lang.t_args("public-withdrawn-body", &[("headline", headline.into())])) }
                p { (lang.t("public-withdrawn-thanks")) }
                p.small { (lang.t("public-withdrawn-letter")) }
                p { a href={ "/campaigns/" (slug) } { (lang.t("public-back-to-letter")) } }
            }
        },
    )
}

/// Asks before deleting a letter, saying what can and cannot be undone for its status.
pub fn delete_prompt(
    locale: &Locale<'_>,
    token: &str,
    headline: &str,
    status: LetterStatus,
) -> Markup {
    let lang = locale.lang;
    let headline = || ("headline", headline.into());
    let (title, explanation): (String, Markup) = match status {
        LetterStatus::Draft => (
            lang.t("public-delete-draft-title"),
            html! { p { (lang.t_args("public-delete-draft-body", &[headline()])) } },
        ),
        LetterStatus::Unconfirmed | LetterStatus::Pending | LetterStatus::Rejected => (
            lang.t("public-delete-title"),
            html! {
                p { (lang.t("public-delete-unsent")) }
                p { (lang.t_args("public-delete-signature", &[headline()])) }
            },
        ),
        LetterStatus::Approved | LetterStatus::Hidden | LetterStatus::Withdrawn => (
            lang.t("public-delete-title"),
            html! {
                p { (lang.t("public-delete-sent")) }
                p { (lang.t("public-delete-sent-what")) }
            },
        ),
    };
    layout::localised(
        locale,
        &title,
        html! {},
        html! {
            section.notice {
                h1 { (title) }
                (explanation)
                form method="post" action={ "/letters/" (token) "/delete" } {
                    button.primary type="submit" { (lang.t("public-delete-button")) }
                }
                p { a href={ "/letters/" (token) } { (lang.t("public-delete-keep")) } }
            }
        },
    )
}

/// After deleting a letter; `already_sent` when some of it had gone and cannot be recalled.
pub fn letter_deleted(
    locale: &Locale<'_>,
    slug: &str,
    headline: &str,
    already_sent: bool,
) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("public-deleted-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("public-deleted-heading")) }
                @if already_sent {
                    p { (lang.t("public-deleted-sent")) }
                } @else {
                    p { (lang.t("public-deleted-gone")) }
                }
                p { (lang.t_args("public-deleted-thanks", &[("headline", headline.into())])) }
                p { a href={ "/campaigns/" (slug) } { (lang.t("public-back-to-letter")) } }
            }
        },
    )
}
