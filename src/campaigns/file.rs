//! Campaign files: TOML front matter between `+++` lines, then the letter as Markdown.

use chrono::{DateTime, NaiveDateTime};
use serde::Deserialize;

use crate::domain::{DomainError, Slug, Target};

mod draft;
#[cfg(test)]
mod proptests;
pub mod translation;

pub use draft::CampaignDraft;
pub use translation::{TranslatedParts, Translation};

/// A campaign as a file describes it, checked and ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignFile {
    pub slug: Slug,
    pub kicker: Option<String>,
    pub headline: String,
    pub summary: Option<String>,
    pub image: Option<Image>,
    pub author_name: String,
    pub author_role: Option<String>,
    pub attribution: Option<String>,
    pub goal: i64,
    pub featured: bool,
    /// Before this (UTC) the campaign shows when it opens instead of its sign form.
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub body_markdown: String,
    /// Whom supporters' letters go to, in order.
    pub targets: Vec<Target>,
    /// Letters at least this similar to the featured letter (thousandths) go as one joint letter.
    pub similarity_threshold: i32,
    /// Counts at which the campaign marks progress, sorted; `None`: derived from the goal
    /// (see `crate::domain::milestones::default_for`).
    pub milestones: Option<Vec<i64>>,
    /// Whether each MP with constituents among the signers is written to at a milestone.
    pub milestone_letters: bool,
    /// The campaign's words in further languages, sorted by language.
    pub translations: Vec<Translation>,
}

/// Similarity (thousandths) from which letters are bundled, unless a campaign says otherwise.
pub const DEFAULT_THRESHOLD: i32 = 800;

/// The letter's photo: a caption at least; the file (under `static/`) is optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub file: Option<String>,
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub licence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    slug: String,
    kicker: Option<String>,
    headline: String,
    summary: Option<String>,
    image: Option<Image>,
    author_name: String,
    author_role: Option<String>,
    attribution: Option<String>,
    goal: i64,
    #[serde(default)]
    featured: bool,
    opens_at: Option<toml::value::Datetime>,
    closes_at: Option<toml::value::Datetime>,
    #[serde(default)]
    targets: Vec<String>,
    similarity_threshold: Option<f64>,
    milestones: Option<Vec<i64>>,
    #[serde(default)]
    milestone_letters: bool,
    /// `[translations.cy]` and so on.
    #[serde(default)]
    translations: std::collections::BTreeMap<String, TranslatedParts>,
}

/// Why a campaign file was refused, in words for the organiser who wrote it.
#[derive(Debug, thiserror::Error)]
pub enum CampaignFileError {
    #[error("the file must start with a line of +++, then TOML front matter, then +++")]
    NoFrontMatter,
    #[error("front matter: {0}")]
    FrontMatter(#[from] toml::de::Error),
    #[error("slug: {0}")]
    Slug(DomainError),
    /// The field's key: `headline`, `author_name` or `body_markdown`.
    #[error("{} must not be empty", describe(.0))]
    Empty(&'static str),
    #[error("goal must be at least 1")]
    Goal,
    #[error("opens_at must be a date and time with a zone, like 2027-01-01T09:00:00Z")]
    OpensAt,
    #[error("closes_at must be a date and time with a zone, like 2027-01-31T12:00:00Z")]
    ClosesAt,
    #[error("closes_at must be later than opens_at")]
    ClosesBeforeOpening,
    #[error("targets: {1} (not {0:?})")]
    Target(String, DomainError),
    #[error("targets: {0} is listed more than once")]
    DuplicateTarget(String),
    /// Well-formed codes that no official has (checked against the database).
    #[error("targets: no official has the code{} {} (import officials with `missive officials import`, or correct the code)", if .0.len() == 1 { "" } else { "s" }, .0.join(", "))]
    UnknownTargets(Vec<String>),
    #[error("similarity_threshold must be between 0.0 and 1.0")]
    Threshold,
    #[error("{0}")]
    Milestones(crate::domain::milestones::MilestoneError),
    #[error("image file must be a path inside static/ (no '..', not absolute)")]
    ImagePath,
    #[error(
        "translations: {0:?} is not a language to translate into (use cy, ru or kk, each once)"
    )]
    TranslationLanguage(String),
}

impl CampaignFileError {
    /// The front-matter key (and staff form field) the problem is in.
    pub fn field(&self) -> &'static str {
        match self {
            CampaignFileError::NoFrontMatter | CampaignFileError::FrontMatter(_) => "front_matter",
            CampaignFileError::Slug(_) => "slug",
            CampaignFileError::Empty(field) => field,
            CampaignFileError::Goal => "goal",
            CampaignFileError::OpensAt => "opens_at",
            CampaignFileError::ClosesAt | CampaignFileError::ClosesBeforeOpening => "closes_at",
            CampaignFileError::Target(..)
            | CampaignFileError::DuplicateTarget(_)
            | CampaignFileError::UnknownTargets(_) => "targets",
            CampaignFileError::Threshold => "similarity_threshold",
            CampaignFileError::ImagePath => "image_file",
            CampaignFileError::Milestones(_) => "milestones",
            CampaignFileError::TranslationLanguage(_) => "translations",
        }
    }
}

