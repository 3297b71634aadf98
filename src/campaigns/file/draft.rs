//! The rules every campaign meets, whether it comes from a file or the staff form.

use chrono::NaiveDateTime;

use super::{
    non_empty, translation, CampaignFile, CampaignFileError, Image, TranslatedParts,
    DEFAULT_THRESHOLD,
};
use crate::domain::{Slug, Target};

/// A campaign's fields as written, before any rule is checked: what a file, or the staff
/// campaign form, gives. [`CampaignDraft::check`] holds every rule both must meet.
#[derive(Debug, Clone, Default)]
pub struct CampaignDraft {
    pub slug: String,
    pub kicker: Option<String>,
    pub headline: String,
    pub summary: Option<String>,
    pub image: Option<Image>,
    pub author_name: String,
    pub author_role: Option<String>,
    pub attribution: Option<String>,
    pub goal: i64,
    pub featured: bool,
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub body_markdown: String,
    pub targets: Vec<String>,
    /// From 0.0 to 1.0; `None` for the default.
    pub similarity_threshold: Option<f64>,
    /// `None` for milestones derived from the goal.
    pub milestones: Option<Vec<i64>>,
    pub milestone_letters: bool,
    /// The words in further languages, by language code.
    pub translations: Vec<(String, TranslatedParts)>,
}

impl CampaignDraft {
    /// The checked campaign, or every rule the draft breaks (at most one per field), in
    /// the order of the fields.
    pub fn check(self) -> Result<CampaignFile, Vec<CampaignFileError>> {
        let mut errors = Vec::new();
        let slug = Slug::parse(self.slug.trim())
            .map_err(|e| errors.push(CampaignFileError::Slug(e)))
            .ok();
        let mut required = |value: String, field| {
            let value = value.trim().to_owned();
            if value.is_empty() {
                errors.push(CampaignFileError::Empty(field));
            }
            value
        };
        let headline = required(self.headline, "headline");
        let author_name = required(self.author_name, "author_name");
        let body_markdown = required(self.body_markdown, "body_markdown");
        if self.goal < 1 {
            errors.push(CampaignFileError::Goal);
        }
        let image = self
            .image
            .map(trim_image)
            .filter(|i| *i != Image::default());
        if let Some(file) = image.as_ref().and_then(|i| i.file.as_deref()) {
            if file.starts_with('/') || file.split('/').any(|part| part == "..") {
                errors.push(CampaignFileError::ImagePath);
            }
        }
        if let (Some(opens), Some(closes)) = (self.opens_at, self.closes_at) {
            if closes <= opens {
                errors.push(CampaignFileError::ClosesBeforeOpening);
            }
        }
        let targets = parse_targets(&self.targets).map_err(|e| errors.push(e));
        let similarity_threshold = match self.similarity_threshold {
            None => DEFAULT_THRESHOLD,
            Some(t) if (0.0..=1.0).contains(&t) => (t * 1000.0).round() as i32,
            Some(_) => {
                errors.push(CampaignFileError::Threshold);
                DEFAULT_THRESHOLD
            }
        };
        let milestones = match self
            .milestones
            .as_deref()
            .map(crate::domain::milestones::check)
        {
            None => None,
            Some(Ok(list)) => Some(list),
            Some(Err(e)) => {
                errors.push(CampaignFileError::Milestones(e));
                None
            }
        };
        let translations = translation::check(self.translations).map_err(|e| errors.push(e));
        match (slug, targets, translations) {
            (Some(slug), Ok(targets), Ok(translations)) if errors.is_empty() => Ok(CampaignFile {
                slug,
                kicker: non_empty(self.kicker),
                headline,
                summary: non_empty(self.summary),
                image,
                author_name,
                author_role: non_empty(self.author_role),
                attribution: non_empty(self.attribution),
                goal: self.goal,
                featured: self.featured,
                opens_at: self.opens_at,
                closes_at: self.closes_at,
                body_markdown,
                targets,
                similarity_threshold,
                milestones,
                milestone_letters: self.milestone_letters,
                translations,
            }),
            _ => Err(errors),
        }
    }
}

