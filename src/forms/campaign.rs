//! The staff campaign form: every field as typed, prefilled from a pasted letter or a stored
//! campaign, and checked by the same rules as a campaign file (`CampaignDraft::check`).

use chrono::NaiveDateTime;
use serde::Deserialize;

use super::FieldErrors;
use crate::campaigns::file::{CampaignDraft, CampaignFile, Image, TranslatedParts, Translation};
use crate::campaigns::letter_paste::{self, PastedLetter};
use crate::db::models::campaign::Campaign;
use crate::domain::{Slug, Target};
use crate::i18n::Lang;

mod answers;

pub use answers::message;
use answers::{parse_goal, parse_threshold, parse_when};

/// A published letter pasted in to start a campaign from.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasteForm {
    pub letter: String,
}

impl PasteForm {
    /// The campaign form filled from the letter's parts as read, and whether anything was
    /// pasted at all.
    pub fn parse(&self) -> (CampaignForm, bool) {
        let pasted = !self.letter.trim().is_empty();
        let form = CampaignForm::from_paste(letter_paste::parse(&self.letter));
        (form, pasted)
    }
}

/// The form exactly as submitted. Missing fields are empty, so any body re-renders.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CampaignForm {
    pub kicker: String,
    pub headline: String,
    pub summary: String,
    pub author_name: String,
    pub author_role: String,
    pub body_markdown: String,
    pub attribution: String,
    pub image_caption: String,
    pub image_credit: String,
    pub image_licence: String,
    pub image_file: String,
    pub image_alt: String,
    /// The uploaded photo the campaign will show (a hidden field): the stored one, or one
    /// uploaded with a form that was not saved yet, so it need not be chosen again.
    pub image_sha256: String,
    /// The checkbox under an uploaded photo: present only when ticked.
    pub remove_image: Option<String>,
    pub slug: String,
    pub goal: String,
    /// One target a line: `own-mp` or an official's code.
    pub targets: String,
    /// From 0 to 1.
    pub similarity_threshold: String,
    /// `datetime-local` values, in UTC.
    pub opens_at: String,
    pub closes_at: String,
    /// The checkbox: present only when ticked.
    pub featured: Option<String>,
    /// Numbers separated by commas; blank for milestones derived from the goal.
    pub milestones: String,
    /// The checkbox: write to MPs at milestones.
    pub milestone_letters: Option<String>,
    /// Why the change was made, for the audit log.
    pub reason: String,
    /// The target picker's search box: officials by name, office or constituency.
    pub target_search: String,
    /// Set by the picker's buttons: search, add an official's code, remove a target.
    /// The form is shown again with the change; nothing is saved.
    pub find: Option<String>,
    pub add_target: Option<String>,
    pub remove_target: Option<String>,
    /// Ticked to go ahead with a change Missive warned about (see `warnings`).
    pub confirm: Option<String>,
    /// The campaign's words in Welsh, Russian and Kazakh (`<lang>_<part>`); blank parts are
    /// shown in the original.
    pub cy_kicker: String,
    pub cy_headline: String,
    pub cy_summary: String,
    pub cy_letter: String,
    pub cy_image_alt: String,
    pub cy_image_caption: String,
    pub ru_kicker: String,
    pub ru_headline: String,
    pub ru_summary: String,
    pub ru_letter: String,
    pub ru_image_alt: String,
    pub ru_image_caption: String,
    pub kk_kicker: String,
    pub kk_headline: String,
    pub kk_summary: String,
    pub kk_letter: String,
    pub kk_image_alt: String,
    pub kk_image_caption: String,
}

/// The translatable parts, in the order the form shows them (`<lang>_<part>` fields).
pub const TRANSLATED_PARTS: [&str; 6] = [
    "kicker",
    "headline",
    "summary",
    "letter",
    "image_alt",
    "image_caption",
];

/// The file input's name (the photo itself is not a text field of the form).
pub const UPLOAD_FIELD: &str = "image_upload";
/// Beside the alt text when a photo is set without it.
pub const ALT_REQUIRED: &str =
    "Describe what the photo shows, for people who cannot see it (required with a photo)";
/// Beside the upload when the photo the form refers to is not stored (choose it again).
pub const UPLOAD_LOST: &str = "The photo uploaded earlier was not found: choose it again";

/// How date-times are shown in the form (what `datetime-local` inputs send).
const LOCAL: &str = "%Y-%m-%dT%H:%M";

impl CampaignForm {
    /// A new campaign's form, filled with what the parser found in a pasted letter.
    pub fn from_paste(letter: PastedLetter) -> CampaignForm {
        let text = |value: Option<String>| value.unwrap_or_default();
        let slug = letter.headline.as_deref().and_then(Slug::suggest);
        CampaignForm {
            slug: slug.map(|s| s.to_string()).unwrap_or_default(),
            kicker: text(letter.kicker),
            headline: text(letter.headline),
            summary: text(letter.summary),
            author_name: text(letter.author_name),
            author_role: text(letter.author_role),
            body_markdown: letter.body_markdown,
            attribution: text(letter.attribution),
            image_caption: text(letter.caption),
            image_credit: text(letter.credit),
            image_licence: text(letter.licence),
            targets: "own-mp".to_owned(),
            similarity_threshold: "0.8".to_owned(),
            ..CampaignForm::default()
        }
    }

