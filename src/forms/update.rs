//! The campaign update form: a subject, a Markdown body, an optional time to send, and
//! which button was pressed (preview, review before sending, send, save an edit).

use chrono::{NaiveDateTime, TimeDelta};
use serde::Deserialize;

use super::FieldErrors;
use crate::i18n::Message;

pub const SUBJECT_MAX: usize = 150;
pub const BODY_MAX: usize = 6000;

/// The form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UpdateForm {
    pub subject: String,
    pub body: String,
    /// `YYYY-MM-DDTHH:MM` in UTC, or empty to send at once.
    pub send_at: String,
    pub action: String,
}

/// An update's words, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub subject: String,
    pub body_markdown: String,
}

impl Draft {
    /// The subject (spacing folded, one line) and body (trimmed), or why not.
    pub fn parse(subject: &str, body: &str) -> Result<Draft, FieldErrors> {
        let mut errors = FieldErrors::default();
        let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
        if subject.is_empty() {
            errors.add("subject", Message::new("error-subject-empty"));
        } else if subject.chars().count() > SUBJECT_MAX {
            errors.add(
                "subject",
                Message::new("error-update-subject-too-long").number("max", SUBJECT_MAX as i64),
            );
        }
        let body = body.replace("\r\n", "\n").trim().to_owned();
        if body.is_empty() {
            errors.add("body", Message::new("error-update-body-empty"));
        } else if body.chars().count() > BODY_MAX {
            errors.add(
                "body",
                Message::new("error-update-body-too-long")
                    .number("max", BODY_MAX as i64)
                    .number("count", body.chars().count() as i64),
            );
        }
        if errors.is_empty() {
            Ok(Draft {
                subject,
                body_markdown: body,
            })
        } else {
            Err(errors)
        }
    }
}

impl UpdateForm {
    pub fn from_draft(draft: &Draft) -> UpdateForm {
        UpdateForm {
            subject: draft.subject.clone(),
            body: draft.body_markdown.clone(),
            ..UpdateForm::default()
        }
    }

    /// The words and when to send them (`now` when no time is given), or why not.
    pub fn parse(&self, now: NaiveDateTime) -> Result<(Draft, NaiveDateTime), FieldErrors> {
        let draft = Draft::parse(&self.subject, &self.body);
        let when = parse_when(&self.send_at, now);
        match (draft, when) {
            (Ok(draft), Ok(when)) => Ok((draft, when)),
            (draft, when) => {
                let mut errors = draft.err().unwrap_or_default();
                if let Err(message) = when {
                    errors.add("send_at", message);
                }
                Err(errors)
            }
        }
    }
}

fn parse_when(text: &str, now: NaiveDateTime) -> Result<NaiveDateTime, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(now);
    }
    let when = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M"))
        .map_err(|_| Message::new("error-update-when-invalid"))?;
    if when < now - TimeDelta::minutes(1) {
        return Err(Message::new("error-update-when-past"));
    }
    Ok(when.max(now))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDateTime::parse_from_str("2026-12-04 12:00", "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn subject_and_body_are_checked_at_their_limits() {
        let ok = Draft::parse(&"s".repeat(150), &"b".repeat(6000)).unwrap();
        assert_eq!(ok.subject.len(), 150);
        let errors = Draft::parse(&"s".repeat(151), &"b".repeat(6001)).unwrap_err();
        assert!(errors
            .english("subject")
            .as_deref()
            .unwrap()
            .contains("150"));
        assert!(errors.english("body").as_deref().unwrap().contains("6,000"));
        let errors = Draft::parse("  ", "\n").unwrap_err();
        assert_eq!(
            errors.english("subject").as_deref(),
            Some("Enter a subject")
        );
        assert_eq!(errors.english("body").as_deref(), Some("Write the update"));
    }

    #[test]
    fn the_time_is_optional_and_must_not_be_past() {
        let form = |send_at: &str| UpdateForm {
            subject: "News".into(),
            body: "Hello".into(),
            send_at: send_at.into(),
            action: String::new(),
        };
        assert_eq!(form("").parse(now()).unwrap().1, now());
        let later = form("2026-12-05T09:30").parse(now()).unwrap().1;
        assert_eq!(later.format("%F %R").to_string(), "2026-12-05 09:30");
        assert!(form("2026-12-03T09:30")
            .parse(now())
            .unwrap_err()
            .get("send_at")
            .is_some());
        assert!(form("tomorrow")
            .parse(now())
            .unwrap_err()
            .get("send_at")
            .is_some());
    }
}
