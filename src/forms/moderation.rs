//! The moderators' forms: claim a letter, reject, hide or restore it, redact then
//! approve it, decide many at once from the queue, and keep the saved notes to writers.

use serde::Deserialize;

use super::queue_filter::QueueForm;
use super::FieldErrors;
use crate::i18n::Message;
use crate::letters::moderation::{parse_hide_reason, Rejection, NOTE_MAX};
use crate::letters::redaction::Redaction;

/// The note a reject form gives: what was typed, else the saved note picked.
fn note_or_saved<'a>(typed: &'a str, saved: &'a str) -> &'a str {
    if typed.trim().is_empty() {
        saved
    } else {
        typed
    }
}

/// "I am reading this one".
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClaimForm {
    /// `yes` to take over someone else's live claim.
    pub take_over: String,
}

impl ClaimForm {
    /// Whether to take over someone else's live claim.
    pub fn parse(&self) -> bool {
        self.take_over == "yes"
    }
}

/// Rejecting one letter.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RejectForm {
    pub reason: String,
    pub note: String,
    /// A saved note, used when `note` is empty.
    pub saved_note: String,
}

impl RejectForm {
    /// The note as given: typed, else the saved one picked.
    pub fn note(&self) -> &str {
        note_or_saved(&self.note, &self.saved_note)
    }

    pub fn parse(&self) -> Result<Rejection, FieldErrors> {
        Rejection::parse(&self.reason, self.note())
    }
}

/// Hiding an approved letter, or showing a hidden one again.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HideForm {
    pub reason: String,
}

impl HideForm {
    /// The reason for hiding, which may be left out.
    pub fn parse(&self) -> Result<Option<String>, FieldErrors> {
        parse_hide_reason(&self.reason)
    }

    /// The reason for showing the letter again, which is needed.
    pub fn parse_restore(&self) -> Result<String, FieldErrors> {
        self.parse()?.ok_or_else(|| {
            let mut errors = FieldErrors::default();
            errors.add("reason", Message::new("error-restore-reason-empty"));
            errors
        })
    }
}

/// A pending letter's body as the moderator edited it, and what to tell the writer.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RedactForm {
    pub body: String,
    pub change_note: String,
}

impl RedactForm {
    /// The redaction of the letter whose body is now `current`.
    pub fn parse(&self, current: &str) -> Result<Redaction, FieldErrors> {
        Redaction::parse(&self.body, &self.change_note, current)
    }
}

/// The queue's bulk form: the ticked letters, which button was pressed, and the queue's
/// filter. Its buttons sit at the top of the queue and at the bottom; the top ones' reason
/// fields start `top_`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    pub ids: Vec<i64>,
    pub action: String,
    pub reason: String,
    pub note: String,
    pub saved_note: String,
    pub top_reason: String,
    pub top_note: String,
    pub top_saved_note: String,
    /// The queue's query string, to go back to.
    pub back: String,
}

/// A bulk decision, checked: approve (no rejection) or reject, the ticked letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bulk {
    pub ids: Vec<i64>,
    pub rejection: Option<Rejection>,
}

/// Why a bulk form was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkRefused {
    /// A button the form does not have.
    UnknownAction,
    Fields(FieldErrors),
}

impl BulkForm {
    /// The queue's filter the form came from (the default filter if it cannot be read).
    pub fn filter(&self) -> QueueForm {
        serde_html_form::from_str(&self.back).unwrap_or_default()
    }

    /// The reason and note given with the button pressed, to fill the form again.
    pub fn typed(&self) -> (&str, &str) {
        match self.action.as_str() {
            "reject-top" => (
                &self.top_reason,
                note_or_saved(&self.top_note, &self.top_saved_note),
            ),
            _ => (&self.reason, note_or_saved(&self.note, &self.saved_note)),
        }
    }

    pub fn parse(&self) -> Result<Bulk, BulkRefused> {
        let mut errors = FieldErrors::default();
        if self.ids.is_empty() {
            errors.add("ids", Message::new("error-bulk-none-ticked"));
        }
        let (reason, note) = self.typed();
        let rejection = match self.action.as_str() {
            "approve" => None,
            "reject" | "reject-top" => Rejection::parse(reason, note)
                .map_err(|wrong| wrong.iter().for_each(|(f, m)| errors.add(f, m.clone())))
                .ok(),
            _ => return Err(BulkRefused::UnknownAction),
        };
        if !errors.is_empty() {
            return Err(BulkRefused::Fields(errors));
        }
        Ok(Bulk {
            ids: self.ids.clone(),
            rejection,
        })
    }
}

/// A note to writers, to save for every reject form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NoteForm {
    pub body: String,
}

impl NoteForm {
    /// The note, line ends made `\n` and trimmed.
    pub fn parse(&self) -> Result<String, FieldErrors> {
        let body = self.body.replace("\r\n", "\n").trim().to_owned();
        let mut errors = FieldErrors::default();
        let length = body.chars().count();
        if body.is_empty() {
            errors.add("body", Message::new("error-note-empty"));
        } else if length > NOTE_MAX {
            errors.add(
                "body",
                Message::new("error-note-too-long")
                    .number("max", NOTE_MAX as i64)
                    .number("count", length as i64),
            );
        }
        if errors.is_empty() {
            Ok(body)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_buttons_read_the_top_reason_and_an_unknown_button_is_refused() {
        let form = BulkForm {
            ids: vec![1],
            action: "reject-top".into(),
            reason: "bogus".into(),
            top_reason: "spam".into(),
            top_saved_note: "Saved".into(),
            ..BulkForm::default()
        };
        assert_eq!(form.typed(), ("spam", "Saved"));
        let bulk = form.parse().expect("the top reason is the one read");
        assert_eq!(bulk.rejection.unwrap().note.as_deref(), Some("Saved"));
        let unknown = BulkForm {
            action: "delete".into(),
            ..BulkForm::default()
        };
        assert_eq!(unknown.parse(), Err(BulkRefused::UnknownAction));
        let nothing_ticked = BulkForm {
            action: "approve".into(),
            ..BulkForm::default()
        };
        let Err(BulkRefused::Fields(errors)) = nothing_ticked.parse() else {
            panic!("no letter ticked");
        };
        assert!(errors.english("ids").as_deref().is_some());
    }

    #[test]
    fn a_note_is_trimmed_and_bounded() {
        let note = |body: &str| NoteForm { body: body.into() }.parse();
        assert_eq!(
            note(" Thanks\r\nfor writing \n").unwrap(),
            "Thanks\nfor writing"
        );
        assert!(note("   ").is_err());
        assert!(note(&"x".repeat(NOTE_MAX + 1))
            .unwrap_err()
            .english("body")
            .unwrap()
            .contains("(it has 1001)"));
    }
}
