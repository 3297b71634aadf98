//! The moderators' signature search as submitted, parsed into the typed
//! `fraud::query::SignatureQuery` with a plain message for each field that is wrong; and
//! (in `actions`) the forms that act on what a search found.

use serde::{Deserialize, Serialize};

use super::FieldErrors;
use crate::fraud::address;
use crate::fraud::fields::{constituency, domain, keep, optional, postcode, status, when, WHEN};
use crate::fraud::query::SignatureQuery;
use crate::i18n::Message;

pub mod actions;

/// The search form exactly as submitted (also how a search is stored with an
/// invalidation). Missing fields are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchForm {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub campaign: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email_domain: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ip: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub postcode: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub constituency: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub to: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
}

impl SearchForm {
    pub fn parse(&self) -> Result<SignatureQuery, FieldErrors> {
        let mut errors = FieldErrors::default();
        let campaign = self.campaign.trim().to_ascii_lowercase();
        if campaign.is_empty() {
            errors.add("campaign", Message::new("error-campaign-choose"));
        }
        let e = &mut errors;
        let email_domain = keep(e, "email_domain", optional(&self.email_domain, domain));
        let ip = keep(e, "ip", optional(&self.ip, address::search));
        let postcode = keep(e, "postcode", optional(&self.postcode, postcode));
        let constituency = keep(
            e,
            "constituency",
            optional(&self.constituency, constituency),
        );
        let from = keep(
            e,
            "from",
            optional(&self.from, |t| when(t).map(|(at, _)| at)),
        );
        let until = keep(
            e,
            "to",
            optional(&self.to, |t| {
                when(t).and_then(|(at, step)| {
                    at.checked_add_signed(step).ok_or_else(|| WHEN.to_owned())
                })
            }),
        );
        let status = keep(e, "status", status(&self.status));
        if let (Some(Some(from)), Some(Some(until))) = (from, until) {
            if until <= from {
                errors.add("to", Message::new("error-search-range-order"));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // Without errors, every field parsed (to nothing when left empty).
        Ok(SignatureQuery {
            campaign,
            email_domain: email_domain.flatten(),
            ip: ip.flatten().unwrap_or_default(),
            postcode: postcode.flatten(),
            constituency: constituency.flatten(),
            from: from.flatten(),
            until: until.flatten(),
            status: status.unwrap_or_default(),
        })
    }

    /// The search in words, for the list of invalidations and the audit log.
    pub fn describe(&self) -> String {
        let parts: Vec<String> = [
            ("email domain", &self.email_domain),
            ("IP", &self.ip),
            ("postcode", &self.postcode),
            ("constituency", &self.constituency),
            ("signed from", &self.from),
            ("signed up to", &self.to),
            ("status", &self.status),
        ]
        .iter()
        .filter(|(_, value)| !value.trim().is_empty() && value.trim() != "all")
        .map(|(label, value)| format!("{label} {}", value.trim()))
        .collect();
        if parts.is_empty() {
            "every signature".to_owned()
        } else {
            parts.join("; ")
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDateTime;

    use super::*;
    use crate::db::models::signature_search::{Status, TextMatch};
    use crate::fraud::fields::{DOMAIN, POSTCODE, WHEN};

    fn form(pairs: &[(&str, &str)]) -> SearchForm {
        let mut all = vec![("campaign", "british-values")];
        all.extend_from_slice(pairs);
        serde_html_form::from_str(&serde_html_form::to_string(&all).unwrap()).unwrap()
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn an_empty_search_is_the_whole_campaign() {
        let query = form(&[]).parse().unwrap();
        assert_eq!(query.campaign, "british-values");
        assert!(!query.narrows());
        assert_eq!(form(&[]).describe(), "every signature");
        let none = SearchForm::default().parse().unwrap_err();
        assert_eq!(
            none.english("campaign").as_deref(),
            Some("Choose a campaign")
        );
    }

    #[test]
    fn each_field_is_normalised() {
        let query = form(&[
            ("email_domain", " @Example.ORG "),
            ("ip", "203.0.113.0/24"),
            ("postcode", "sw1a  1"),
            ("constituency", "e14001172"),
            ("from", "2026-11-28T14:30"),
            ("to", "2026-11-29"),
            ("status", "suspect"),
        ])
        .parse()
        .unwrap();
        assert_eq!(query.email_domain.as_deref(), Some("example.org"));
        assert_eq!(query.ip, vec![TextMatch::Prefix("203.0.113.".into())]);
        assert_eq!(query.postcode, Some(TextMatch::Prefix("SW1A 1".into())));
        assert_eq!(query.constituency.as_deref(), Some("E14001172"));
        assert_eq!(query.from, Some(at("2026-11-28 14:30:00")));
        assert_eq!(query.until, Some(at("2026-11-30 00:00:00")));
        assert_eq!(query.status, Status::Suspect);
        assert!(query.narrows());
        let whole = form(&[("postcode", "sw1a1aa"), ("constituency", "Holborn")]);
        let query = whole.parse().unwrap();
        assert_eq!(query.postcode, Some(TextMatch::Exact("SW1A 1AA".into())));
        assert_eq!(query.constituency.as_deref(), Some("holborn"));
        assert_eq!(whole.describe(), "postcode sw1a1aa; constituency Holborn");
    }

    #[test]
    fn wrong_fields_each_get_a_message() {
        let errors = form(&[
            ("email_domain", "a b"),
            ("ip", "not an ip"),
            ("postcode", "SW1A-1AA"),
            ("from", "yesterday"),
            ("status", "maybe"),
        ])
        .parse()
        .unwrap_err();
        assert_eq!(errors.get("email_domain"), Some(&DOMAIN));
        assert!(errors
            .english("ip")
            .as_deref()
            .unwrap()
            .contains("203.0.113."));
        assert_eq!(errors.get("postcode"), Some(&POSTCODE));
        assert_eq!(errors.get("from"), Some(&WHEN));
        assert_eq!(
            errors.english("status").as_deref(),
            Some("Choose a status from the list")
        );
        let backwards = form(&[("from", "2026-11-28 10:00"), ("to", "2026-11-28 09:00")]);
        assert!(backwards
            .parse()
            .unwrap_err()
            .english("to")
            .unwrap()
            .contains("after"));
    }
}
