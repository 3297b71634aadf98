//! Email addresses as typed by members of the public, plus a canonical form for de-duplication.

use std::fmt;

use validator::ValidateEmail;

use super::DomainError;
use crate::i18n::Value;

const MAX_LEN: usize = 254;
const EMPTY: DomainError = DomainError::new("error-email-empty");
const TOO_LONG: DomainError = DomainError::with(
    "error-email-too-long",
    &[("max", Value::Number(MAX_LEN as i64))],
);
const INVALID: DomainError = DomainError::new("error-email-invalid");

/// Providers whose sub-address tag (`local+tag`) does not change the mailbox.
const PLUS_TAG_DOMAINS: &[&str] = &[
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "live.com",
    "live.co.uk",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "fastmail.com",
];

/// Yahoo uses `-` rather than `+` for disposable sub-addresses.
const DASH_TAG_DOMAINS: &[&str] = &["yahoo.com", "yahoo.co.uk"];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, DomainError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EMPTY);
        }
        if trimmed.chars().count() > MAX_LEN {
            return Err(TOO_LONG);
        }
        if !trimmed.validate_email() || !has_public_domain(trimmed) {
            return Err(INVALID);
        }
        Ok(EmailAddress(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to decide whether two addresses reach the same person:
    /// lower-cased, with provider-specific sub-address tags (and Gmail's dots) removed.
    pub fn canonical(&self) -> String {
        let lower = self.0.to_lowercase();
        let Some((local, domain)) = lower.rsplit_once('@') else {
            return lower;
        };
        let (local, domain) = match domain {
            "gmail.com" | "googlemail.com" => (strip_tag(local, '+').replace('.', ""), "gmail.com"),
            d if PLUS_TAG_DOMAINS.contains(&d) => (strip_tag(local, '+').to_owned(), d),
            d if DASH_TAG_DOMAINS.contains(&d) => (strip_tag(local, '-').to_owned(), d),
            d => (local.to_owned(), d),
        };
        if local.is_empty() {
            return lower;
        }
        format!("{local}@{domain}")
    }

    /// The mailbox the address reaches, for limiting what one inbox receives: the
    /// canonical form with any `+tag` taken off whatever the domain (most mail servers
    /// deliver `name+tag@` to `name@`). Who has signed is still decided by [`canonical`].
    ///
    /// [`canonical`]: EmailAddress::canonical
    pub fn mailbox(&self) -> String {
        let canonical = self.canonical();
        match canonical.rsplit_once('@') {
            Some((local, domain)) if !strip_tag(local, '+').is_empty() => {
                format!("{}@{domain}", strip_tag(local, '+'))
            }
            _ => canonical,
        }
    }
}

/// Mail to the public internet needs a dotted domain name, not `localhost` or `[10.0.0.1]`.
fn has_public_domain(address: &str) -> bool {
    address
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.contains('.') && !domain.starts_with('['))
}

fn strip_tag(local: &str, separator: char) -> &str {
    local.split(separator).next().unwrap_or(local)
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(s: &str) -> String {
        match EmailAddress::parse(s) {
            Ok(e) => e.canonical(),
            Err(e) => panic!("{s:?} should parse: {e}"),
        }
    }

    #[test]
    fn mailbox_folds_plus_tags_for_every_domain() {
        let mailbox = |s: &str| EmailAddress::parse(s).unwrap().mailbox();
        assert_eq!(mailbox("Target+7@Example.org"), "target@example.org");
        assert_eq!(mailbox("target@example.org"), "target@example.org");
        assert_eq!(mailbox("j.doe+x@gmail.com"), "jdoe@gmail.com");
        assert_eq!(mailbox("+only@example.org"), "+only@example.org");
        assert_eq!(canonical("target+7@example.org"), "target+7@example.org");
    }

    #[test]
    fn trims_and_keeps_the_address_as_typed() {
        let e = EmailAddress::parse("  Jane.Doe@Example.com \n").unwrap();
        assert_eq!(e.as_str(), "Jane.Doe@Example.com");
        assert_eq!(e.to_string(), "Jane.Doe@Example.com");
        assert_eq!(e.as_ref(), "Jane.Doe@Example.com");
    }

    #[test]
    fn empty_input_asks_for_an_address() {
        assert_eq!(EmailAddress::parse(""), Err(EMPTY));
        assert_eq!(EmailAddress::parse("   "), Err(EMPTY));
        assert_eq!(EMPTY.to_string(), "Enter your email address");
    }

    #[test]
    fn rejects_malformed_addresses() {
        for bad in [
            "plainaddress",
            "@example.com",
            "name@",
            "name@@example.com",
            "na me@example.com",
            "name@exam_ple.com",
            "name@-example.com",
            "name@localhost",
            "name@[127.0.0.1]",
        ] {
            assert_eq!(EmailAddress::parse(bad), Err(INVALID), "{bad:?}");
        }
    }

    #[test]
    fn rejects_addresses_over_254_characters() {
        let domain = format!(
            "{}.{}.{}.com",
            "a".repeat(63),
            "b".repeat(63),
            "c".repeat(63)
        );
        let ok = format!("{}@{domain}", "x".repeat(254 - 1 - domain.len()));
        assert_eq!(ok.len(), 254);
        assert!(EmailAddress::parse(&ok).is_ok());
        let long = format!("x{ok}");
        assert_eq!(EmailAddress::parse(&long), Err(TOO_LONG));
    }

    #[test]
    fn canonical_lower_cases_the_whole_address() {
        assert_eq!(
            canonical("Jane.Doe+x@Example.COM"),
            "jane.doe+x@example.com"
        );
    }

    #[test]
    fn canonical_gmail_drops_dots_and_tag_and_unifies_domain() {
        assert_eq!(
            canonical("  John.Smith+news@GoogleMail.com "),
            "johnsmith@gmail.com"
        );
        assert_eq!(canonical("j.o.h.n@gmail.com"), "john@gmail.com");
        assert_eq!(canonical("john+a+b@gmail.com"), "john@gmail.com");
    }

    #[test]
    fn canonical_plus_tag_providers_keep_dots() {
        assert_eq!(
            canonical("John.Smith+news@Outlook.com"),
            "john.smith@outlook.com"
        );
        for domain in PLUS_TAG_DOMAINS {
            assert_eq!(
                canonical(&format!("a.b+tag@{domain}")),
                format!("a.b@{domain}")
            );
        }
    }

    #[test]
    fn canonical_yahoo_uses_hyphen_tags() {
        assert_eq!(canonical("jane-shopping@yahoo.co.uk"), "jane@yahoo.co.uk");
        assert_eq!(canonical("jane.doe-x@Yahoo.com"), "jane.doe@yahoo.com");
        assert_eq!(canonical("jane+x@yahoo.com"), "jane+x@yahoo.com");
    }

    #[test]
    fn canonical_leaves_other_domains_alone() {
        assert_eq!(canonical("a.b+c-d@example.org"), "a.b+c-d@example.org");
        assert_eq!(canonical("a+b@sub.gmail.com"), "a+b@sub.gmail.com");
    }

    #[test]
    fn canonical_keeps_local_part_that_would_become_empty() {
        assert_eq!(canonical("+tag@gmail.com"), "+tag@gmail.com");
        assert_eq!(canonical("-x@yahoo.com"), "-x@yahoo.com");
    }
}
