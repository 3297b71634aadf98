//! The password-reset pages a staff member reaches from an admin's email: the form, the
//! page after it, and the page for a link that no longer works.

use maud::{html, Markup};

use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::views::form::{error_summary_in, TextField};
use crate::views::layout;

pub fn form(lang: Lang, email: &str, token: &str, csrf: &str, errors: &FieldErrors) -> Markup {
    let title = if errors.is_empty() {
        "Choose a new password"
    } else {
        "Error: Choose a new password"
    };
    layout::page(
        title,
        html! {
            section.notice {
                h1 { "Choose a new password" }
                p { "For the staff account " strong { (email) } ". Every session of this account ends when the new password is set." }
                form method="post" action={ "/staff/reset/" (token) } novalidate {
                    input type="hidden" name="csrf" value=(csrf);
                    (error_summary_in(lang, errors))
                    (TextField { name: "password", label: "New password", value: "", kind: "password", autocomplete: "new-password",
                        hint: Some("At least 12 characters, not a common or leaked password, not containing your email."), required: true }.render_in(lang, errors))
                    (TextField { name: "confirm", label: "New password again", value: "", kind: "password", autocomplete: "new-password", hint: None, required: true }.render_in(lang, errors))
                    button.primary type="submit" { "Set the new password" }
                }
            }
        },
    )
}

pub fn done() -> Markup {
    layout::page(
        "Password set",
        html! {
            section.notice {
                h1 { "Password set" }
                p role="status" { "Your new password works now, and every earlier session has ended: " a href="/staff/login" { "sign in" } "." }
            }
        },
    )
}

pub fn gone() -> Markup {
    layout::page(
        "This link no longer works",
        html! {
            section.notice {
                h1 { "This link no longer works" }
                p { "A password-reset link works once, for an hour. Ask an admin to send you a new one." }
            }
        },
    )
}
