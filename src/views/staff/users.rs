//! Staff account pages: the list with its controls, and changing one's own password.

use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::accounts::{Changed, Outcome, Refusal};
use crate::auth::{Role, Staff};
use crate::db::models::user::User;
use crate::forms::staff_accounts::NewAccount;
use crate::forms::FieldErrors;
use crate::views::form::{error_summary_in, TextField};

/// An admin sets a colleague's password.
pub fn set_password(staff: &Staff, id: i64, email: &str, errors: &FieldErrors) -> Markup {
    let lang = staff.lang;
    layout::page(
        staff,
        "Set a password",
        html! {
            section.staff-page {
                h1 { "Set a password for " (email) }
                p { "Their sessions end when it is set. Give them the password by a safe route, or " a href="/staff/users" { "send them a reset link" } " instead, so that only they know it." }
                form method="post" action={ "/staff/users/" (id) "/password" } novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (TextField { name: "password", label: "New password", value: "", kind: "password", autocomplete: "new-password",
                        hint: Some("At least 12 characters, not a common or leaked password, not containing their email."), required: true }.render_in(lang, errors))
                    (TextField { name: "confirm", label: "New password again", value: "", kind: "password", autocomplete: "new-password", hint: None, required: true }.render_in(lang, errors))
                    button.primary type="submit" { "Set the password" }
                    " "
                    a href="/staff/users" { "Cancel" }
                }
            }
        },
    )
}

/// The step before disabling an account: what it does, and the button that does it.
pub fn confirm_disable(staff: &Staff, id: i64, email: &str) -> Markup {
    layout::page(
        staff,
        "Disable an account",
        html! {
            section.staff-page {
                h1 { "Disable " (email) "?" }
                p { "They are signed out everywhere at once, cannot sign in again until an admin enables the account, and every API token they made is revoked." }
                form method="post" action={ "/staff/users/" (id) "/enabled" } {
                    (csrf(staff))
                    input type="hidden" name="enabled" value="no";
                    input type="hidden" name="confirm" value="yes";
                    button.primary type="submit" { "Disable " (email) }
                    " "
                    a href="/staff/users" { "Cancel" }
                }
            }
        },
    )
}

/// The word a redirect carries after an action, for [`notice`].
pub fn outcome_word(outcome: Outcome<Changed>, done: &'static str) -> &'static str {
    match outcome {
        Ok(Changed::Done) => done,
        Ok(Changed::Already) => "unchanged",
        Err(Refusal::LastAdmin) => "last-admin",
        Err(_) => "missing",
    }
}

pub fn notice(word: &str) -> Option<&'static str> {
    Some(match word {
        "added" => "Account added. Give them their first password by a safe route; they can change it under “Your password”.",
        "role" => "Role changed. Their sessions have ended; they sign in again.",
        "enabled" => "Account enabled.",
        "password-set" => "Password set. Their sessions have ended; give them the password by a safe route.",
        "reset-sent" => "Reset link sent. It works once, for an hour; their password stays as it is until they use it.",
        "disabled" => "Account disabled. Their sessions have ended.",
        "unchanged" => "Nothing to change.",
        "last-admin" => Refusal::LastAdmin.message(),
        "missing" => Refusal::NoSuchAccount.message(),
        _ => return None,
    })
}

pub fn list(
    staff: &Staff,
    users: &[User],
    form: &NewAccount,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> Markup {
    let lang = staff.lang;
    layout::page(
        staff,
        "Staff accounts",
        html! {
            section.staff-page {
                h1 { "Staff accounts" }
                @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
                table.deliveries {
                    caption { "Everyone who can sign in to the staff pages" }
                    thead { tr { th scope="col" { "Email" } th scope="col" { "Role" } th scope="col" { "Status" } th scope="col" { "Last sign-in" } th scope="col" { "Password" } } }
                    tbody {
                        @for u in users {
                            tr {
                                td { (u.email) }
                                td {
                                    form.inline method="post" action={ "/staff/users/" (u.id) "/role" } {
                                        (csrf(staff))
                                        label.visually-hidden for={ "role-" (u.id) } { "Role of " (u.email) }
                                        select id={ "role-" (u.id) } name="role" {
                                            @for role in Role::ALL { option value=(role.as_str()) selected[u.role() == Some(role)] { (role) } }
                                        }
                                        button.secondary type="submit" { "Change role" }
                                    }
                                }
                                td {
                                    form.inline method="post" action={ "/staff/users/" (u.id) "/enabled" } {
                                        (csrf(staff))
                                        @if u.disabled {
                                            "Disabled " input type="hidden" name="enabled" value="yes";
                                            button.secondary type="submit" { "Enable" }
                                        } @else {
                                            "Enabled " input type="hidden" name="enabled" value="no";
                                            button.secondary type="submit" { "Disable" }
                                        }
                                    }
                                }
                                td { (u.last_login_at.map_or_else(|| "never".to_owned(), |t| t.format("%-d %b %Y %H:%M UTC").to_string())) }
                                td {
                                    form.inline method="post" action={ "/staff/users/" (u.id) "/reset" } {
                                        (csrf(staff))
                                        button.secondary type="submit" aria-label={ "Send reset link to " (u.email) } { "Send reset link" }
                                    }
                                    " "
                                    a href={ "/staff/users/" (u.id) "/password" } aria-label={ "Set password for " (u.email) } { "Set password" }
                                }
                            }
                        }
                    }
                }
                h2 { "Add an account" }
                form method="post" action="/staff/users" novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (TextField { name: "email", label: "Email address", value: &form.email, kind: "email", autocomplete: "off", hint: None, required: true }.render_in(lang, errors))
                    div.field.invalid[errors.has("role")] {
                        label for="role" { "Role" }
                        @if let Some(message) = errors.message(lang, "role") { p.error id="role-error" { (message) } }
                        select #role name="role" {
                            @for role in Role::ALL { option value=(role.as_str()) selected[form.role == role.as_str()] { (role) } }
                        }
                    }
                    (TextField { name: "password", label: "First password", value: "", kind: "password", autocomplete: "new-password",
                        hint: Some("At least 12 characters, not a common or leaked password, not containing their email."), required: true }.render_in(lang, errors))
                    button.primary type="submit" { "Add account" }
                }
            }
        },
    )
}

pub fn password(staff: &Staff, errors: &FieldErrors, changed: bool) -> Markup {
    let lang = staff.lang;
    layout::page(
        staff,
        "Your password",
        html! {
            section.staff-page {
                h1 { "Your password" }
                @if changed {
                    p.notice-banner role="status" { "Password changed. Every session has ended, this one too: " a href="/staff/login" { "sign in again" } "." }
                } @else {
                    form method="post" action="/staff/password" novalidate {
                        (csrf(staff))
                        (error_summary_in(lang, errors))
                        (TextField { name: "current", label: "Current password", value: "", kind: "password", autocomplete: "current-password", hint: None, required: true }.render_in(lang, errors))
                        (TextField { name: "password", label: "New password", value: "", kind: "password", autocomplete: "new-password",
                            hint: Some("At least 12 characters, not a common or leaked password, not containing your email."), required: true }.render_in(lang, errors))
                        (TextField { name: "confirm", label: "New password again", value: "", kind: "password", autocomplete: "new-password", hint: None, required: true }.render_in(lang, errors))
                        button.primary type="submit" { "Change password" }
                    }
                }
            }
        },
    )
}
