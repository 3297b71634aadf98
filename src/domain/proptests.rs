//! Properties of every domain parser: none panics on any input, a parsed value parses back
//! to itself, normalising twice changes nothing, and generated valid and invalid inputs
//! are accepted and refused. `PROPTEST_CASES` raises the number of cases (default 256).

use proptest::prelude::*;

use super::*;

/// Any Unicode text, weighted towards the characters that trouble parsers.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \t\r\n\u{0}\u{7f}\u{85}\u{a0}\u{200b}\u{202e}\u{2028}\u{feff}@+.\\-=a-zA-Z0-9%é李😀]{0,40}",
        proptest::collection::vec(any::<char>(), 0..300).prop_map(String::from_iter),
    ]
}

/// A domain name with a dot, like `mail.example.org`.
fn domain() -> impl Strategy<Value = String> {
    proptest::collection::vec("[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", 1..3)
        .prop_flat_map(|labels| ("[a-z]{2,6}", Just(labels)))
        .prop_map(|(tld, labels)| format!("{}.{tld}", labels.join(".")))
}

fn email() -> impl Strategy<Value = String> {
    (
        "[a-zA-Z0-9]([a-zA-Z0-9._+-]{0,20}[a-zA-Z0-9])?",
        prop_oneof![
            domain(),
            Just("gmail.com".to_owned()),
            Just("googlemail.com".to_owned()),
            Just("outlook.com".to_owned()),
            Just("yahoo.co.uk".to_owned()),
        ],
    )
        .prop_map(|(local, domain)| format!("{local}@{domain}"))
}

/// A valid postcode in any of its six outward shapes (or GIR 0AA), as typed: any case and
/// spacing.
fn typed_postcode() -> impl Strategy<Value = (String, String)> {
    let outward = prop_oneof![
        "[A-Z][0-9]",
        "[A-Z][0-9][0-9]",
        "[A-Z][A-Z][0-9]",
        "[A-Z][A-Z][0-9][0-9]",
        "[A-Z][0-9][A-Z]",
        "[A-Z][A-Z][0-9][A-Z]",
    ];
    let inward = "[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}";
    let canonical = prop_oneof![
        9 => (outward, inward).prop_map(|(o, i)| format!("{o} {i}")),
        1 => Just("GIR 0AA".to_owned()),
    ];
    (canonical, " {0,2}", " {0,3}", any::<bool>()).prop_map(|(code, lead, mid, lower)| {
        let (outward, inward) = code.split_once(' ').unwrap_or((&code, ""));
        let typed = format!("{lead}{outward}{mid}{inward}");
        let typed = if lower {
            typed.to_ascii_lowercase()
        } else {
            typed
        };
        (typed, code)
    })
}

fn slug() -> impl Strategy<Value = String> {
    proptest::collection::vec("[a-z0-9]{1,8}", 1..6).prop_map(|parts| parts.join("-"))
}