fn parse_targets(entries: &[String]) -> Result<Vec<Target>, CampaignFileError> {
    let mut targets: Vec<Target> = Vec::with_capacity(entries.len());
    for entry in entries {
        let target = Target::parse(entry)
            .map_err(|e| CampaignFileError::Target(entry.trim().to_owned(), e))?;
        if targets.contains(&target) {
            return Err(CampaignFileError::DuplicateTarget(entry.trim().to_owned()));
        }
        targets.push(target);
    }
    Ok(targets)
}

fn trim_image(image: Image) -> Image {
    Image {
        file: non_empty(image.file),
        alt: non_empty(image.alt),
        caption: non_empty(image.caption),
        credit: non_empty(image.credit),
        licence: non_empty(image.licence),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> CampaignDraft {
        CampaignDraft {
            slug: "save-our-library".into(),
            headline: "Save our library".into(),
            author_name: "Ada Lovelace".into(),
            goal: 100,
            body_markdown: "Keep it open.".into(),
            targets: vec!["own-mp".into()],
            ..CampaignDraft::default()
        }
    }

    fn fields(draft: CampaignDraft) -> Vec<&'static str> {
        draft
            .check()
            .expect_err("invalid")
            .iter()
            .map(CampaignFileError::field)
            .collect()
    }

    #[test]
    fn a_file_reads_its_opening_time_and_checks_it_against_closing() {
        const SHIPPED: &str = include_str!("../../../campaigns/british-values.md");
        let opening = SHIPPED.replace("featured = true", "opens_at = 2027-01-01T09:00:00+01:00");
        let c = CampaignFile::parse(&opening).expect("parses");
        assert_eq!(c.opens_at.unwrap().to_string(), "2027-01-01 08:00:00");
        let backwards = opening.replace("goal =", "closes_at = 2026-12-31T00:00:00Z\ngoal =");
        let error = CampaignFile::parse(&backwards).expect_err("closes first");
        assert!(matches!(error, CampaignFileError::ClosesBeforeOpening));
        let local = SHIPPED.replace("featured = true", "opens_at = 2027-01-01T09:00:00");
        let error = CampaignFile::parse(&local).expect_err("no zone");
        assert!(matches!(error, CampaignFileError::OpensAt));
    }

    #[test]
    fn a_valid_draft_becomes_a_campaign_with_defaults() {
        let c = valid().check().expect("valid");
        assert_eq!(c.similarity_threshold, DEFAULT_THRESHOLD);
        assert_eq!(c.targets, vec![Target::OwnMp]);
        assert!(c.image.is_none() && c.kicker.is_none());
    }

    #[test]
    fn every_broken_rule_is_reported_with_its_field() {
        let draft = CampaignDraft {
            slug: "Bad Slug".into(),
            headline: "  ".into(),
            goal: 0,
            similarity_threshold: Some(2.0),
            targets: vec!["Prime Minister".into()],
            ..valid()
        };
        assert_eq!(
            fields(draft),
            [
                "slug",
                "headline",
                "goal",
                "targets",
                "similarity_threshold"
            ]
        );
    }

    #[test]
    fn a_campaign_closes_after_it_opens_and_names_each_target_once() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").ok();
        let draft = CampaignDraft {
            opens_at: at("2027-02-01 09:00"),
            closes_at: at("2027-01-31 12:00"),
            targets: vec!["own-mp".into(), " own-mp".into()],
            ..valid()
        };
        assert_eq!(fields(draft), ["closes_at", "targets"]);
        let image = Image {
            caption: Some("  ".into()),
            ..Image::default()
        };
        let c = CampaignDraft {
            image: Some(image),
            ..valid()
        };
        assert!(
            c.check().expect("valid").image.is_none(),
            "blank image dropped"
        );
    }
}
