//! A campaign's URL name, such as `save-our-library`.

use std::fmt;

use serde::Serialize;

use super::DomainError;

const MAX_LEN: usize = 64;
const INVALID: DomainError = DomainError("Use lower-case letters, digits and single hyphens");

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Slug, DomainError> {
        let valid = !input.is_empty()
            && input.len() <= MAX_LEN
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !input.starts_with('-')
            && !input.ends_with('-')
            && !input.contains("--");
        if !valid {
            return Err(INVALID);
        }
        Ok(Slug(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_valid_slugs() {
        let long = "a".repeat(64);
        for good in ["a", "7", "save-our-library", "a1-b2-c3", long.as_str()] {
            let slug = Slug::parse(good).unwrap();
            assert_eq!(slug.as_str(), good);
            assert_eq!(slug.to_string(), good);
        }
    }

    #[test]
    fn rejects_invalid_slugs() {
        let long = "a".repeat(65);
        for bad in [
            "",
            "-a",
            "a-",
            "-",
            "a--b",
            "Save",
            "a_b",
            "a b",
            " a",
            "café",
            "a/b",
            long.as_str(),
        ] {
            assert_eq!(Slug::parse(bad), Err(INVALID), "{bad:?}");
        }
    }

    #[test]
    fn serialises_as_a_plain_string() {
        let slug = Slug::parse("save-our-library").unwrap();
        assert_eq!(
            serde_json::to_string(&slug).unwrap(),
            "\"save-our-library\""
        );
    }
}
