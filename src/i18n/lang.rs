//! The language enum: its codes, its name in itself, and parsing it from a code.

use std::fmt;
use std::str::FromStr;

use fluent_templates::LanguageIdentifier;

/// A language Missive has words for. English is the default and the fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Cy,
    Ru,
    Kk,
    /// English with every letter accented (`en-XA`), spoken only where
    /// [`super::allow_pseudo`] was called: words on a page that are not accented did not
    /// come from the message files. Never in [`Lang::ALL`], never stored.
    Pseudo,
}

/// The pseudo-language's tag: English as written in a made-up region (CLDR's own
/// pseudo-locale tag for accented English).
const PSEUDO_TAG: &str = "en-XA";

/// A language code Missive has no words for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no such language: {0:?}")]
pub struct UnknownLang(pub String);

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Cy, Lang::Ru, Lang::Kk];

    /// The code in URLs, cookies and the database: `en`, `cy`, `ru`, `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::Pseudo => PSEUDO_TAG,
        }
    }

    /// The `<html lang>` of a page in this language (English pages were always `en-GB`).
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            other => other.code(),
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
            Lang::Pseudo => "Ƥšéúðó",
        }
    }

    /// A number in each of the language's plural categories (CLDR's, for whole numbers):
    /// what a script needs to pick the right form for a count it did not render.
    pub fn plural_samples(self) -> &'static [(&'static str, i64)] {
        match self {
            Lang::En | Lang::Kk | Lang::Pseudo => &[("one", 1), ("other", 2)],
            Lang::Cy => &[
                ("zero", 0),
                ("one", 1),
                ("two", 2),
                ("few", 3),
                ("many", 6),
                ("other", 4),
            ],
            Lang::Ru => &[("one", 1), ("few", 2), ("many", 5)],
        }
    }

    /// The language whose message files hold this language's words (English for the
    /// pseudo-language, whose words are English transformed).
    pub(super) fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Pseudo => Lang::En.langid(),
            lang => lang.code().parse().unwrap_or_default(),
        }
    }

    /// The language of a stored code (the database's `language` columns); English for a
    /// code this build does not know, and for the pseudo-language, which is for looking at
    /// pages and is not kept with a person.
    pub fn stored(code: &str) -> Lang {
        match code.parse() {
            Ok(Lang::Pseudo) | Err(_) => Lang::En,
            Ok(lang) => lang,
        }
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// A BCP 47 tag whose primary subtag is one of ours, in any case: `cy`, `en-GB`,
    /// `ru-RU`, `kk-Cyrl-KZ`. Kazakh in Latin or Arabic script is not Kazakh here.
    fn from_str(tag: &str) -> Result<Lang, UnknownLang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case(PSEUDO_TAG) {
            return if super::pseudo_allowed() {
                Ok(Lang::Pseudo)
            } else {
                Err(UnknownLang(tag.to_owned()))
            };
        }
        let mut parts = tag.split(['-', '_']);
        let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
        let lang = match primary.as_str() {
            "en" => Lang::En,
            "cy" => Lang::Cy,
            "ru" => Lang::Ru,
            "kk" => Lang::Kk,
            _ => return Err(UnknownLang(tag.to_owned())),
        };
        let other_script = parts.any(|p| {
            p.len() == 4 && !p.eq_ignore_ascii_case("cyrl") && !p.eq_ignore_ascii_case("latn")
                || (lang == Lang::Kk && p.eq_ignore_ascii_case("latn"))
        });
        if other_script {
            return Err(UnknownLang(tag.to_owned()));
        }
        Ok(lang)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn parses_tags_by_their_primary_subtag() {
        assert_eq!("cy".parse(), Ok(Lang::Cy));
        assert_eq!("en-GB".parse(), Ok(Lang::En));
        assert_eq!("RU-ru".parse(), Ok(Lang::Ru));
        assert_eq!("kk-Cyrl-KZ".parse(), Ok(Lang::Kk));
        assert!("kk-Latn".parse::<Lang>().is_err());
        assert!("fr".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
        assert!("cym".parse::<Lang>().is_err());
        assert_eq!(Lang::stored("en-XA"), Lang::En);
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse(), Ok(lang));
        }
    }
}
