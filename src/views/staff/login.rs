//! The staff sign-in page.

use maud::{html, Markup};

use crate::views::layout;

pub const WRONG: &str = "Email or password is wrong";
/// Said only once the password was right, so it reveals nothing a guesser could use.
pub const DISABLED: &str = "Your account is disabled. Ask an admin to enable it again.";
pub const TOO_MANY: &str = "Too many failed sign-ins for this account or from your network. \
     Wait 15 minutes, then try again, or sign in from where you usually do.";

/// `csrf`: the sign-in form's token (see `auth::session::login_token`).
pub fn page(email: &str, error: Option<&str>, csrf: &str) -> Markup {
    layout::page(
        if error.is_some() {
            "Error: Staff sign-in"
        } else {
            "Staff sign-in"
        },
        html! {
            section.notice {
                h1 { "Staff sign-in" }
                @if let Some(error) = error {
                    div.error-summary role="alert" { p.error { (error) } }
                }
                form method="post" action="/staff/login" {
                    input type="hidden" name="csrf" value=(csrf);
                    div.field {
                        label for="email" { "Email address" }
                        input #email type="email" name="email" value=(email) autocomplete="username" required;
                    }
                    div.field {
                        label for="password" { "Password" }
                        input #password type="password" name="password" autocomplete="current-password" required;
                    }
                    button.primary type="submit" { "Sign in" }
                }
                p.small { "Supporters do not need an account: this page is for campaign staff." }
            }
        },
    )
}
