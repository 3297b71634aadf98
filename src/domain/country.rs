//! ISO 3166-1 alpha-2 countries, loaded from `countries.tsv` (`CODE<TAB>Name` per line).

use std::fmt;
use std::sync::LazyLock;

use super::DomainError;
use crate::i18n::Lang;

const EMPTY: DomainError = DomainError::new("error-country-empty");
const UNKNOWN: DomainError = DomainError::new("error-country-unknown");

struct Table {
    by_code: Vec<(&'static str, &'static str)>,
    by_name: Vec<(&'static str, &'static str)>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut by_code: Vec<(&'static str, &'static str)> = include_str!("countries.tsv")
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(code, name)| (code.trim(), name.trim()))
        .collect();
    by_code.sort_unstable_by_key(|&(code, _)| code);
    let mut by_name = by_code.clone();
    by_name.sort_by_cached_key(|&(_, name)| sort_key(name));
    Table { by_code, by_name }
});

/// Lower-cases and strips the accents that appear in the list, so "Åland" sorts under A and
/// Russian "Ёж" with "Еж". Kazakh's own letters come where its alphabet has them, each
/// after the letter it is written like ("Әзірбайжан" after every name in "А", before
/// "Б"; "І" after "Ы").
fn sort_key(name: &str) -> String {
    /// Sorts after every letter that can follow it (`BEFORE_LAST` too, just before it: Ұ
    /// comes before Ү).
    const AFTER: char = char::MAX;
    const BEFORE_LAST: char = '\u{10FFFE}';
    name.chars()
        .flat_map(char::to_lowercase)
        .flat_map(|c| {
            let (base, after) = match c {
                'à'..='å' => ('a', None),
                'ç' => ('c', None),
                'è'..='ë' => ('e', None),
                'ì'..='ï' => ('i', None),
                'ñ' => ('n', None),
                'ò'..='ö' | 'ø' => ('o', None),
                'ù'..='ü' => ('u', None),
                'ý' | 'ÿ' => ('y', None),
                'ё' => ('е', None),
                'ә' => ('а', Some(AFTER)),
                'ғ' => ('г', Some(AFTER)),
                'қ' => ('к', Some(AFTER)),
                'ң' => ('н', Some(AFTER)),
                'ө' => ('о', Some(AFTER)),
                'ұ' => ('у', Some(BEFORE_LAST)),
                'ү' => ('у', Some(AFTER)),
                'һ' => ('х', Some(AFTER)),
                'і' => ('ы', Some(AFTER)),
                other => (other, None),
            };
            std::iter::once(base).chain(after)
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country {
    code: &'static str,
}

impl Country {
    pub const UNITED_KINGDOM: Country = Country { code: "GB" };

    pub fn united_kingdom() -> Country {
        Country::UNITED_KINGDOM
    }

    /// Accepts a two-letter code in any case, e.g. "gb".
    pub fn parse(input: &str) -> Result<Country, DomainError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(EMPTY);
        }
        let wanted = input.to_ascii_uppercase();
        let table = &TABLE.by_code;
        table
            .binary_search_by(|&(code, _)| code.cmp(wanted.as_str()))
            .map(|i| Country { code: table[i].0 })
            .map_err(|_| UNKNOWN)
    }

    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn name(&self) -> &'static str {
        let table = &TABLE.by_code;
        table
            .binary_search_by(|&(code, _)| code.cmp(self.code))
            .map(|i| table[i].1)
            .unwrap_or(self.code)
    }

    pub fn is_uk(&self) -> bool {
        self.code == Country::UNITED_KINGDOM.code
    }

    /// Every country as `(code, name)`, sorted by name, for building a `<select>`.
    pub fn all() -> &'static [(&'static str, &'static str)] {
        &TABLE.by_name
    }

    /// The key of this country's name in `locales/*/countries.ftl`: `country-gb`.
    pub fn message_id(&self) -> String {
        format!("country-{}", self.code.to_ascii_lowercase())
    }

    /// The country's name in `lang` (English: the same as [`Country::name`]).
    pub fn name_in(&self, lang: Lang) -> String {
        lang.t(&self.message_id())
    }

    /// Every country as `(code, name in lang)`, sorted by that language's names (accents
    /// and case ignored), for the sign and letter forms' `<select>`.
    pub fn all_in(lang: Lang) -> Vec<(&'static str, String)> {
        let mut all: Vec<(&'static str, String)> = TABLE
            .by_code
            .iter()
            .map(|&(code, _)| (code, Country { code }.name_in(lang)))
            .collect();
        all.sort_by_cached_key(|(_, name)| sort_key(name));
        all
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_is_complete_and_well_formed() {
        let lines: Vec<&str> = include_str!("countries.tsv").lines().collect();
        assert_eq!(lines.len(), 249);
        assert_eq!(TABLE.by_code.len(), lines.len());
        for (code, name) in &TABLE.by_code {
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
            assert!(!name.is_empty() && !name.contains('\t'), "{code}");
        }
        assert!(
            TABLE.by_code.windows(2).all(|w| w[0].0 < w[1].0),
            "codes unique"
        );
    }

    #[test]
    fn parses_codes_case_insensitively() {
        let gb = Country::parse(" gb ").unwrap();
        assert_eq!(gb, Country::UNITED_KINGDOM);
        assert_eq!(gb, Country::united_kingdom());
        assert_eq!(gb.code(), "GB");
        assert_eq!(gb.name(), "United Kingdom");
        assert!(gb.is_uk());
        let kz = Country::parse("Kz").unwrap();
        assert_eq!((kz.code(), kz.name()), ("KZ", "Kazakhstan"));
        assert!(!kz.is_uk());
        assert_eq!(Country::parse("US").unwrap().to_string(), "United States");
    }

    #[test]
    fn uses_common_names() {
        for (code, name) in [
            ("BO", "Bolivia"),
            ("IR", "Iran"),
            ("RU", "Russia"),
            ("KR", "South Korea"),
            ("VN", "Vietnam"),
            ("TZ", "Tanzania"),
        ] {
            assert_eq!(Country::parse(code).unwrap().name(), name);
        }
    }

    #[test]
    fn rejects_empty_and_unknown_codes() {
        assert_eq!(Country::parse(""), Err(EMPTY));
        assert_eq!(Country::parse("  "), Err(EMPTY));
        for bad in ["UK", "XX", "G", "GBR", "United Kingdom", "ğb"] {
            assert_eq!(Country::parse(bad), Err(UNKNOWN), "{bad:?}");
        }
    }

    #[test]
    fn all_is_sorted_by_name_ignoring_accents() {
        let all = Country::all();
        assert_eq!(all.len(), 249);
        assert_eq!(all[0], ("AF", "Afghanistan"));
        assert_eq!(all[1], ("AX", "Åland Islands"));
        assert!(all.windows(2).all(|w| sort_key(w[0].1) <= sort_key(w[1].1)));
        let pos = |code: &str| all.iter().position(|&(c, _)| c == code);
        assert!(pos("CI") < pos("HR") && pos("CR") < pos("CI"));
        assert!(all.iter().all(|&(code, _)| Country::parse(code).is_ok()));
    }
}