proptest! {
    #[test]
    fn no_parser_panics_on_any_text(input in text()) {
        if let Ok(email) = EmailAddress::parse(&input) {
            let _ = email.canonical();
        }
        let _ = Postcode::parse(&input).map(|p| p.outward().len());
        let _ = PersonName::parse(&input);
        let _ = LetterBody::parse(&input).map(|b| b.paragraphs().count());
        let _ = Subject::parse(&input);
        let _ = SecretToken::parse(&input).map(|t| t.hash());
        let _ = Slug::parse(&input);
        let _ = Slug::suggest(&input);
        let _ = Country::parse(&input).map(|c| c.name());
        let _ = Target::parse(&input);
        let _ = NewPassword::parse(&input, "someone@example.org");
    }

    #[test]
    fn an_email_parses_back_to_itself_and_its_canonical_form_is_stable(raw in email(), pad in "[ \t\n]{0,3}") {
        let parsed = EmailAddress::parse(&format!("{0}{1}{0}", pad, raw));
        prop_assert!(parsed.is_ok(), "{:?} refused", raw);
        let email = parsed.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(email.as_str(), raw.as_str());
        prop_assert_eq!(EmailAddress::parse(&format!("{}", email)).ok(), Some(email.clone()));
        let canonical = email.canonical();
        prop_assert_eq!(canonical.to_lowercase(), canonical.clone());
        if let Ok(again) = EmailAddress::parse(&canonical) {
            prop_assert_eq!(again.canonical(), canonical);
        }
    }

    #[test]
    fn malformed_emails_are_refused(local in "[a-z]{1,10}", host in "[a-z]{1,10}", junk in "[ ,;<>()\\[\\]\"]") {
        prop_assert!(EmailAddress::parse(&format!("{}{}", local, host)).is_err(), "no @");
        prop_assert!(EmailAddress::parse(&format!("{}@{}", local, host)).is_err(), "no dot");
        prop_assert!(EmailAddress::parse(&format!("{}{}x@{}.com", local, junk, host)).is_err(), "junk in the local part");
        let long = format!("{}@{}.com", local.repeat(260), host);
        prop_assert!(EmailAddress::parse(&long).is_err(), "over 254");
    }

    #[test]
    fn postcodes_normalise_to_one_form_and_parse_back((typed, canonical) in typed_postcode()) {
        let parsed = Postcode::parse(&typed);
        prop_assert_eq!(parsed.as_ref().map(Postcode::as_str).ok(), Some(canonical.as_str()));
        let postcode = parsed.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(Postcode::parse(&postcode.to_string()).ok(), Some(postcode.clone()));
        prop_assert_eq!(Postcode::parse(&canonical.replace(' ', "").to_lowercase()).ok(), Some(postcode.clone()));
        prop_assert!(canonical.starts_with(postcode.outward()));
    }

    #[test]
    fn postcodes_with_a_forbidden_inward_letter_or_too_long_are_refused(
        (typed, canonical) in typed_postcode(),
        bad in "[CIKMOV]",
        second in any::<bool>(),
    ) {
        let (outward, inward) = canonical.split_once(' ').unwrap_or((&canonical, ""));
        let mut inward: Vec<char> = inward.chars().collect();
        inward[if second { 2 } else { 1 }] = bad.chars().next().unwrap_or('C');
        let wrong = format!("{} {}", outward, String::from_iter(inward));
        prop_assert!(Postcode::parse(&wrong).is_err(), "{wrong:?}");
        prop_assert!(Postcode::parse(&format!("{}{}", typed, " ".repeat(17))).is_err(), "over 16 characters");
    }

    #[test]
    fn names_are_normalised_once_and_for_all(input in text()) {
        if let Ok(name) = PersonName::parse(&input) {
            let shown = name.as_str();
            prop_assert_eq!(PersonName::parse(shown).ok(), Some(name.clone()));
            prop_assert_eq!(shown.trim(), shown);
            prop_assert!(!shown.contains("  ") && !shown.contains(['\n', '\t']));
            prop_assert!(shown.chars().count() <= 100);
            prop_assert!(!shown.chars().any(char::is_control));
            prop_assert!(!shown.starts_with(['=', '+', '-', '@']));
        }
    }

    #[test]
    fn names_with_letters_are_accepted_and_control_characters_refused(
        first in "[A-Za-zÀ-ÖØ-öø-ÿ]",
        words in proptest::collection::vec("[A-Za-zÀ-ÿ'][a-zà-ÿ'.-]{0,12}", 1..5),
        control in "[\u{0}-\u{8}\u{e}-\u{1b}\u{7f}\u{202a}-\u{202e}\u{2066}-\u{2069}]",
    ) {
        let name = format!("{}{}", first, words.join(" "));
        prop_assert_eq!(PersonName::parse(&format!("  {}\n", name)).map(|n| n.to_string()), Ok(name.clone()));
        prop_assert!(PersonName::parse(&format!("{}{}x", name, control)).is_err(), "a control character");
    }

    #[test]
    fn letter_text_is_stable_once_parsed(input in text(), filler in "[a-zA-Z ,.\n]{50,200}") {
        for candidate in [input.clone(), format!("{}{}", filler, input)] {
            if let Ok(body) = LetterBody::parse(&candidate) {
                prop_assert_eq!(LetterBody::parse(body.as_str()).ok(), Some(body.clone()));
                let length = body.as_str().chars().count();
                prop_assert!((50..=10_000).contains(&length));
                prop_assert!(body.paragraphs().all(|p| !p.is_empty() && p.trim() == p));
            }
            if let Ok(subject) = Subject::parse(&candidate) {
                prop_assert_eq!(Subject::parse(subject.as_str()).ok(), Some(subject.clone()));
                prop_assert!(subject.as_str().chars().count() <= 150);
            }
        }
    }

    #[test]
    fn letters_within_the_limits_are_accepted_and_control_characters_refused(
        body in "[a-zA-Z0-9 ,.!?'\n\t]{49,300}",
        control in "[\u{0}-\u{8}\u{b}\u{c}\u{e}-\u{1f}\u{7f}]",
    ) {
        let body = format!("A{}.", body);
        prop_assert!(LetterBody::parse(&body.replace('\n', "\r\n")).is_ok());
        prop_assert!(LetterBody::parse(&format!("{}{}.", body, control)).is_err(), "a control character");
        prop_assert!(LetterBody::parse(&body.repeat(10_001 / body.len() + 1)).is_err());
    }

    #[test]
    fn tokens_parse_back_to_the_same_hash(bytes in any::<[u8; 32]>()) {
        use base64::Engine;
        let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let token = SecretToken::parse(&encoded);
        prop_assert!(token.is_ok());
        let token = token.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(token.as_str(), encoded.as_str());
        let again = SecretToken::parse(token.as_str()).map(|t| t.hash());
        prop_assert_eq!(again.ok(), Some(token.hash()));
        prop_assert_eq!(token.hash().as_str().len(), 64);
    }

    #[test]
    fn tokens_of_the_wrong_length_or_alphabet_are_refused(
        good in "[A-Za-z0-9_-]{42}[AQgw]",
        cut in 0usize..43,
        bad in "[^A-Za-z0-9_-]",
    ) {
        prop_assert!(SecretToken::parse(&good).is_ok());
        prop_assert!(SecretToken::parse(&good[..cut]).is_err());
        prop_assert!(SecretToken::parse(&format!("{}A", good)).is_err(), "44 characters");
        let swapped = format!("{}{}", &good[..42], bad);
        prop_assert!(SecretToken::parse(&swapped).is_err(), "{swapped:?}");
    }

    #[test]
    fn slugs_parse_back_and_suggestions_are_valid_and_stable(valid in slug(), headline in text()) {
        let parsed = Slug::parse(&valid);
        prop_assert_eq!(parsed.as_ref().map(Slug::as_str).ok(), Some(valid.as_str()));
        if let Some(suggested) = Slug::suggest(&headline) {
            prop_assert_eq!(Slug::parse(suggested.as_str()).ok(), Some(suggested.clone()));
            prop_assert_eq!(Slug::suggest(suggested.as_str()), Some(suggested.clone()));
        }
        prop_assert!(Slug::parse(&format!("{}-", valid)).is_err(), "a trailing hyphen");
        prop_assert!(Slug::parse(&valid.replacen('-', "--", 1)).is_err() || !valid.contains('-'));
        prop_assert!(Slug::parse(&valid.to_uppercase()).is_err() || !valid.bytes().any(|b| b.is_ascii_alphabetic()));
    }

    #[test]
    fn targets_parse_back_to_themselves(code in slug()) {
        let target = Target::parse(&code);
        prop_assert!(target.is_ok());
        let target = target.unwrap_or_else(|_| unreachable!());
        let stored = target.official_code().map(str::to_owned);
        prop_assert_eq!(Target::from_stored(stored.as_deref()), Some(target));
    }

    #[test]
    fn every_country_code_parses_in_any_case_and_nothing_else_does(
        index in 0usize..249,
        lower in any::<bool>(),
        other in "[A-Za-z]{3,5}|[0-9]{2}",
    ) {
        let (code, name) = Country::all()[index];
        let typed = if lower { code.to_ascii_lowercase() } else { code.to_owned() };
        let country = Country::parse(&format!(" {typed} "));
        prop_assert_eq!(country.map(|c| (c.code(), c.name())), Ok((code, name)));
        prop_assert!(Country::parse(&other).is_err());
    }
}
