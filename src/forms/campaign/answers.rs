//! The campaign form's answers that are not plain text (goal, threshold, dates), and what
//! to say beside a field when a campaign rule is broken.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::campaigns::file::CampaignFileError;

pub fn parse_goal(text: &str) -> Result<i64, &'static str> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' '))
        .collect();
    if digits.is_empty() {
        return Err("Enter a goal: how many signatures the campaign aims for");
    }
    digits
        .parse()
        .map_err(|_| "Enter the goal as a whole number, like 10000")
}

pub fn parse_threshold(text: &str) -> Result<Option<f64>, &'static str> {
    match text.trim() {
        "" => Ok(None),
        t => t
            .parse::<f64>()
            .ok()
            .filter(|t| t.is_finite())
            .map(Some)
            .ok_or("Enter a number from 0 to 1, like 0.8"),
    }
}

/// A date and time in UTC, in years 1 to 9999 (the databases store no others).
pub fn parse_when(text: &str) -> Result<Option<NaiveDateTime>, &'static str> {
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
    .ok_or("Enter a date and time in UTC, like 2027-01-31T12:00")
}

/// What to say beside the field a rule concerns.
pub fn message(error: &CampaignFileError, slug: &str) -> String {
    match error {
        CampaignFileError::Slug(_) if slug.trim().is_empty() => {
            "Enter the campaign’s web address, like save-our-library".into()
        }
        CampaignFileError::Slug(e) => format!("{e}, like save-our-library"),
        CampaignFileError::Empty("headline") => "Enter a headline".into(),
        CampaignFileError::Empty("author_name") => "Enter the author’s name".into(),
        CampaignFileError::Empty(_) => "Enter the letter".into(),
        CampaignFileError::Goal => "Enter a goal of at least 1 signature".into(),
        CampaignFileError::ClosesBeforeOpening => {
            "The closing time must be later than the opening time".into()
        }
        CampaignFileError::Target(entry, e) => format!("“{entry}” is not a target. {e}"),
        CampaignFileError::DuplicateTarget(entry) => {
            format!("“{entry}” is listed more than once: list each target once")
        }
        CampaignFileError::UnknownTargets(codes) => {
            let quoted: Vec<String> = codes.iter().map(|c| format!("“{c}”")).collect();
            let (noun, list) = match quoted.as_slice() {
                [one] => ("code", one.clone()),
                [rest @ .., last] => ("codes", format!("{} and {last}", rest.join(", "))),
                [] => ("code", String::new()),
            };
            format!(
                "No official has the {noun} {list}: find the officials below and add them, \
                 or correct the {noun}"
            )
        }
        CampaignFileError::Threshold => "Enter a number from 0 to 1, like 0.8".into(),
        CampaignFileError::ImagePath => {
            "Enter a path inside static/, like images/photo.jpg (not starting with / and without ..)"
                .into()
        }
        other => other.to_string(),
    }
}