    /// The form for editing a stored campaign.
    pub fn from_campaign(
        campaign: &Campaign,
        targets: &[Target],
        translations: &[Translation],
    ) -> CampaignForm {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let when = |value: Option<NaiveDateTime>| {
            value
                .map(|t| t.format(LOCAL).to_string())
                .unwrap_or_default()
        };
        let targets: Vec<&str> = targets
            .iter()
            .map(|t| t.official_code().unwrap_or("own-mp"))
            .collect();
        CampaignForm {
            kicker: text(&campaign.kicker),
            headline: campaign.headline.clone(),
            summary: text(&campaign.summary),
            author_name: campaign.author_name.clone(),
            author_role: text(&campaign.author_role),
            body_markdown: campaign.body_markdown.clone(),
            attribution: text(&campaign.attribution),
            image_caption: text(&campaign.image_caption),
            image_credit: text(&campaign.image_credit),
            image_licence: text(&campaign.image_licence),
            image_file: text(&campaign.image_file),
            image_alt: text(&campaign.image_alt),
            image_sha256: text(&campaign.image_sha256),
            remove_image: None,
            slug: campaign.slug.clone(),
            goal: campaign.goal.to_string(),
            targets: targets.join("\n"),
            similarity_threshold: (f64::from(campaign.similarity_threshold) / 1000.0).to_string(),
            opens_at: when(campaign.opens_at),
            closes_at: when(campaign.closes_at),
            featured: campaign.featured.then(|| "yes".to_owned()),
            milestones: campaign
                .milestones
                .as_deref()
                .map(|m| m.replace(',', ", "))
                .unwrap_or_default(),
            milestone_letters: campaign.milestone_letters.then(|| "yes".to_owned()),
            ..CampaignForm::default()
        }
        .with_translations(translations)
    }

    fn with_translations(mut self, translations: &[Translation]) -> CampaignForm {
        for Translation { lang, parts } in translations {
            let given = [
                &parts.kicker,
                &parts.headline,
                &parts.summary,
                &parts.letter,
                &parts.image_alt,
                &parts.image_caption,
            ];
            for (field, value) in self.translation_mut(*lang).into_iter().flatten().zip(given) {
                *field = value.clone().unwrap_or_default();
            }
        }
        self
    }

    /// The fields of the translation into `lang`, in [`TRANSLATED_PARTS`] order (none for
    /// the original language).
    fn translation_mut(&mut self, lang: Lang) -> Option<[&mut String; 6]> {
        Some(match lang {
            Lang::Cy => [
                &mut self.cy_kicker,
                &mut self.cy_headline,
                &mut self.cy_summary,
                &mut self.cy_letter,
                &mut self.cy_image_alt,
                &mut self.cy_image_caption,
            ],
            Lang::Ru => [
                &mut self.ru_kicker,
                &mut self.ru_headline,
                &mut self.ru_summary,
                &mut self.ru_letter,
                &mut self.ru_image_alt,
                &mut self.ru_image_caption,
            ],
            Lang::Kk => [
                &mut self.kk_kicker,
                &mut self.kk_headline,
                &mut self.kk_summary,
                &mut self.kk_letter,
                &mut self.kk_image_alt,
                &mut self.kk_image_caption,
            ],
            Lang::En | Lang::Pseudo => return None,
        })
    }

    /// The translation into `lang` as typed: each part's field name and value, in
    /// [`TRANSLATED_PARTS`] order (none for the original language).
    pub fn translation_fields(&self, lang: Lang) -> Vec<(&'static str, &str)> {
        let (names, values) = match lang {
            Lang::Cy => (
                [
                    "cy_kicker",
                    "cy_headline",
                    "cy_summary",
                    "cy_letter",
                    "cy_image_alt",
                    "cy_image_caption",
                ],
                [
                    &self.cy_kicker,
                    &self.cy_headline,
                    &self.cy_summary,
                    &self.cy_letter,
                    &self.cy_image_alt,
                    &self.cy_image_caption,
                ],
            ),
            Lang::Ru => (
                [
                    "ru_kicker",
                    "ru_headline",
                    "ru_summary",
                    "ru_letter",
                    "ru_image_alt",
                    "ru_image_caption",
                ],
                [
                    &self.ru_kicker,
                    &self.ru_headline,
                    &self.ru_summary,
                    &self.ru_letter,
                    &self.ru_image_alt,
                    &self.ru_image_caption,
                ],
            ),
            Lang::Kk => (
                [
                    "kk_kicker",
                    "kk_headline",
                    "kk_summary",
                    "kk_letter",
                    "kk_image_alt",
                    "kk_image_caption",
                ],
                [
                    &self.kk_kicker,
                    &self.kk_headline,
                    &self.kk_summary,
                    &self.kk_letter,
                    &self.kk_image_alt,
                    &self.kk_image_caption,
                ],
            ),
            Lang::En | Lang::Pseudo => return Vec::new(),
        };
        names.into_iter().zip(values.map(String::as_str)).collect()
    }

