//! A campaign's URL name, such as `save-our-library`.

use std::fmt;

use serde::Serialize;

use super::DomainError;

const MAX_LEN: usize = 64;
const INVALID: DomainError = DomainError::new("error-slug-invalid");

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

    /// A slug made from a headline, for the organiser to accept or change: "UK trade props
    /// up Kazakh dictatorship" → `uk-trade-props-up-kazakh-dictatorship`. Apostrophes
    /// vanish, other non-ASCII-alphanumeric runs become one hyphen; cut at a word end.
    pub fn suggest(text: &str) -> Option<Slug> {
        let mut out = String::new();
        for c in text.chars().filter(|c| !matches!(c, '\'' | '’' | '‘')) {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        while out.len() > MAX_LEN {
            let cut = out[..MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
            out.truncate(cut);
        }
        Slug::parse(out.trim_end_matches('-')).ok()
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
    fn suggests_a_slug_from_a_headline() {
        let suggest = |text| Slug::suggest(text).map(|s| s.to_string());
        assert_eq!(
            suggest("UK trade props up Kazakh dictatorship").as_deref(),
            Some("uk-trade-props-up-kazakh-dictatorship")
        );
        assert_eq!(
            suggest("  Workers’ rights — now! ").as_deref(),
            Some("workers-rights-now")
        );
        let long = "word ".repeat(30);
        let cut = suggest(&long).expect("long headline");
        assert!(cut.len() <= MAX_LEN && cut.ends_with("word"), "{cut}");
        assert_eq!(suggest("‘’ —"), None);
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
