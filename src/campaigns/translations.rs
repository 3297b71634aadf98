//! The campaign as a visitor in one language sees it: the organiser's translation of each
//! part where there is one, the original words otherwise, and which parts are original.

use crate::campaigns::file::translation::ORIGINAL;
use crate::campaigns::file::Translation;
use crate::db::models::campaign::Campaign;
use crate::i18n::Lang;

/// A part of the campaign an organiser can translate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Kicker,
    Headline,
    Summary,
    Letter,
    ImageAlt,
    ImageCaption,
}

/// The campaign with its words in the visitor's language where given.
#[derive(Debug, Clone)]
pub struct Shown {
    pub campaign: Campaign,
    /// The parts shown in the original language because no translation gave them.
    pub original: Vec<Part>,
    /// Whether any part at all was translated.
    pub translated_any: bool,
}

impl Shown {
    /// `Some(original language)` for a part shown untranslated on a page in another
    /// language: what its `lang` attribute says.
    pub fn lang_of(&self, part: Part) -> Option<&'static str> {
        self.original
            .contains(&part)
            .then_some(ORIGINAL.html_lang())
    }

    /// The campaign as written, for a page in the original language.
    pub fn original(campaign: &Campaign) -> Shown {
        Shown {
            campaign: campaign.clone(),
            original: Vec::new(),
            translated_any: false,
        }
    }
}

/// `campaign` in `lang`, from the organiser's `translation` into it (if any).
pub fn localise(campaign: &Campaign, lang: Lang, translation: Option<&Translation>) -> Shown {
    if lang == ORIGINAL || lang == Lang::Pseudo {
        return Shown::original(campaign);
    }
    let parts = translation
        .filter(|t| t.lang == lang)
        .map(|t| t.parts.clone())
        .unwrap_or_default();
    let mut c = campaign.clone();
    let (mut original, mut translated_any) = (Vec::new(), false);
    let mut swap = |part: Part, given: Option<String>, field: &mut Option<String>| {
        if field.is_some() {
            match given {
                Some(words) => {
                    *field = Some(words);
                    translated_any = true;
                }
                None => original.push(part),
            }
        }
    };
    let (mut headline, mut letter) = (Some(c.headline), Some(c.body_markdown));
    swap(Part::Kicker, parts.kicker, &mut c.kicker);
    swap(Part::Headline, parts.headline, &mut headline);
    swap(Part::Summary, parts.summary, &mut c.summary);
    swap(Part::Letter, parts.letter, &mut letter);
    swap(Part::ImageAlt, parts.image_alt, &mut c.image_alt);
    swap(
        Part::ImageCaption,
        parts.image_caption,
        &mut c.image_caption,
    );
    c.headline = headline.unwrap_or_default();
    c.body_markdown = letter.unwrap_or_default();
    Shown {
        campaign: c,
        original,
        translated_any,
    }
}
