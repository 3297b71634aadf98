//! A writer's postal address (without the postcode, which is kept on its own): one or two
//! street lines and a town, so that an MP can verify a constituent and reply by post.

use super::DomainError;
use crate::i18n::Value;

const MAX_CHARS: usize = 100;
const NO_LINE: DomainError = DomainError::new("error-address-line-empty");
const NO_TOWN: DomainError = DomainError::new("error-address-town-empty");
const TOO_LONG: DomainError = DomainError::with(
    "error-address-too-long",
    &[("max", Value::Number(MAX_CHARS as i64))],
);
const BAD_CHARS: DomainError = DomainError::new("error-address-bad-characters");
const FORMULA: DomainError = DomainError::new("error-address-formula");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostalAddress {
    lines: Vec<String>,
    town: String,
}

/// Which part of the address a parse failure is about: the form names its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Line1,
    Line2,
    Town,
}

impl PostalAddress {
    /// Parses the two street lines (the second may be empty) and the town.
    pub fn parse(
        line_1: &str,
        line_2: &str,
        town: &str,
    ) -> Result<PostalAddress, Vec<(Part, DomainError)>> {
        let mut errors = Vec::new();
        let mut part = |which: Part, text: &str, empty: Option<DomainError>| match clean(text) {
            Ok(text) if text.is_empty() => {
                if let Some(e) = empty {
                    errors.push((which, e));
                }
                None
            }
            Ok(text) => Some(text),
            Err(e) => {
                errors.push((which, e));
                None
            }
        };
        let first = part(Part::Line1, line_1, Some(NO_LINE));
        let second = part(Part::Line2, line_2, None);
        let town = part(Part::Town, town, Some(NO_TOWN));
        match (first, town) {
            (Some(first), Some(town)) if errors.is_empty() => Ok(PostalAddress {
                lines: std::iter::once(first).chain(second).collect(),
                town,
            }),
            _ => Err(errors),
        }
    }

    /// The address as stored: `(lines joined by newlines, town)`.
    pub fn stored(&self) -> (String, String) {
        (self.lines.join("\n"), self.town.clone())
    }
}

fn clean(text: &str) -> Result<String, DomainError> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > MAX_CHARS {
        return Err(TOO_LONG);
    }
    if text.chars().any(|c| c.is_control()) {
        return Err(BAD_CHARS);
    }
    if text.starts_with(['=', '+', '-', '@']) {
        return Err(FORMULA);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_a_first_line_and_a_town() {
        let address = PostalAddress::parse(" 1  High Street ", "", "London").unwrap();
        assert_eq!(address.stored(), ("1 High Street".into(), "London".into()));
        let two = PostalAddress::parse("Flat 2", "1 High Street", "London").unwrap();
        assert_eq!(two.stored().0, "Flat 2\n1 High Street");
        let errors = PostalAddress::parse("", "", " ").unwrap_err();
        assert_eq!(errors, vec![(Part::Line1, NO_LINE), (Part::Town, NO_TOWN)]);
        let long = "x".repeat(101);
        let errors = PostalAddress::parse("1 High Street", &long, "=cmd").unwrap_err();
        assert_eq!(errors, vec![(Part::Line2, TOO_LONG), (Part::Town, FORMULA)]);
    }
}