fn describe(field: &str) -> &str {
    match field {
        "body_markdown" => "the letter's body",
        other => other,
    }
}

/// A TOML date-time with a zone, as UTC.
fn utc(
    value: Option<toml::value::Datetime>,
    error: CampaignFileError,
) -> Result<Option<NaiveDateTime>, CampaignFileError> {
    value
        .map(|t| DateTime::parse_from_rfc3339(&t.to_string()).map(|t| t.naive_utc()))
        .transpose()
        .map_err(|_| error)
}

impl CampaignFile {
    pub fn parse(text: &str) -> Result<CampaignFile, CampaignFileError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let rest = text
            .strip_prefix("+++\n")
            .or_else(|| text.strip_prefix("+++\r\n"))
            .ok_or(CampaignFileError::NoFrontMatter)?;
        let end = rest.find("\n+++").ok_or(CampaignFileError::NoFrontMatter)?;
        let front: FrontMatter = toml::from_str(&rest[..end])?;
        let body = rest[end + 4..].trim_start_matches(['\r', '\n']).trim_end();
        let draft = CampaignDraft {
            slug: front.slug,
            kicker: front.kicker,
            headline: front.headline,
            summary: front.summary,
            image: front.image,
            author_name: front.author_name,
            author_role: front.author_role,
            attribution: front.attribution,
            goal: front.goal,
            featured: front.featured,
            opens_at: utc(front.opens_at, CampaignFileError::OpensAt)?,
            closes_at: utc(front.closes_at, CampaignFileError::ClosesAt)?,
            body_markdown: body.to_owned(),
            targets: front.targets,
            similarity_threshold: front.similarity_threshold,
            milestones: front.milestones,
            milestone_letters: front.milestone_letters,
            translations: front.translations.into_iter().collect(),
        };
        draft.check().map_err(|errors| {
            errors
                .into_iter()
                .next()
                .unwrap_or(CampaignFileError::NoFrontMatter)
        })
    }
}

impl CampaignFile {
    /// The officials' codes among the targets, in order.
    pub fn official_codes(&self) -> Vec<&str> {
        self.targets
            .iter()
            .filter_map(Target::official_code)
            .collect()
    }
}

pub(crate) fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../campaigns/british-values.md");

    #[test]
    fn the_shipped_campaign_keeps_every_part_of_the_letter() {
        let c = CampaignFile::parse(SHIPPED).expect("shipped campaign parses");
        assert_eq!(c.slug.as_str(), "british-values");
        assert_eq!(
            c.kicker.as_deref(),
            Some("Featured letter: ‘British values’")
        );
        assert_eq!(c.headline, "UK trade props up Kazakh dictatorship");
        assert_eq!(c.author_name, "Mike Whale");
        assert_eq!(
            c.author_role.as_deref(),
            Some("Secretary, Campaign Kazakhstan")
        );
        let image = c.image.expect("caption");
        assert_eq!(image.credit.as_deref(), Some("Giang Gong Du"));
        assert_eq!(image.licence.as_deref(), Some("Creative Commons"));
        assert!(image.file.is_none());
        assert!(c.body_markdown.starts_with("Following the much-publicised"));
        assert!(c.body_markdown.contains("\n## Shot\n"));
        assert!(c.body_markdown.ends_with("promoting “British values”?"));
        assert!(!c.body_markdown.contains("Click to enlarge"));
        assert!(c.attribution.unwrap().contains("Guardian on 3 November"));
        assert!(c.featured);
        assert_eq!(
            c.targets,
            vec![
                Target::parse("prime-minister").unwrap(),
                Target::parse("foreign-secretary").unwrap(),
                Target::OwnMp
            ]
        );
        assert_eq!(c.similarity_threshold, 800);
    }

    #[test]
    fn refuses_files_without_front_matter_or_with_bad_fields() {
        assert!(matches!(
            CampaignFile::parse("# Just markdown"),
            Err(CampaignFileError::NoFrontMatter)
        ));
        let bad_slug = SHIPPED.replace("slug = \"british-values\"", "slug = \"British Values\"");
        assert!(matches!(
            CampaignFile::parse(&bad_slug),
            Err(CampaignFileError::Slug(_))
        ));
        let no_goal = SHIPPED.replace("goal = 10000", "goal = 0");
        assert!(matches!(
            CampaignFile::parse(&no_goal),
            Err(CampaignFileError::Goal)
        ));
        let traversal = SHIPPED.replace("caption = \"Blood on hand\"", "file = \"../x\"");
        assert!(matches!(
            CampaignFile::parse(&traversal),
            Err(CampaignFileError::ImagePath)
        ));
    }

    #[test]
    fn reads_a_closing_date() {
        let closing = SHIPPED.replace("featured = true", "closes_at = 2026-01-31T12:00:00Z");
        let c = CampaignFile::parse(&closing).expect("parses");
        assert_eq!(c.closes_at.unwrap().to_string(), "2026-01-31 12:00:00");
        assert!(!c.featured);
    }
}