    /// Every translation as typed, by language code.
    fn translations(&self) -> Vec<(String, TranslatedParts)> {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| {
                let fields = self.translation_fields(lang);
                let [kicker, headline, summary, letter, image_alt, image_caption] =
                    <[(&str, &str); 6]>::try_from(fields)
                        .ok()?
                        .map(|(_, v)| Some(v.replace("\r\n", "\n")));
                let parts = TranslatedParts {
                    kicker,
                    headline,
                    summary,
                    letter,
                    image_alt,
                    image_caption,
                };
                Some((lang.code().to_owned(), parts))
            })
            .collect()
    }

    /// The target lines as typed, trimmed, without blank lines.
    pub fn target_lines(&self) -> Vec<&str> {
        self.targets
            .lines()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// The officials' codes among the targets (lines that are well-formed codes).
    pub fn official_codes(&self) -> Vec<&str> {
        self.target_lines()
            .into_iter()
            .filter(|line| matches!(Target::parse(line), Ok(Target::Official(_))))
            .collect()
    }

    /// True when a picker button was pressed: the targets are changed as it asked (an
    /// official added at the end, or a target removed) and the form is to be shown again.
    pub fn apply_picker(&mut self) -> bool {
        let picking =
            self.find.is_some() || self.add_target.is_some() || self.remove_target.is_some();
        if !picking {
            return false;
        }
        let mut lines: Vec<String> = self.target_lines().into_iter().map(str::to_owned).collect();
        if let Some(remove) = self.remove_target.take() {
            lines.retain(|line| line != remove.trim());
        }
        if let Some(add) = self.add_target.take() {
            let add = add.trim();
            if !add.is_empty() && !lines.iter().any(|line| line == add) {
                lines.push(add.to_owned());
            }
        }
        self.targets = lines.join("\n");
        self.find = None;
        true
    }

    /// Whether the organiser ticked the box to go ahead despite a warning.
    pub fn confirmed(&self) -> bool {
        self.confirm.is_some()
    }

    /// The reason for the audit log, if one was given.
    pub fn reason(&self) -> Option<&str> {
        Some(self.reason.trim()).filter(|r| !r.is_empty())
    }

    /// The campaign, or a message for each wrong field.
    pub fn parse(&self) -> Result<CampaignFile, FieldErrors> {
        let mut errors = FieldErrors::default();
        let goal = parse_goal(&self.goal).unwrap_or_else(|message| {
            errors.add("goal", message);
            1
        });
        let similarity_threshold = match parse_threshold(&self.similarity_threshold) {
            Ok(threshold) => threshold,
            Err(message) => {
                errors.add("similarity_threshold", message);
                None
            }
        };
        if !self.image_sha256.is_empty() && !crate::campaigns::images::is_name(&self.image_sha256) {
            errors.add(UPLOAD_FIELD, UPLOAD_LOST);
        }
        let has_image = !self.image_sha256.is_empty() || !self.image_file.trim().is_empty();
        if has_image && self.image_alt.trim().is_empty() {
            errors.add("image_alt", ALT_REQUIRED);
        }
        let milestones = crate::domain::milestones::parse(&self.milestones).unwrap_or_else(|e| {
            errors.add(
                "milestones",
                format!("{e}. Enter plain numbers separated by commas, like 100, 1000, 10000"),
            );
            None
        });
        let mut when = |field, value: &str| match parse_when(value) {
            Ok(when) => when,
            Err(message) => {
                errors.add(field, message);
                None
            }
        };
        let opens_at = when("opens_at", &self.opens_at);
        let closes_at = when("closes_at", &self.closes_at);
        let optional = |value: &str| Some(value.to_owned());
        let draft = CampaignDraft {
            slug: self.slug.clone(),
            kicker: optional(&self.kicker),
            headline: self.headline.clone(),
            summary: optional(&self.summary),
            image: Some(Image {
                file: optional(&self.image_file),
                alt: optional(&self.image_alt),
                caption: optional(&self.image_caption),
                credit: optional(&self.image_credit),
                licence: optional(&self.image_licence),
            }),
            author_name: self.author_name.clone(),
            author_role: optional(&self.author_role),
            attribution: optional(&self.attribution),
            goal,
            featured: self.featured.is_some(),
            opens_at,
            closes_at,
            body_markdown: self.body_markdown.replace("\r\n", "\n"),
            targets: self.target_lines().into_iter().map(str::to_owned).collect(),
            similarity_threshold,
            milestones,
            milestone_letters: self.milestone_letters.is_some(),
            translations: self.translations(),
        };
        match draft.check() {
            Ok(file) if errors.is_empty() => Ok(file),
            Ok(_) => Err(errors),
            Err(broken) => {
                for error in &broken {
                    errors.add(error.field(), message(error, &self.slug));
                }
                Err(errors)
            }
        }
    }
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
