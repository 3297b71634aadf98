//! A campaign's words in a further language: the parts an organiser translated, each one
//! optional (a part left out is shown in the original, with a note saying so).

use serde::Deserialize;

use super::{non_empty, CampaignFileError};
use crate::i18n::Lang;

/// The language campaigns are written in; translations are into the others.
pub const ORIGINAL: Lang = Lang::En;

/// The translatable parts of a campaign, as a file's `[translations.xx]` table or the staff
/// form gives them (a blank part is the same as a missing one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslatedParts {
    pub kicker: Option<String>,
    pub headline: Option<String>,
    pub summary: Option<String>,
    /// The letter, as Markdown.
    pub letter: Option<String>,
    pub image_alt: Option<String>,
    pub image_caption: Option<String>,
}

impl TranslatedParts {
    /// Blank parts dropped, the rest trimmed.
    pub fn trimmed(self) -> TranslatedParts {
        TranslatedParts {
            kicker: non_empty(self.kicker),
            headline: non_empty(self.headline),
            summary: non_empty(self.summary),
            letter: non_empty(self.letter),
            image_alt: non_empty(self.image_alt),
            image_caption: non_empty(self.image_caption),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == TranslatedParts::default()
    }
}

/// A campaign's parts in one language other than the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub lang: Lang,
    pub parts: TranslatedParts,
}

/// The translations a file or form gives, by language code: each code one of Missive's
/// languages other than the original, each at most once; empty ones dropped; sorted by
/// language.
pub fn check(given: Vec<(String, TranslatedParts)>) -> Result<Vec<Translation>, CampaignFileError> {
    let mut translations: Vec<Translation> = Vec::new();
    for (code, parts) in given {
        let lang = code
            .parse::<Lang>()
            .ok()
            .filter(|lang| Lang::ALL.contains(lang) && *lang != ORIGINAL && lang.code() == code)
            .ok_or_else(|| CampaignFileError::TranslationLanguage(code.clone()))?;
        if translations.iter().any(|t| t.lang == lang) {
            return Err(CampaignFileError::TranslationLanguage(code));
        }
        let parts = parts.trimmed();
        if !parts.is_empty() {
            translations.push(Translation { lang, parts });
        }
    }
    translations.sort_by_key(|t| t.lang);
    Ok(translations)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(headline: &str) -> TranslatedParts {
        TranslatedParts {
            headline: Some(headline.into()),
            ..TranslatedParts::default()
        }
    }

    #[test]
    fn keeps_our_languages_other_than_the_original_once_each() {
        let checked = check(vec![
            ("ru".into(), parts("Заголовок")),
            ("cy".into(), parts(" Pennawd ")),
            ("kk".into(), parts("  ")),
        ])
        .expect("valid");
        assert_eq!(checked.len(), 2, "the blank Kazakh one is dropped");
        assert_eq!(checked[0].lang, Lang::Cy);
        assert_eq!(checked[0].parts.headline.as_deref(), Some("Pennawd"));
        for code in ["en", "fr", "CY", "cy-GB", "en-XA"] {
            assert!(check(vec![(code.into(), parts("x"))]).is_err(), "{code}");
        }
        assert!(check(vec![("cy".into(), parts("a")), ("cy".into(), parts("b"))]).is_err());
    }
}
