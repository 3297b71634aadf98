//! The forms that act on signatures: a bulk action on what a search found (invalidate, or
//! clear suspects), and reverting an invalidation.

use serde::Deserialize;

use super::SearchForm;
use crate::forms::FieldErrors;
use crate::fraud::query::SignatureQuery;
use crate::fraud::review::Reason;

/// A bulk action's form: the search it acts on, the count the moderator saw, and why.
#[derive(Debug, Deserialize)]
pub struct BulkForm {
    #[serde(flatten)]
    pub search: SearchForm,
    #[serde(default)]
    pub expected: String,
    #[serde(default)]
    pub reason: String,
}

/// A bulk action, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bulk {
    pub query: SignatureQuery,
    pub reason: Reason,
    /// How many signatures the moderator saw match (-1 when the number is unreadable,
    /// which matches nothing).
    pub expected: i64,
}

/// Why a bulk form was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkRefused {
    /// The search is wrong: the search form says where, as on the search page.
    Search,
    /// The search is right but the reason is not; the message is beside `reason_field`.
    Reason(FieldErrors),
}

impl BulkForm {
    /// `reason_field` names the reason box of the button pressed (each action has its own).
    pub fn parse(&self, reason_field: &'static str) -> Result<Bulk, BulkRefused> {
        let query = self.search.parse().map_err(|_| BulkRefused::Search)?;
        let reason = Reason::parse(&self.reason).map_err(|message| {
            let mut errors = FieldErrors::default();
            errors.add(reason_field, message);
            BulkRefused::Reason(errors)
        })?;
        Ok(Bulk {
            query,
            reason,
            expected: self.expected.trim().parse().unwrap_or(-1),
        })
    }
}

/// Putting an invalidation's signatures back, with an optional reason.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RevertForm {
    pub reason: String,
}

impl RevertForm {
    pub fn parse(&self) -> Result<Option<Reason>, FieldErrors> {
        match self.reason.trim() {
            "" => Ok(None),
            text => Reason::parse(text).map(Some).map_err(|message| {
                let mut errors = FieldErrors::default();
                errors.add("reason", message);
                errors
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(search: &[(&str, &str)], expected: &str, reason: &str) -> BulkForm {
        BulkForm {
            search: serde_html_form::from_str(&serde_html_form::to_string(search).unwrap())
                .unwrap(),
            expected: expected.into(),
            reason: reason.into(),
        }
    }

    #[test]
    fn a_wrong_search_is_reported_before_a_missing_reason() {
        let wrong = bulk(&[("ip", "not an ip")], "3", "");
        assert_eq!(wrong.parse("reason"), Err(BulkRefused::Search));
        let Err(BulkRefused::Reason(errors)) =
            bulk(&[("campaign", "c")], "3", " ").parse("clear_reason")
        else {
            panic!("no reason given");
        };
        assert!(errors
            .english("clear_reason")
            .as_deref()
            .unwrap()
            .contains("Give a reason"));
        let done = bulk(&[("campaign", "c")], "x", "Spam")
            .parse("reason")
            .unwrap();
        assert_eq!((done.expected, done.reason.as_str()), (-1, "Spam"));
    }

    #[test]
    fn a_revert_needs_no_reason() {
        let form = |reason: &str| RevertForm {
            reason: reason.into(),
        };
        assert_eq!(form("  ").parse(), Ok(None));
        assert!(form(&"x".repeat(501))
            .parse()
            .unwrap_err()
            .get("reason")
            .is_some());
    }
}
