//! Every error message key the code can produce is in the English message file, and every
//! form error reads as words (no argument left unfilled) in every language.

use std::path::Path;

use crate::domain::{Country, EmailAddress, LetterBody, NewPassword, PersonName, Subject};
use crate::forms::letter::LetterForm;
use crate::forms::sign::SignForm;
use crate::i18n::{Lang, Message};

/// The keys of `locales/{lang}/errors.ftl` (`Lang::has` cannot tell a message that needs
/// arguments from a missing one).
fn file_keys(lang: Lang) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code())
        .join("errors.ftl");
    std::fs::read_to_string(path)
        .expect("errors.ftl")
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(key, _)| key.trim().to_owned()))
        .filter(|key| key.starts_with("error-") && !key.contains(' '))
        .collect()
}

/// The `"error-…"` string literals in the Rust files under `dir` (the views' `id`s such as
/// `error-summary-title` are not keys: `src/views` is left out).
fn keys_in(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.ends_with("views") {
            continue;
        }
        if path.is_dir() {
            keys_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("read file");
            for piece in text.split("\"error-").skip(1) {
                let key: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                if piece[key.len()..].starts_with('"') && !key.is_empty() {
                    found.push((format!("error-{key}"), path.display().to_string()));
                }
            }
        }
    }
}

#[test]
fn every_error_key_in_the_code_is_in_the_english_file() {
    let mut found = Vec::new();
    keys_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(found.len() > 100, "found only {} keys", found.len());
    let english = file_keys(Lang::En);
    let missing: Vec<_> = found
        .iter()
        .filter(|(key, _)| !english.contains(key))
        .collect();
    assert!(
        missing.is_empty(),
        "not in locales/en/errors.ftl: {missing:?}"
    );
}

#[test]
fn every_country_has_a_name_in_every_language() {
    for lang in Lang::ALL {
        let all = Country::all_in(lang);
        assert_eq!(all.len(), 249);
        for (code, name) in &all {
            let country = Country::parse(code).unwrap();
            assert!(lang.has(&country.message_id()), "{lang}: {code}");
            assert!(
                !name.is_empty() && !name.starts_with("country-"),
                "{lang}: {code}"
            );
        }
    }
    for (code, name) in Country::all() {
        assert_eq!(Country::parse(code).unwrap().name_in(Lang::En), *name);
    }
    let russia = Country::parse("RU").unwrap();
    assert_eq!(russia.name_in(Lang::Ru), "Россия");
    assert_eq!(russia.name_in(Lang::Kk), "Ресей");
    assert_eq!(Country::parse("DE").unwrap().name_in(Lang::Cy), "Yr Almaen");
    let ru = Country::all_in(Lang::Ru);
    let pos = |code: &str| ru.iter().position(|(c, _)| *c == code);
    assert!(
        pos("AU") < pos("RU") && pos("RU") < pos("JP"),
        "sorted by Russian names"
    );
}

/// Errors the domain parsers and the two public forms give, with their arguments.
fn produced() -> Vec<Message> {
    let mut all: Vec<Message> = vec![
        PersonName::parse(&"a".repeat(101)).unwrap_err().0,
        EmailAddress::parse(&format!("{}@example.org", "a".repeat(250)))
            .unwrap_err()
            .0,
        LetterBody::parse("short").unwrap_err().0,
        LetterBody::parse(&"a".repeat(10_001)).unwrap_err().0,
        Subject::parse(&"a".repeat(151)).unwrap_err().0,
        NewPassword::parse("short", "ada@example.org")
            .err()
            .unwrap()
            .0,
        NewPassword::parse(&"a".repeat(257), "ada@example.org")
            .err()
            .unwrap()
            .0,
    ];
    let sign = SignForm {
        country: "US".into(),
        postcode: "90210".into(),
        ..SignForm::default()
    };
    all.extend(sign.parse().unwrap_err().iter().map(|(_, m)| m.clone()));
    let letter = LetterForm {
        full_name: "=x".into(),
        email: "nope".into(),
        address_line_1: "a".repeat(101),
        public_name: "a".repeat(101),
        mp_search: "a".repeat(101),
        body: "short".into(),
        ..LetterForm::default()
    };
    all.extend(
        letter
            .check_submission()
            .unwrap_err()
            .iter()
            .map(|(_, m)| m.clone()),
    );
    all
}

#[test]
fn form_errors_read_as_words_in_every_language() {
    let keys: Vec<(Lang, Vec<String>)> = Lang::ALL.map(|lang| (lang, file_keys(lang))).into();
    for message in produced() {
        for (lang, keys) in &keys {
            let lang = *lang;
            let words = message.in_lang(lang);
            assert!(
                keys.iter().any(|k| k == message.id()),
                "{lang}: {}",
                message.id()
            );
            assert!(
                !words.contains('{') && !words.contains("error-"),
                "{lang}: {} reads {words:?}",
                message.id()
            );
        }
    }
}

#[test]
fn bounds_are_numbers_with_the_languages_plurals() {
    let too_long = LetterBody::parse(&"a".repeat(10_001)).unwrap_err().0;
    assert_eq!(
        too_long.english(),
        "Your letter must be 10,000 characters or fewer"
    );
    assert_eq!(
        too_long.in_lang(Lang::Ru),
        "Письмо должно содержать не более 10\u{a0}000 символов"
    );
    let email = EmailAddress::parse(&format!("{}@example.org", "a".repeat(250)))
        .unwrap_err()
        .0;
    assert!(email.in_lang(Lang::Ru).ends_with("не более 254 символов"));
    assert!(email.in_lang(Lang::Cy).contains("254 o nodau"));
}
