//! Staff account pages: the list with its controls, and changing one's own password.

use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::accounts::{Changed, Outcome, Refusal};
use crate::auth::{Role, Staff};
use crate::db::models::user::User;
use crate::forms::staff_accounts::NewAccount;
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};
use crate::views::form::{error_summary_in, TextField};

/// A role's name in words (its value in forms and the database stays `Role::as_str`).
pub fn role_name(lang: Lang, role: Role) -> String {
    lang.t(match role {
        Role::Admin => "staff-admin-role-admin",
        Role::Moderator => "staff-admin-role-moderator",
        Role::Organiser => "staff-admin-role-organiser",
    })
}

/// Why an account change was refused, in words.
pub fn refusal(lang: Lang, refusal: Refusal) -> String {
    lang.t(match refusal {
        Refusal::EmailTaken => "staff-admin-refused-email-taken",
        Refusal::NoSuchAccount => "staff-admin-refused-no-account",
        Refusal::LastAdmin => "staff-admin-refused-last-admin",
    })
}

/// A password field (never refilled) with its label and hint messages.
fn password_field(
    lang: Lang,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    autocomplete: &'static str,
    errors: &FieldErrors,
) -> Markup {
    let label = lang.t(label);
    let hint = hint.map(|key| lang.t(key));
    TextField {
        name,
        label: &label,
        value: "",
        kind: "password",
        autocomplete,
        hint: hint.as_deref(),
        required: true,
    }
    .render_in(lang, errors)
}

/// An admin sets a colleague's password.
pub fn set_password(staff: &Staff, id: i64, email: &str, errors: &FieldErrors) -> Markup {
    let lang = staff.lang;
    let reset = html! { a href="/staff/users" { (lang.t("staff-admin-set-password-reset-link")) } };
    layout::page(
        staff,
        &lang.t("staff-admin-set-password-title"),
        html! {
            section.staff-page {
                h1 { (lang.t_args("staff-admin-set-password-heading", &[("email", Arg::from(email))])) }
                p { (lang.markup("staff-admin-set-password-intro", &[("link", Arg::from(reset))])) }
                form method="post" action={ "/staff/users/" (id) "/password" } novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (password_field(lang, "password", "staff-admin-new-password", Some("staff-admin-password-hint-theirs"), "new-password", errors))
                    (password_field(lang, "confirm", "staff-admin-new-password-again", None, "new-password", errors))
                    button.primary type="submit" { (lang.t("staff-admin-set-password-button")) }
                    " "
                    a href="/staff/users" { (lang.t("staff-admin-cancel")) }
                }
            }
        },
    )
}

