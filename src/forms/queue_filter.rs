//! The moderation queue's filter form (a GET form, so a filtered queue is a URL to share):
//! campaign, status, likeness to the featured letter, age and page, each parsed at the
//! boundary with a plain message for a value that is not one of the choices.

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::FieldErrors;
use crate::db::models::letter::LetterStatus;
use crate::db::models::letter_queue::Likeness;
use crate::i18n::Message;

/// The statuses the queue can list, as the form sends them, with their labels.
pub const STATUSES: [(&str, &str); 5] = [
    ("pending", "Waiting for moderation"),
    ("unconfirmed", "Waiting for the writer to confirm"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("hidden", "Hidden"),
];

/// The likeness choices, as the form sends them, with their labels.
pub const LIKENESSES: [(&str, &str); 3] = [
    ("", "Any"),
    ("near-copy", "Near-copies of the featured letter"),
    ("personal", "In the writer’s own words"),
];

/// The age choices (days waited), as the form sends them, with their labels.
pub const AGES: [(&str, &str); 4] = [
    ("", "Any time"),
    ("1", "More than 1 day"),
    ("7", "More than 7 days"),
    ("30", "More than 30 days"),
];

/// Longest wait a filter may ask about, in days.
pub const MAX_AGE_DAYS: i64 = 3650;

/// The queue's query string as sent: nothing trusted.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct QueueForm {
    /// A campaign's slug; empty for every campaign.
    pub campaign: String,
    pub status: String,
    pub similarity: String,
    /// Waiting more than this many days; empty for any.
    pub age: String,
    pub page: String,
}

/// The filter once parsed; the campaign is still a slug for the caller to look up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueChoice {
    pub campaign: Option<String>,
    pub status: LetterStatus,
    pub likeness: Likeness,
    pub age_days: Option<i64>,
    /// From 1.
    pub page: i64,
}

impl QueueChoice {
    /// The submission time a letter must be at or before to have waited long enough.
    pub fn submitted_by(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        self.age_days.map(|days| now - Duration::days(days))
    }
}

impl QueueForm {
    pub fn parse(&self) -> Result<QueueChoice, FieldErrors> {
        let mut errors = FieldErrors::default();
        let campaign = self.campaign.trim();
        let campaign_ok = campaign.len() <= 100
            && campaign
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !campaign_ok {
            errors.add("campaign", Message::new("error-campaign-unknown"));
        }
        let status = match self.status.trim() {
            "" | "pending" => Some(LetterStatus::Pending),
            "unconfirmed" => Some(LetterStatus::Unconfirmed),
            "approved" => Some(LetterStatus::Approved),
            "rejected" => Some(LetterStatus::Rejected),
            "hidden" => Some(LetterStatus::Hidden),
            _ => None,
        };
        if status.is_none() {
            errors.add("status", Message::new("error-status-unknown"));
        }
        let likeness = match self.similarity.trim() {
            "" | "any" => Some(Likeness::Any),
            "near-copy" => Some(Likeness::NearCopy),
            "personal" => Some(Likeness::Personal),
            _ => None,
        };
        if likeness.is_none() {
            errors.add("similarity", Message::new("error-queue-similarity"));
        }
        let age = self.age.trim();
        let age_days = match age {
            "" | "any" => Ok(None),
            _ => match age.parse::<i64>() {
                Ok(days) if (0..=MAX_AGE_DAYS).contains(&days) => Ok(Some(days)),
                _ => Err(()),
            },
        };
        if age_days.is_err() {
            errors.add(
                "age",
                Message::new("error-queue-age").number("max", MAX_AGE_DAYS),
            );
        }
        let page = match self.page.trim() {
            "" => Some(1),
            text => text
                .parse::<i64>()
                .ok()
                .filter(|p| (1..=1_000_000).contains(p)),
        };
        if page.is_none() {
            errors.add("page", Message::new("error-queue-page"));
        }
        match (status, likeness, age_days, page) {
            (Some(status), Some(likeness), Ok(age_days), Some(page)) if errors.is_empty() => {
                Ok(QueueChoice {
                    campaign: Some(campaign.to_owned()).filter(|c| !c.is_empty()),
                    status,
                    likeness,
                    age_days,
                    page,
                })
            }
            _ => Err(errors),
        }
    }

    /// This filter's query string with `page` set (empty values left out), for links.
    pub fn with_page(&self, page: i64) -> String {
        let mut parts = Vec::new();
        for (name, value) in [
            ("campaign", &self.campaign),
            ("status", &self.status),
            ("similarity", &self.similarity),
            ("age", &self.age),
        ] {
            let value = value.trim();
            if !value.is_empty() {
                parts.push(format!("{name}={}", urlencoding(value)));
            }
        }
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        parts.join("&")
    }
}

fn urlencoding(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(campaign: &str, status: &str, similarity: &str, age: &str, page: &str) -> QueueForm {
        QueueForm {
            campaign: campaign.into(),
            status: status.into(),
            similarity: similarity.into(),
            age: age.into(),
            page: page.into(),
        }
    }

    #[test]
    fn empty_means_the_pending_queue_from_page_one() {
        let choice = QueueForm::default().parse().unwrap();
        assert_eq!(choice.status, LetterStatus::Pending);
        assert_eq!(choice.likeness, Likeness::Any);
        assert_eq!(
            (choice.campaign, choice.age_days, choice.page),
            (None, None, 1)
        );
    }

    #[test]
    fn each_wrong_value_gets_its_own_message() {
        let errors = form("Bad Slug!", "draft", "close", "-1", "0")
            .parse()
            .unwrap_err();
        for field in ["campaign", "status", "similarity", "age", "page"] {
            assert!(errors.english(field).as_deref().is_some(), "{field}");
        }
        assert!(form("", "", "", "3651", "").parse().is_err());
        assert!(form("", "", "", "7", "x").parse().is_err());
        let ok = form("british-values", "rejected", "personal", "7", "3")
            .parse()
            .unwrap();
        assert_eq!(ok.campaign.as_deref(), Some("british-values"));
        assert_eq!((ok.age_days, ok.page), (Some(7), 3));
    }

    #[test]
    fn page_links_keep_the_filter() {
        let f = form("a-b", "", "near-copy", "7", "2");
        assert_eq!(
            f.with_page(3),
            "campaign=a-b&similarity=near-copy&age=7&page=3"
        );
        assert_eq!(f.with_page(1), "campaign=a-b&similarity=near-copy&age=7");
    }
}
