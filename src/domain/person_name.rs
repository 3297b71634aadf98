//! A person's full name, as they want it shown on a letter.

use std::fmt;

use super::DomainError;
use crate::i18n::Value;

const MAX_CHARS: usize = 100;
const EMPTY: DomainError = DomainError::new("error-name-empty");
pub const TOO_LONG: DomainError = DomainError::with(
    "error-name-too-long",
    &[("max", Value::Number(MAX_CHARS as i64))],
);
const BAD_CHARS: DomainError = DomainError::new("error-name-bad-characters");
const FORMULA: DomainError = DomainError::new("error-name-formula");

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, DomainError> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(EMPTY);
        }
        if name.chars().count() > MAX_CHARS {
            return Err(TOO_LONG);
        }
        if name.chars().any(is_unacceptable) {
            return Err(BAD_CHARS);
        }
        if name.starts_with(['=', '+', '-', '@']) {
            return Err(FORMULA);
        }
        if !name.chars().any(char::is_alphabetic) {
            return Err(EMPTY);
        }
        Ok(PersonName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Control characters, plus the bidi overrides and isolates that can make text display
/// differently from how it is stored.
fn is_unacceptable(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        match PersonName::parse(input) {
            Ok(n) => n.as_str().to_owned(),
            Err(e) => panic!("{input:?} should parse: {e}"),
        }
    }

    #[test]
    fn trims_and_collapses_whitespace() {
        assert_eq!(ok("  Jane \t  Q.\n Public  "), "Jane Q. Public");
        assert_eq!(PersonName::parse("Ann Lee").unwrap().to_string(), "Ann Lee");
    }

    #[test]
    fn accepts_unicode_names() {
        for name in [
            "Zoë Ó Briain",
            "李小龍",
            "Siân O'Neill-Jones",
            "Ngũgĩ wa Thiong'o",
            "Мария",
        ] {
            assert_eq!(ok(name), name);
        }
    }

    #[test]
    fn empty_or_letterless_input_asks_for_a_name() {
        for bad in ["", "   ", "\n\t", "123", "...", "' '"] {
            assert_eq!(PersonName::parse(bad), Err(EMPTY), "{bad:?}");
        }
    }

    #[test]
    fn limits_length_in_characters_not_bytes() {
        assert_eq!(ok(&"é".repeat(100)).chars().count(), 100);
        assert_eq!(PersonName::parse(&"é".repeat(101)), Err(TOO_LONG));
        assert_eq!(
            PersonName::parse(&format!("  {}  ", "a".repeat(100))).map(|_| ()),
            Ok(())
        );
    }

    #[test]
    fn rejects_control_and_bidi_override_characters() {
        for bad in [
            "Jane\u{0}Doe",
            "Jane\u{7}",
            "Jane\u{7f}Doe",
            "Jane \u{202E}eoD",
        ] {
            assert_eq!(PersonName::parse(bad), Err(BAD_CHARS), "{bad:?}");
        }
    }

    #[test]
    fn rejects_spreadsheet_formula_prefixes() {
        for bad in [
            "=SUM(A1)",
            "+44 Jane",
            "-Jane",
            "@Jane",
            "\t=cmd|x",
            "\r\n+Jane",
            "  =Jane",
        ] {
            assert_eq!(PersonName::parse(bad), Err(FORMULA), "{bad:?}");
        }
        assert_eq!(ok("Jane = Doe"), "Jane = Doe");
    }
}
