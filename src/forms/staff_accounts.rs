//! Staff accounts' forms: signing in, adding an account, its role and whether it is
//! enabled, and a new password typed twice (set by an admin, from a reset link, or one's
//! own with the current one).

use serde::Deserialize;

use super::FieldErrors;
use crate::auth::Role;
use crate::domain::{EmailAddress, NewPassword};
use crate::i18n::Message;

const DIFFERENT: Message = Message::new("error-password-confirm-different");

/// The sign-in form as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub csrf: String,
}

impl LoginForm {
    /// The address the form names, if it is one. Nothing is said beside a field: an
    /// unknown account and a wrong password get the same answer.
    pub fn parse(&self) -> Option<EmailAddress> {
        EmailAddress::parse(&self.email).ok()
    }
}

/// The add-account form as typed.
#[derive(Debug, Deserialize)]
#[serde(default)]
pub struct NewAccount {
    pub email: String,
    pub role: String,
    pub password: String,
}

/// A new account starts with the role that reaches the fewest areas.
impl Default for NewAccount {
    fn default() -> NewAccount {
        NewAccount {
            email: String::new(),
            role: Role::Organiser.as_str().to_owned(),
            password: String::new(),
        }
    }
}

impl NewAccount {
    /// The address, the role, and a first password that passes the rules for that
    /// address (checked only once the address is right).
    pub fn parse(&self) -> Result<(EmailAddress, Role, NewPassword), FieldErrors> {
        let mut errors = FieldErrors::default();
        let email = EmailAddress::parse(&self.email)
            .map_err(|e| errors.add("email", e.0))
            .ok();
        let role = Role::parse(&self.role);
        if role.is_none() {
            errors.add("role", Message::new("error-role-choose"));
        }
        let password = email
            .as_ref()
            .map(|e| NewPassword::parse(&self.password, e.as_str()))
            .transpose()
            .map_err(|e| errors.add("password", e.0))
            .ok()
            .flatten();
        match (email, role, password) {
            (Some(email), Some(role), Some(password)) => Ok((email, role, password)),
            _ => Err(errors),
        }
    }
}

/// An admin's change of an account's role.
#[derive(Debug, Deserialize)]
pub struct RoleForm {
    pub role: String,
}

impl RoleForm {
    pub fn parse(&self) -> Result<Role, FieldErrors> {
        Role::parse(&self.role).ok_or_else(|| {
            let mut errors = FieldErrors::default();
            errors.add("role", Message::new("error-role-choose"));
            errors
        })
    }
}

/// Enabling or disabling an account.
#[derive(Debug, Deserialize)]
pub struct EnabledForm {
    pub enabled: String,
    /// `yes` once the admin has seen the confirmation step; disabling waits for it.
    #[serde(default)]
    pub confirm: String,
}

/// What an [`EnabledForm`] asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switch {
    Enable,
    /// Disabling, not yet confirmed: the confirmation page comes first.
    AskFirst,
    Disable,
}

impl EnabledForm {
    /// Anything but `enabled=yes` disables.
    pub fn parse(&self) -> Switch {
        match (self.enabled == "yes", self.confirm == "yes") {
            (true, _) => Switch::Enable,
            (false, false) => Switch::AskFirst,
            (false, true) => Switch::Disable,
        }
    }
}

/// A new password typed twice, checked against the rules for the account's address.
fn typed_twice(
    password: &str,
    confirm: &str,
    email: &str,
    mut errors: FieldErrors,
) -> Result<NewPassword, FieldErrors> {
    if password != confirm {
        errors.add("confirm", DIFFERENT);
    }
    let parsed = NewPassword::parse(password, email).map_err(|e| errors.add("password", e.0));
    match parsed {
        Ok(password) if errors.is_empty() => Ok(password),
        _ => Err(errors),
    }
}

/// The password-reset link's form (signed out, so it carries the sign-in CSRF token).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    pub password: String,
    pub confirm: String,
    pub csrf: String,
}

impl ResetForm {
    /// The new password for the account with this address.
    pub fn parse(&self, email: &str) -> Result<NewPassword, FieldErrors> {
        typed_twice(&self.password, &self.confirm, email, FieldErrors::default())
    }
}

/// An admin sets a colleague's password.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SetPasswordForm {
    pub password: String,
    pub confirm: String,
}

impl SetPasswordForm {
    /// The new password for the account with this address.
    pub fn parse(&self, email: &str) -> Result<NewPassword, FieldErrors> {
        typed_twice(&self.password, &self.confirm, email, FieldErrors::default())
    }
}

/// One's own password, changed with the current one.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current: String,
    pub password: String,
    pub confirm: String,
}

impl PasswordForm {
    /// The new password for one's own account at this address; `current_matches` is
    /// whether `current` is the stored password (the caller verifies it against the hash).
    pub fn parse(&self, email: &str, current_matches: bool) -> Result<NewPassword, FieldErrors> {
        let mut errors = FieldErrors::default();
        if !current_matches {
            errors.add("current", Message::new("error-password-current-wrong"));
        }
        typed_twice(&self.password, &self.confirm, email, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_typed_differently_twice_is_refused_with_both_messages() {
        let form = PasswordForm {
            current: "old".into(),
            password: "short".into(),
            confirm: "shorter".into(),
        };
        let errors = form.parse("ada@example.org", false).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(field, _)| field).collect();
        assert_eq!(fields, ["current", "confirm", "password"]);
        assert_eq!(errors.get("confirm"), Some(&DIFFERENT));
    }

    #[test]
    fn disabling_waits_for_the_confirmation() {
        let form = |enabled: &str, confirm: &str| EnabledForm {
            enabled: enabled.into(),
            confirm: confirm.into(),
        };
        assert_eq!(form("yes", "").parse(), Switch::Enable);
        assert_eq!(form("no", "").parse(), Switch::AskFirst);
        assert_eq!(form("no", "yes").parse(), Switch::Disable);
    }
}
