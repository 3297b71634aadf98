//! The password-reset pages a staff member reaches from an admin's email: the form, the
//! page after it, and the page for a link that no longer works, in the visitor's language.

use maud::{html, Markup};

use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::views::form::{error_summary_in, TextField};
use crate::views::layout::{self, Locale};

/// A page of the reset link at `path`, in `lang`.
fn framed(lang: Lang, path: &str, title: &str, body: Markup) -> Markup {
    layout::localised(&Locale { lang, path }, title, html! {}, body)
}

pub fn form(lang: Lang, email: &str, token: &str, csrf: &str, errors: &FieldErrors) -> Markup {
    let title = if errors.is_empty() {
        lang.t("staff-reset-title")
    } else {
        lang.t("staff-reset-error-title")
    };
    let action = format!("/staff/reset/{token}");
    let email = html! { strong { (email) } };
    let hint = lang.t("staff-reset-password-hint");
    let (new, again) = (lang.t("staff-reset-password"), lang.t("staff-reset-again"));
    framed(
        lang,
        &action,
        &title,
        html! {
            section.notice {
                h1 { (lang.t("staff-reset-title")) }
                p { (lang.markup("staff-reset-for", &[("email", email.into())])) }
                form method="post" action=(action) novalidate {
                    input type="hidden" name="csrf" value=(csrf);
                    (error_summary_in(lang, errors))
                    (TextField { name: "password", label: &new, value: "", kind: "password", autocomplete: "new-password",
                        hint: Some(&hint), required: true }.render_in(lang, errors))
                    (TextField { name: "confirm", label: &again, value: "", kind: "password", autocomplete: "new-password", hint: None, required: true }.render_in(lang, errors))
                    button.primary type="submit" { (lang.t("staff-reset-button")) }
                }
            }
        },
    )
}

pub fn done(lang: Lang, path: &str) -> Markup {
    let link = html! { a href="/staff/login" { (lang.t("staff-reset-sign-in")) } };
    framed(
        lang,
        path,
        &lang.t("staff-reset-done-title"),
        html! {
            section.notice {
                h1 { (lang.t("staff-reset-done-title")) }
                p role="status" { (lang.markup("staff-reset-done", &[("link", link.into())])) }
            }
        },
    )
}

pub fn gone(lang: Lang, path: &str) -> Markup {
    framed(
        lang,
        path,
        &lang.t("staff-reset-gone-title"),
        html! {
            section.notice {
                h1 { (lang.t("staff-reset-gone-title")) }
                p { (lang.t("staff-reset-gone")) }
            }
        },
    )
}
