//! The campaign form's answers that are not plain text (goal, threshold, dates), and what
//! to say beside a field when a campaign rule is broken.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::campaigns::file::CampaignFileError;
use crate::domain::milestones::{MilestoneError, MAX_MILESTONES};
use crate::i18n::Message;

pub fn parse_goal(text: &str) -> Result<i64, Message> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' '))
        .collect();
    if digits.is_empty() {
        return Err(Message::new("error-campaign-goal-empty"));
    }
    digits
        .parse()
        .map_err(|_| Message::new("error-campaign-goal-not-number"))
}

pub fn parse_threshold(text: &str) -> Result<Option<f64>, Message> {
    match text.trim() {
        "" => Ok(None),
        t => t
            .parse::<f64>()
            .ok()
            .filter(|t| t.is_finite())
            .map(Some)
            .ok_or_else(|| Message::new("error-campaign-threshold")),
    }
}

/// A date and time in UTC, in years 1 to 9999 (the databases store no others).
pub fn parse_when(text: &str) -> Result<Option<NaiveDateTime>, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
    .or_else(|| {
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        date.and_hms_opt(0, 0, 0)
    })
    .filter(|when| (1..=9999).contains(&when.year()))
    .map(Some)
    .ok_or_else(|| Message::new("error-campaign-when"))
}

/// What to say beside the milestones field when they do not parse.
pub fn milestones_message(error: &MilestoneError) -> Message {
    match error {
        MilestoneError::NotANumber(word) => {
            Message::new("error-campaign-milestones-number").text("word", word.clone())
        }
        MilestoneError::TooMany => {
            Message::new("error-campaign-milestones-too-many").number("max", MAX_MILESTONES as i64)
        }
    }
}

/// What to say beside the field a rule concerns.
pub fn message(error: &CampaignFileError, slug: &str) -> Message {
    match error {
        CampaignFileError::Slug(_) if slug.trim().is_empty() => {
            Message::new("error-campaign-slug-empty")
        }
        CampaignFileError::Slug(_) => Message::new("error-campaign-slug-invalid"),
        CampaignFileError::Empty("headline") => Message::new("error-campaign-headline-empty"),
        CampaignFileError::Empty("author_name") => Message::new("error-campaign-author-empty"),
        CampaignFileError::Empty(_) => Message::new("error-campaign-letter-empty"),
        CampaignFileError::Goal => Message::new("error-campaign-goal-too-small").number("min", 1),
        CampaignFileError::ClosesBeforeOpening => Message::new("error-campaign-closes-before"),
        CampaignFileError::Target(entry, _) => {
            Message::new("error-campaign-target-invalid").text("entry", entry.clone())
        }
        CampaignFileError::DuplicateTarget(entry) => {
            Message::new("error-campaign-target-twice").text("entry", entry.clone())
        }
        CampaignFileError::UnknownTargets(codes) => {
            let quoted: Vec<String> = codes.iter().map(|c| format!("“{c}”")).collect();
            let (rest, last) = match quoted.split_last() {
                Some((last, rest)) => (rest.join(", "), last.clone()),
                None => (String::new(), String::new()),
            };
            Message::new("error-campaign-targets-unknown")
                .number("count", quoted.len() as i64)
                .text("codes", rest)
                .text("last", last)
        }
        CampaignFileError::Threshold => Message::new("error-campaign-threshold"),
        CampaignFileError::ImagePath => Message::new("error-campaign-image-path"),
        CampaignFileError::Milestones(e) => milestones_message(e),
        // Not from this form's fields (front matter, zoned times): the file's own words.
        other => Message::new("error-campaign-other").text("problem", other.to_string()),
    }
}
