//! The campaign form: a pasted seed letter becomes the shipped campaign; wrong answers get
//! a message each.

use super::CampaignForm;
use crate::campaigns::file::CampaignFile;
use crate::campaigns::letter_paste;

const SEED: &str = include_str!("../../../tests/fixtures/featured-letter.txt");
const SHIPPED: &str = include_str!("../../../campaigns/british-values.md");

#[test]
fn a_pasted_seed_letter_with_a_goal_is_the_shipped_letter() {
    let mut form = CampaignForm::from_paste(letter_paste::parse(SEED));
    assert_eq!(form.slug, "uk-trade-props-up-kazakh-dictatorship");
    let errors = form.parse().expect_err("no goal yet");
    assert_eq!(errors.iter().map(|(f, _)| f).collect::<Vec<_>>(), ["goal"]);
    form.goal = "10,000".into();
    let parsed = form.parse().expect("valid");
    let shipped = CampaignFile::parse(SHIPPED).expect("shipped");
    assert_eq!(parsed.goal, 10_000);
    assert_eq!(parsed.body_markdown, shipped.body_markdown);
    assert_eq!(
        parsed.image.and_then(|i| i.credit).as_deref(),
        Some("Giang Gong Du")
    );
    assert_eq!(parsed.similarity_threshold, 800);
    assert!(!parsed.featured && parsed.opens_at.is_none());
}

#[test]
fn a_stored_campaign_round_trips_through_the_form() {
    let mut form = CampaignForm::from_paste(letter_paste::parse(SEED));
    form.goal = "500".into();
    form.opens_at = "2027-01-01T09:00".into();
    form.closes_at = "2027-01-31 12:00".into();
    form.targets = "prime-minister\r\n\r\nown-mp\r\n".into();
    form.similarity_threshold = "0.85".into();
    let parsed = form.parse().expect("valid");
    assert_eq!(parsed.targets.len(), 2);
    assert_eq!(parsed.similarity_threshold, 850);
    assert_eq!(parsed.closes_at.unwrap().to_string(), "2027-01-31 12:00:00");
    assert_eq!(parsed.opens_at.unwrap().to_string(), "2027-01-01 09:00:00");
}

#[test]
fn every_wrong_field_gets_its_own_message() {
    let form = CampaignForm {
        headline: " ".into(),
        slug: "Not A Slug".into(),
        goal: "0".into(),
        similarity_threshold: "2".into(),
        opens_at: "tomorrow".into(),
        targets: "own-mp\nPrime Minister".into(),
        author_name: "Ada".into(),
        body_markdown: "Text.".into(),
        ..CampaignForm::default()
    };
    let errors = form.parse().expect_err("invalid");
    assert_eq!(
        errors.english("headline").as_deref(),
        Some("Enter a headline")
    );
    assert!(errors
        .english("slug")
        .as_deref()
        .unwrap()
        .contains("lower-case"));
    assert!(errors
        .english("goal")
        .as_deref()
        .unwrap()
        .contains("at least 1"));
    assert!(errors
        .english("similarity_threshold")
        .unwrap()
        .contains("0 to 1"));
    assert!(errors
        .english("opens_at")
        .as_deref()
        .unwrap()
        .contains("2027-01-31T12:00"));
    assert!(errors
        .english("targets")
        .as_deref()
        .unwrap()
        .contains("“Prime Minister”"));
    let empty = CampaignForm::default().parse().expect_err("empty");
    for field in ["slug", "headline", "author_name", "body_markdown", "goal"] {
        assert!(empty.get(field).is_some(), "{field}");
    }
    let letters = CampaignForm {
        goal: "lots".into(),
        ..CampaignForm::default()
    };
    assert!(letters
        .parse()
        .unwrap_err()
        .english("goal")
        .unwrap()
        .contains("whole number"));
}
