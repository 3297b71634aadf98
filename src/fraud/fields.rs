//! The search form's fields one by one: each parser takes the trimmed text and returns
//! the typed value or a plain message for the moderator.

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta};

use crate::db::models::signature_search::{Status, TextMatch};
use crate::domain::Postcode;
use crate::forms::FieldErrors;
use crate::i18n::Message;

pub const DOMAIN: Message = Message::new("error-search-domain");
pub const POSTCODE: Message = Message::new("error-search-postcode");
pub const WHEN: Message = Message::new("error-search-when");

/// The parsed value, or `None` with the message noted against the field.
pub fn keep<T>(
    errors: &mut FieldErrors,
    name: &'static str,
    result: Result<T, Message>,
) -> Option<T> {
    result.map_err(|message| errors.add(name, message)).ok()
}

pub fn optional<T>(
    text: &str,
    parse: impl Fn(&str) -> Result<T, Message>,
) -> Result<Option<T>, Message> {
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}

pub fn domain(text: &str) -> Result<String, Message> {
    let domain = text.strip_prefix('@').unwrap_or(text).to_lowercase();
    let allowed = |c: char| c.is_alphanumeric() || c == '-' || c == '.';
    if domain.is_empty() || domain.len() > 253 || !domain.chars().all(allowed) {
        return Err(DOMAIN);
    }
    Ok(domain)
}

pub fn postcode(text: &str) -> Result<TextMatch, Message> {
    if let Ok(whole) = Postcode::parse(text) {
        return Ok(TextMatch::Exact(whole.as_str().to_owned()));
    }
    let start = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_uppercase();
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == ' ';
    if start.len() > 8 || !start.chars().all(allowed) {
        return Err(POSTCODE);
    }
    Ok(TextMatch::Prefix(start))
}

/// A code like `E14001172` (upper case), else a constituency name (lower case).
pub fn constituency(text: &str) -> Result<String, Message> {
    let is_code = text.len() == 9
        && text.starts_with(|c: char| c.is_ascii_alphabetic())
        && text[1..].chars().all(|c| c.is_ascii_digit());
    match text.chars().count() {
        _ if is_code => Ok(text.to_ascii_uppercase()),
        0..=100 => Ok(text.to_lowercase()),
        _ => Err(Message::new("error-search-constituency")),
    }
}

/// A moment and how much it stands for: a date is its whole day, a time its minute. Years
/// 1 to 9999 only: the databases store no others.
pub fn when(text: &str) -> Result<(NaiveDateTime, TimeDelta), Message> {
    let text = text.replace('T', " ");
    let text = text.trim_end_matches('Z');
    let parsed = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
        .map(|at| (at, TimeDelta::seconds(1)))
        .or_else(|_| {
            NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
                .map(|at| (at, TimeDelta::minutes(1)))
        })
        .or_else(|_| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(|day| (day.and_time(chrono::NaiveTime::MIN), TimeDelta::days(1)))
        });
    match parsed {
        Ok((at, step)) if (1..=9999).contains(&at.year()) => Ok((at, step)),
        _ => Err(WHEN),
    }
}

pub fn status(text: &str) -> Result<Status, Message> {
    match text.trim() {
        "" | "all" => Ok(Status::All),
        "suspect" => Ok(Status::Suspect),
        "invalidated" => Ok(Status::Invalidated),
        _ => Err(Message::new("error-status-unknown")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_normalised_or_explained() {
        assert_eq!(domain("@Example.ORG"), Ok("example.org".to_owned()));
        assert_eq!(domain("a b"), Err(DOMAIN.to_owned()));
        assert_eq!(domain("50%"), Err(DOMAIN.to_owned()));
        assert_eq!(postcode("sw1a  1"), Ok(TextMatch::Prefix("SW1A 1".into())));
        assert_eq!(postcode("sw1a1aa"), Ok(TextMatch::Exact("SW1A 1AA".into())));
        assert_eq!(postcode("SW1A-1AA"), Err(POSTCODE.to_owned()));
        assert_eq!(constituency("e14001172"), Ok("E14001172".to_owned()));
        assert_eq!(constituency("Ynys Môn"), Ok("ynys môn".to_owned()));
        assert!(constituency(&"x".repeat(101)).is_err());
        assert_eq!(status("suspect"), Ok(Status::Suspect));
        assert_eq!(status(""), Ok(Status::All));
        assert!(status("maybe").is_err());
    }

    #[test]
    fn a_time_stands_for_its_minute_and_a_date_for_its_day() {
        let at = |t| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S").unwrap();
        assert_eq!(
            when("2026-11-28T14:30"),
            Ok((at("2026-11-28 14:30:00"), TimeDelta::minutes(1)))
        );
        assert_eq!(
            when("2026-11-28 14:30:05Z"),
            Ok((at("2026-11-28 14:30:05"), TimeDelta::seconds(1)))
        );
        assert_eq!(
            when("2026-11-28"),
            Ok((at("2026-11-28 00:00:00"), TimeDelta::days(1)))
        );
        assert_eq!(when("yesterday"), Err(WHEN.to_owned()));
        assert_eq!(when("+262142-12-31"), Err(WHEN.to_owned()));
        assert_eq!(when("-0001-01-01T00:00"), Err(WHEN.to_owned()));
    }
}
