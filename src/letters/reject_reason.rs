//! Why a moderator rejects or hides a letter: the fixed list of reasons for rejecting
//! (parsed from the form at the boundary, stored by code, explained to the writer in plain
//! words), the note to the writer, and the free reason for hiding.

use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::i18n::Message;

/// The reasons a letter can be rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectReason {
    Offensive,
    Defamatory,
    PersonalData,
    Spam,
    OffTopic,
    Duplicate,
}

impl RejectReason {
    pub const ALL: [RejectReason; 6] = [
        RejectReason::Offensive,
        RejectReason::Defamatory,
        RejectReason::PersonalData,
        RejectReason::Spam,
        RejectReason::OffTopic,
        RejectReason::Duplicate,
    ];

    /// The code stored in `letters.reject_reason` and the audit log, and sent by forms.
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Offensive => "offensive",
            RejectReason::Defamatory => "defamatory",
            RejectReason::PersonalData => "personal-data",
            RejectReason::Spam => "spam",
            RejectReason::OffTopic => "off-topic",
            RejectReason::Duplicate => "duplicate",
        }
    }

    /// A code as a form sends it; anything else is `None`.
    pub fn parse(code: &str) -> Option<RejectReason> {
        let code = code.trim();
        RejectReason::ALL.into_iter().find(|r| r.as_str() == code)
    }

    /// How the reason is named for moderators.
    pub fn label(self) -> &'static str {
        match self {
            RejectReason::Offensive => "Offensive",
            RejectReason::Defamatory => "Defamatory",
            RejectReason::PersonalData => "Personal data of others",
            RejectReason::Spam => "Spam",
            RejectReason::OffTopic => "Off-topic",
            RejectReason::Duplicate => "Duplicate",
        }
    }

    /// The reason as the writer reads it, in `lang`, completing "we could not send it
    /// because …".
    pub fn for_writer(self, lang: Lang) -> String {
        lang.t(match self {
            RejectReason::Offensive => "letter-because-offensive",
            RejectReason::Defamatory => "letter-because-defamatory",
            RejectReason::PersonalData => "letter-because-personal-data",
            RejectReason::Spam => "letter-because-spam",
            RejectReason::OffTopic => "letter-because-off-topic",
            RejectReason::Duplicate => "letter-because-duplicate",
        })
    }
}

/// Longest note to a writer, in characters.
pub const NOTE_MAX: usize = 1000;
/// Longest reason for hiding a letter, in characters.
pub const HIDE_REASON_MAX: usize = 500;

/// A rejection as the moderator gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub reason: RejectReason,
    pub note: Option<String>,
}

impl Rejection {
    /// Parses the reject form's `reason` and `note`; the messages say what to fix.
    pub fn parse(reason: &str, note: &str) -> Result<Rejection, FieldErrors> {
        let mut errors = FieldErrors::default();
        let reason = RejectReason::parse(reason);
        if reason.is_none() {
            errors.add("reason", Message::new("error-reject-reason-choose"));
        }
        let note = optional_text(
            note,
            NOTE_MAX,
            "note",
            "error-reject-note-too-long",
            &mut errors,
        );
        match reason {
            Some(reason) if errors.is_empty() => Ok(Rejection { reason, note }),
            _ => Err(errors),
        }
    }
}

/// Parses the optional reason for hiding a letter.
pub fn parse_hide_reason(reason: &str) -> Result<Option<String>, FieldErrors> {
    let mut errors = FieldErrors::default();
    let reason = optional_text(
        reason,
        HIDE_REASON_MAX,
        "reason",
        "error-hide-reason-too-long",
        &mut errors,
    );
    if errors.is_empty() {
        Ok(reason)
    } else {
        Err(errors)
    }
}

fn optional_text(
    text: &str,
    max: usize,
    field: &'static str,
    too_long: &'static str,
    errors: &mut FieldErrors,
) -> Option<String> {
    let text = text.replace("\r\n", "\n").trim().to_owned();
    let length = text.chars().count();
    if length > max {
        errors.add(
            field,
            Message::new(too_long)
                .number("max", max as i64)
                .number("count", length as i64),
        );
    }
    Some(text).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_parses_from_its_code() {
        for reason in RejectReason::ALL {
            assert_eq!(RejectReason::parse(reason.as_str()), Some(reason));
            assert!(!reason.label().is_empty());
            assert!(reason.for_writer(Lang::En).starts_with("it "));
        }
        assert_eq!(RejectReason::parse(" spam "), Some(RejectReason::Spam));
        assert_eq!(RejectReason::parse(""), None);
        assert_eq!(RejectReason::parse("Spam"), None);
        assert_eq!(RejectReason::parse("boring"), None);
    }

    #[test]
    fn a_rejection_needs_a_listed_reason_and_a_short_note() {
        let ok = Rejection::parse("spam", "  \r\n ").unwrap();
        assert_eq!(ok.reason, RejectReason::Spam);
        assert_eq!(ok.note, None);
        let noted = Rejection::parse("duplicate", " Sent twice.\r\nThanks ").unwrap();
        assert_eq!(noted.note.as_deref(), Some("Sent twice.\nThanks"));
        let errors = Rejection::parse("", &"x".repeat(NOTE_MAX + 1)).unwrap_err();
        assert!(errors.english("reason").as_deref().is_some());
        assert!(errors
            .english("note")
            .as_deref()
            .unwrap()
            .contains("1000 characters or fewer"));
        assert!(Rejection::parse("spam", &"é".repeat(NOTE_MAX)).is_ok());
        assert!(Rejection::parse("rude", "").is_err());
    }

    #[test]
    fn a_hide_reason_is_optional_and_short() {
        assert_eq!(parse_hide_reason("  ").unwrap(), None);
        assert_eq!(
            parse_hide_reason(" Writer asked ").unwrap().as_deref(),
            Some("Writer asked")
        );
        assert!(parse_hide_reason(&"x".repeat(HIDE_REASON_MAX + 1)).is_err());
    }
}
