//! A supporter's letter: its subject line and its body, within the limits officials read.

use super::DomainError;
use crate::i18n::Value;

/// Shortest and longest letter body, in characters.
pub const BODY_MIN: usize = 50;
pub const BODY_MAX: usize = 10_000;
pub const SUBJECT_MAX: usize = 150;

/// The body of a letter: 50 to 10,000 characters of text, line breaks kept, control
/// characters other than line breaks and tabs refused. Shown as text everywhere, never HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterBody(String);

impl LetterBody {
    pub fn parse(input: &str) -> Result<LetterBody, DomainError> {
        let text = input.replace("\r\n", "\n");
        let text = text.trim();
        let length = text.chars().count();
        if length == 0 {
            return Err(DomainError::new("error-letter-empty"));
        }
        if length < BODY_MIN {
            return Err(DomainError::with(
                "error-letter-too-short",
                &[("min", Value::Number(BODY_MIN as i64))],
            ));
        }
        if length > BODY_MAX {
            return Err(DomainError::with(
                "error-letter-too-long",
                &[("max", Value::Number(BODY_MAX as i64))],
            ));
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err(DomainError::new("error-letter-bad-characters"));
        }
        Ok(LetterBody(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Paragraphs: runs of text separated by blank lines.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        paragraphs(&self.0)
    }
}

/// Splits text into paragraphs at blank lines (for rendering any stored letter text).
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// A letter's subject line: 1 to 150 characters on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject(String);

impl Subject {
    pub fn parse(input: &str) -> Result<Subject, DomainError> {
        let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Err(DomainError::new("error-subject-empty"));
        }
        if text.chars().count() > SUBJECT_MAX {
            return Err(DomainError::with(
                "error-subject-too-long",
                &[("max", Value::Number(SUBJECT_MAX as i64))],
            ));
        }
        if text.chars().any(char::is_control) {
            return Err(DomainError::new("error-subject-bad-characters"));
        }
        Ok(Subject(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_bounded_and_keep_line_breaks() {
        assert_eq!(
            LetterBody::parse("  "),
            Err(DomainError::new("error-letter-empty"))
        );
        assert!(LetterBody::parse("Too short.")
            .unwrap_err()
            .to_string()
            .contains("at least 50"));
        assert!(LetterBody::parse(&"x".repeat(10_001))
            .unwrap_err()
            .to_string()
            .contains("10,000"));
        let body =
            LetterBody::parse(&format!("{}\r\n\r\nSecond <b>para</b>", "a".repeat(60))).unwrap();
        assert_eq!(body.paragraphs().count(), 2);
        assert!(
            body.as_str().contains("<b>para</b>"),
            "kept as text, escaped when shown"
        );
        assert!(LetterBody::parse(&format!("{}\u{0}", "a".repeat(60))).is_err());
    }

    #[test]
    fn subjects_are_one_line_and_bounded() {
        assert_eq!(
            Subject::parse(" Trade \n with  Kazakhstan ")
                .unwrap()
                .as_str(),
            "Trade with Kazakhstan"
        );
        assert!(Subject::parse("").is_err());
        assert!(Subject::parse(&"s".repeat(151)).is_err());
    }
}
