//! Redacting a letter instead of rejecting it: a moderator edits the text (to take out a
//! phone number or a third person's name, say) and says what they changed and why; the
//! letter goes out as edited, and its writer is told, in plain words, what was taken out.

use super::diff::{self, Segment};
use crate::domain::letter_text::{LetterBody, BODY_MAX, BODY_MIN};
use crate::forms::FieldErrors;
use crate::i18n::Message;

/// Longest "what did you change and why", in characters.
pub const CHANGE_NOTE_MAX: usize = 1000;
/// Longest piece of removed or added text quoted to the writer, in characters.
const QUOTE_MAX: usize = 200;

/// A checked redaction: the new text and the moderator's explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction {
    pub body: String,
    pub note: String,
}

impl Redaction {
    /// Parses the redaction form against the letter's current text; the messages say what
    /// to fix (an empty or unchanged text, a missing or over-long explanation).
    pub fn parse(body: &str, note: &str, current: &str) -> Result<Redaction, FieldErrors> {
        let mut errors = FieldErrors::default();
        let body = match LetterBody::parse(body) {
            Ok(body) if body.as_str() == current.replace("\r\n", "\n").trim() => {
                errors.add("body", Message::new("error-redact-unchanged"));
                None
            }
            Ok(body) => Some(body.as_str().to_owned()),
            Err(error) => {
                // The letter's own rules, worded for the moderator ("The letter …").
                let message = match error.0.id() {
                    "error-letter-empty" => Message::new("error-redact-empty"),
                    "error-letter-too-short" => {
                        Message::new("error-redact-too-short").number("min", BODY_MIN as i64)
                    }
                    "error-letter-too-long" => {
                        Message::new("error-redact-too-long").number("max", BODY_MAX as i64)
                    }
                    "error-letter-bad-characters" => Message::new("error-redact-bad-characters"),
                    _ => error.0,
                };
                errors.add("body", message);
                None
            }
        };
        let note = note.replace("\r\n", "\n").trim().to_owned();
        let length = note.chars().count();
        if note.is_empty() {
            errors.add("change_note", Message::new("error-redact-note-empty"));
        } else if length > CHANGE_NOTE_MAX {
            errors.add(
                "change_note",
                Message::new("error-redact-note-too-long")
                    .number("max", CHANGE_NOTE_MAX as i64)
                    .number("count", length as i64),
            );
        }
        match body {
            Some(body) if errors.is_empty() => Ok(Redaction { body, note }),
            _ => Err(errors),
        }
    }
}

/// What a redaction changed, as the writer reads it: the passages taken out and the ones
/// put in their place, each trimmed and shortened if very long.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub removed: Vec<String>,
    pub added: Vec<String>,
}

/// The passages of `original` that are not in `redacted`, and those put in.
pub fn changes(original: &str, redacted: &str) -> Changes {
    let mut changes = Changes::default();
    for segment in diff::words(original, redacted) {
        match segment {
            Segment::Removed(text) => changes.removed.extend(quote(&text)),
            Segment::Added(text) => changes.added.extend(quote(&text)),
            Segment::Same(_) => {}
        }
    }
    changes
}

fn quote(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    if text.chars().count() <= QUOTE_MAX {
        return Some(text);
    }
    let short: String = text.chars().take(QUOTE_MAX).collect();
    Some(format!("{}…", short.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER: &str = "Dear Minister, my neighbour John Smith and I cannot sleep. Call me \
                          on 07700 900123 and I will tell you more about the noise.";

    #[test]
    fn a_phone_number_taken_out_is_reported_as_removed() {
        let redacted = LETTER.replace("07700 900123", "[number removed]");
        let found = changes(LETTER, &redacted);
        assert_eq!(found.removed, vec!["07700 900123".to_owned()]);
        assert_eq!(found.added, vec!["[number removed]".to_owned()]);
    }

    #[test]
    fn a_name_deleted_outright_has_nothing_added() {
        let redacted = LETTER.replace(" John Smith", "");
        let found = changes(LETTER, &redacted);
        assert_eq!(found.removed, vec!["John Smith".to_owned()]);
        assert!(found.added.is_empty(), "{found:?}");
    }

    #[test]
    fn the_form_needs_a_changed_text_and_a_reason() {
        let errors = Redaction::parse(LETTER, "", LETTER).unwrap_err();
        assert!(errors
            .english("body")
            .as_deref()
            .unwrap()
            .contains("unchanged"));
        assert_eq!(
            errors.english("change_note").as_deref(),
            Some("Say what you changed and why")
        );
        let errors = Redaction::parse("", "x", LETTER).unwrap_err();
        assert!(errors
            .english("body")
            .as_deref()
            .unwrap()
            .contains("cannot be empty"));
        let long = "x".repeat(CHANGE_NOTE_MAX + 1);
        let redacted = LETTER.replace("07700 900123", "");
        let errors = Redaction::parse(&redacted, &long, LETTER).unwrap_err();
        assert!(errors
            .english("change_note")
            .as_deref()
            .unwrap()
            .contains("1000"));
        let ok = Redaction::parse(&format!("  {redacted}\r\n"), " Phone number ", LETTER).unwrap();
        assert_eq!(ok.body, redacted);
        assert_eq!(ok.note, "Phone number");
    }

    #[test]
    fn very_long_passages_are_shortened_for_the_email() {
        let long = "word ".repeat(100);
        let quoted = quote(&long).unwrap();
        assert!(quoted.ends_with('…'));
        assert!(quoted.chars().count() <= QUOTE_MAX + 1);
        assert_eq!(quote("  \n "), None);
    }
}
