//! The staff sign-in page, in the visitor's language (nobody is signed in yet).

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::views::layout::{self, Locale};

/// The message ids of what can go wrong.
pub const WRONG: &str = "staff-login-wrong";
/// Said only once the password was right, so it reveals nothing a guesser could use.
pub const DISABLED: &str = "staff-login-disabled";
pub const TOO_MANY: &str = "staff-login-too-many";

/// `csrf`: the sign-in form's token (see `auth::session::login_token`); `error`: one of
/// [`WRONG`], [`DISABLED`], [`TOO_MANY`].
pub fn page(lang: Lang, email: &str, error: Option<&str>, csrf: &str) -> Markup {
    let title = if error.is_some() {
        lang.t("staff-login-error-title")
    } else {
        lang.t("staff-login-title")
    };
    let locale = Locale {
        lang,
        path: "/staff/login",
    };
    layout::localised(
        &locale,
        &title,
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("staff-login-title")) }
                @if let Some(error) = error {
                    div.error-summary role="alert" { p.error { (lang.t(error)) } }
                }
                form method="post" action="/staff/login" {
                    input type="hidden" name="csrf" value=(csrf);
                    div.field {
                        label for="email" { (lang.t("staff-login-email")) }
                        input #email type="email" name="email" value=(email) autocomplete="username" required;
                    }
                    div.field {
                        label for="password" { (lang.t("staff-login-password")) }
                        input #password type="password" name="password" autocomplete="current-password" required;
                    }
                    button.primary type="submit" { (lang.t("staff-login-button")) }
                }
                p.small { (lang.t("staff-login-supporters")) }
            }
        },
    )
}
