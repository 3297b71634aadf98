//! The "response from an official" form: which official (from those staff may pick), the
//! date it was received, a summary of at most 200 characters, the full text, and whether
//! that text is exactly as received.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Deserialize;

use super::FieldErrors;
use crate::db::models::official_response::{Response, ResponseFields};
use crate::i18n::Message;

pub const SUMMARY_MAX: usize = 200;
pub const BODY_MAX: usize = 50_000;

/// The form as submitted.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ResponseForm {
    pub official: String,
    pub received_on: String,
    pub summary: String,
    pub body: String,
    /// `yes` when ticked.
    pub as_received: Option<String>,
}

impl ResponseForm {
    /// The form filled with a stored response, for correcting it.
    pub fn of(response: &Response) -> ResponseForm {
        ResponseForm {
            official: response.official_id.to_string(),
            received_on: response.received_on.format("%Y-%m-%d").to_string(),
            summary: response.summary.clone(),
            body: response.body.clone(),
            as_received: response.as_received.then(|| "yes".to_owned()),
        }
    }

    pub fn is_as_received(&self) -> bool {
        self.as_received
            .as_deref()
            .is_some_and(|v| v.trim() == "yes")
    }

    /// The checked fields, or a message per wrong field. `officials` are the ids staff may
    /// pick; `now` bounds the date (an answer cannot arrive tomorrow).
    pub fn parse(
        &self,
        officials: &[i64],
        now: NaiveDateTime,
    ) -> Result<ResponseFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let official_id = match self.official.trim().parse::<i64>() {
            Ok(id) if officials.contains(&id) => Some(id),
            _ => {
                errors.add("official", Message::new("error-response-official"));
                None
            }
        };
        let received_on = match NaiveDate::parse_from_str(self.received_on.trim(), "%Y-%m-%d") {
            Ok(day) if day > now.date() => {
                errors.add("received_on", Message::new("error-response-date-future"));
                None
            }
            Ok(day) if day.year() < 2000 => {
                errors.add("received_on", Message::new("error-response-date-too-early"));
                None
            }
            Ok(day) => Some(day.and_hms_opt(0, 0, 0).unwrap_or_default()),
            Err(_) => {
                let message = if self.received_on.trim().is_empty() {
                    Message::new("error-response-date-empty")
                } else {
                    Message::new("error-response-date-invalid")
                };
                errors.add("received_on", message);
                None
            }
        };
        let summary = fold_spaces(&self.summary);
        if summary.is_empty() {
            errors.add("summary", Message::new("error-response-summary-empty"));
        } else if summary.chars().count() > SUMMARY_MAX {
            errors.add(
                "summary",
                Message::new("error-response-summary-too-long")
                    .number("max", SUMMARY_MAX as i64)
                    .number("count", summary.chars().count() as i64),
            );
        }
        let body = self.body.replace("\r\n", "\n").trim().to_owned();
        if body.is_empty() {
            errors.add("body", Message::new("error-response-body-empty"));
        } else if body.chars().count() > BODY_MAX {
            errors.add(
                "body",
                Message::new("error-response-body-too-long").number("max", BODY_MAX as i64),
            );
        }
        match (official_id, received_on, errors.is_empty()) {
            (Some(official_id), Some(received_on), true) => Ok(ResponseFields {
                official_id,
                received_on,
                summary,
                body,
                as_received: self.is_as_received(),
            }),
            _ => Err(errors),
        }
    }
}

fn fold_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 4)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
    }

    fn form() -> ResponseForm {
        ResponseForm {
            official: "7".into(),
            received_on: "2026-12-01".into(),
            summary: "  The minister  will meet us. ".into(),
            body: "Dear campaigners,\r\n\r\nThank you.".into(),
            as_received: Some("yes".into()),
        }
    }

    #[test]
    fn a_good_form_parses_and_tidies() {
        let fields = form().parse(&[7], now()).unwrap();
        assert_eq!(fields.official_id, 7);
        assert_eq!(fields.summary, "The minister will meet us.");
        assert_eq!(fields.body, "Dear campaigners,\n\nThank you.");
        assert!(fields.as_received);
    }

    #[test]
    fn each_wrong_field_gets_its_message() {
        let bad = ResponseForm {
            official: "8".into(),
            received_on: "2026-12-05".into(),
            summary: "x".repeat(201),
            body: " ".into(),
            as_received: None,
        };
        let errors = bad.parse(&[7], now()).unwrap_err();
        assert!(errors.english("official").as_deref().is_some());
        assert_eq!(
            errors.english("received_on").as_deref(),
            Some("The date cannot be in the future")
        );
        assert!(errors
            .english("summary")
            .as_deref()
            .unwrap()
            .contains("200"));
        assert!(errors.english("body").as_deref().is_some());
        let ok_200 = ResponseForm {
            summary: "é".repeat(200),
            ..form()
        };
        assert!(ok_200.parse(&[7], now()).is_ok());
        let garbage = ResponseForm {
            received_on: "4/12/2026".into(),
            ..form()
        };
        assert!(garbage
            .parse(&[7], now())
            .unwrap_err()
            .english("received_on")
            .unwrap()
            .contains("year-month-day"));
    }
}