/// The step before disabling an account: what it does, and the button that does it.
pub fn confirm_disable(staff: &Staff, id: i64, email: &str) -> Markup {
    let lang = staff.lang;
    let email = || Arg::from(email);
    layout::page(
        staff,
        &lang.t("staff-admin-disable-title"),
        html! {
            section.staff-page {
                h1 { (lang.t_args("staff-admin-disable-heading", &[("email", email())])) }
                p { (lang.t("staff-admin-disable-explain")) }
                form method="post" action={ "/staff/users/" (id) "/enabled" } {
                    (csrf(staff))
                    input type="hidden" name="enabled" value="no";
                    input type="hidden" name="confirm" value="yes";
                    button.primary type="submit" { (lang.t_args("staff-admin-disable-button", &[("email", email())])) }
                    " "
                    a href="/staff/users" { (lang.t("staff-admin-cancel")) }
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

/// The message a redirect's `done=` word stands for, in `lang`.
pub fn notice(lang: Lang, word: &str) -> Option<String> {
    let key = match word {
        "added" => "staff-admin-notice-added",
        "role" => "staff-admin-notice-role",
        "enabled" => "staff-admin-notice-enabled",
        "password-set" => "staff-admin-notice-password-set",
        "reset-sent" => "staff-admin-notice-reset-sent",
        "disabled" => "staff-admin-notice-disabled",
        "unchanged" => "staff-admin-notice-unchanged",
        "last-admin" => return Some(refusal(lang, Refusal::LastAdmin)),
        "missing" => return Some(refusal(lang, Refusal::NoSuchAccount)),
        _ => return None,
    };
    Some(lang.t(key))
}

/// When something happened, or "never".
pub fn when(lang: Lang, time: Option<chrono::NaiveDateTime>) -> String {
    match time {
        Some(t) => lang.t_args("staff-admin-utc", &[("when", Arg::from(lang.date_time(t)))]),
        None => lang.t("staff-admin-never"),
    }
}

pub fn list(
    staff: &Staff,
    users: &[User],
    form: &NewAccount,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> Markup {
    let lang = staff.lang;
    let title = lang.t("staff-admin-users-title");
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { (title) }
                @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
                table.deliveries {
                    caption { (lang.t("staff-admin-users-caption")) }
                    thead { tr {
                        th scope="col" { (lang.t("staff-admin-users-email")) }
                        th scope="col" { (lang.t("staff-admin-users-role")) }
                        th scope="col" { (lang.t("staff-admin-users-status")) }
                        th scope="col" { (lang.t("staff-admin-users-last-sign-in")) }
                        th scope="col" { (lang.t("staff-admin-users-password")) }
                    } }
                    tbody {
                        @for u in users {
                            @let email = || Arg::from(u.email.as_str());
                            tr {
                                td { (u.email) }
                                td {
                                    form.inline method="post" action={ "/staff/users/" (u.id) "/role" } {
                                        (csrf(staff))
                                        label.visually-hidden for={ "role-" (u.id) } { (lang.t_args("staff-admin-users-role-of", &[("email", email())])) }
                                        select id={ "role-" (u.id) } name="role" {
                                            @for role in Role::ALL { option value=(role.as_str()) selected[u.role() == Some(role)] { (role_name(lang, role)) } }
                                        }
                                        button.secondary type="submit" { (lang.t("staff-admin-users-change-role")) }
                                    }
                                }
                                td {
                                    form.inline method="post" action={ "/staff/users/" (u.id) "/enabled" } {
                                        (csrf(staff))
                                        @if u.disabled {
                                            (lang.t("staff-admin-users-disabled")) " " input type="hidden" name="enabled" value="yes";
                                            button.secondary type="submit" { (lang.t("staff-admin-users-enable")) }
                                        } @else {
                                            (lang.t("staff-admin-users-enabled")) " " input type="hidden" name="enabled" value="no";
                                            button.secondary type="submit" { (lang.t("staff-admin-users-disable")) }
                                        }
                                    }
                                }
                                td { (when(lang, u.last_login_at)) }
                                td {
                                    form.inline method="post" action={ "/staff/users/" (u.id) "/reset" } {
                                        (csrf(staff))
                                        button.secondary type="submit" aria-label=(lang.t_args("staff-admin-users-send-reset-to", &[("email", email())])) {
                                            (lang.t("staff-admin-users-send-reset"))
                                        }
                                    }
                                    " "
                                    a href={ "/staff/users/" (u.id) "/password" } aria-label=(lang.t_args("staff-admin-users-set-password-for", &[("email", email())])) {
                                        (lang.t("staff-admin-users-set-password"))
                                    }
                                }
                            }
                        }
                    }
                }
                h2 { (lang.t("staff-admin-users-add-heading")) }
                form method="post" action="/staff/users" novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (TextField { name: "email", label: &lang.t("staff-admin-users-email-address"), value: &form.email, kind: "email", autocomplete: "off", hint: None, required: true }.render_in(lang, errors))
                    div.field.invalid[errors.get("role").is_some()] {
                        label for="role" { (lang.t("staff-admin-users-role")) }
                        @if let Some(message) = errors.message(lang, "role") { p.error id="role-error" { (message) } }
                        select #role name="role" {
                            @for role in Role::ALL { option value=(role.as_str()) selected[form.role == role.as_str()] { (role_name(lang, role)) } }
                        }
                    }
                    (password_field(lang, "password", "staff-admin-users-first-password", Some("staff-admin-password-hint-theirs"), "new-password", errors))
                    button.primary type="submit" { (lang.t("staff-admin-users-add")) }
                }
            }
        },
    )
}

pub fn password(staff: &Staff, errors: &FieldErrors, changed: bool) -> Markup {
    let lang = staff.lang;
    let title = lang.t("staff-admin-password-title");
    let sign_in =
        html! { a href="/staff/login" { (lang.t("staff-admin-password-sign-in-again")) } };
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { (title) }
                @if changed {
                    p.notice-banner role="status" { (lang.markup("staff-admin-password-changed", &[("link", Arg::from(sign_in))])) }
                } @else {
                    form method="post" action="/staff/password" novalidate {
                        (csrf(staff))
                        (error_summary_in(lang, errors))
                        (password_field(lang, "current", "staff-admin-password-current", None, "current-password", errors))
                        (password_field(lang, "password", "staff-admin-new-password", Some("staff-admin-password-hint-yours"), "new-password", errors))
                        (password_field(lang, "confirm", "staff-admin-new-password-again", None, "new-password", errors))
                        button.primary type="submit" { (lang.t("staff-admin-password-change")) }
                    }
                }
            }
        },
    )
}
