//! Properties of the public and staff forms as a browser (or anyone) sends them: any bytes
//! decode to a form or fail cleanly, any decoded form is checked without panicking, and
//! what a check accepts holds only valid values. Valid answers, encoded, are accepted.

use proptest::prelude::*;
use url::form_urlencoded;

use super::campaign::CampaignForm;
use super::letter::LetterForm;
use super::sign::{Place, SignForm};
use crate::domain::{EmailAddress, LetterBody, PersonName, Postcode, Subject};

const SIGN_FIELDS: &[&str] = &[
    "full_name",
    "email",
    "postcode",
    "country",
    "updates",
    "website",
];
const LETTER_FIELDS: &[&str] = &[
    "full_name",
    "email",
    "postcode",
    "country",
    "constituency",
    "subject",
    "body",
    "publish",
    "public_name",
    "mp_search",
    "website",
    "action",
];
const CAMPAIGN_FIELDS: &[&str] = &[
    "kicker",
    "headline",
    "summary",
    "author_name",
    "author_role",
    "body_markdown",
    "attribution",
    "image_caption",
    "image_credit",
    "image_licence",
    "image_file",
    "image_alt",
    "slug",
    "goal",
    "targets",
    "similarity_threshold",
    "opens_at",
    "closes_at",
    "featured",
    "reason",
];

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,30}",
        Just("ada@example.org".to_owned()),
        Just("SW1A 1AA".to_owned()),
        Just("GB".to_owned()),
        Just("submit".to_owned()),
        Just("-262144-01-01T00:00".to_owned()),
        Just("+262143-12-31T23:59".to_owned()),
        Just("99999999999999999999".to_owned()),
        Just("1e309".to_owned()),
        "[a-z ]{40,120}",
    ]
}

/// A body as a form would send it: known and unknown fields, repeated, in any order.
fn body(fields: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    let name = prop_oneof![
        4 => proptest::sample::select(fields).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    proptest::collection::vec((name, value()), 0..12).prop_map(|pairs| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
            .into_bytes()
    })
}

/// Raw bytes, sometimes with a valid form in front of them.
fn bytes(fields: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200),
        (body(fields), proptest::collection::vec(any::<u8>(), 0..40)).prop_map(|(mut a, b)| {
            a.extend(b);
            a
        }),
        "(%[0-9A-Fa-f]{0,2}|[=&+a-z]){0,60}".prop_map(String::into_bytes),
    ]
}

fn encode(pairs: &[(&str, &str)]) -> Vec<u8> {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
        .into_bytes()
}

proptest! {
    #[test]
    fn a_sign_form_of_any_bytes_is_checked_without_panicking(raw in prop_oneof![body(SIGN_FIELDS), bytes(SIGN_FIELDS)]) {
        let Ok(form) = serde_html_form::from_bytes::<SignForm>(&raw) else {
            return Ok(());
        };
        let _ = form.is_bot();
        if let Ok(signer) = form.parse() {
            prop_assert_eq!(PersonName::parse(signer.name.as_str()).ok(), Some(signer.name.clone()));
            prop_assert_eq!(EmailAddress::parse(signer.email.as_str()).ok(), Some(signer.email.clone()));
            prop_assert_eq!(signer.wants_updates, form.updates.is_some());
            if let Place::Uk(postcode) = &signer.place {
                prop_assert_eq!(Postcode::parse(postcode.as_str()).ok(), Some(postcode.clone()));
            }
        }
    }

    #[test]
    fn valid_sign_answers_are_accepted(
        name in "[A-Z][a-z]{1,10} [A-Z][a-z]{1,10}",
        email in "[a-z]{1,10}@[a-z]{1,10}\\.org",
        (postcode, country) in prop_oneof![
            Just(("sw1a 1aa", "GB")),
            Just(("M1 1AE", "")),
            Just(("", "KZ")),
            Just(("", "fr")),
        ],
        updates in any::<bool>(),
    ) {
        let mut pairs = vec![
            ("full_name", name.as_str()),
            ("email", email.as_str()),
            ("postcode", postcode),
            ("country", country),
            ("website", ""),
        ];
        if updates {
            pairs.push(("updates", "yes"));
        }
        let form = serde_html_form::from_bytes::<SignForm>(&encode(&pairs));
        prop_assert!(form.is_ok());
        let form = form.unwrap_or_else(|_| unreachable!());
        prop_assert!(!form.is_bot());
        let signer = form.parse();
        prop_assert!(signer.is_ok(), "{:?}", signer.err());
        let signer = signer.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(signer.name.as_str(), name.as_str());
        prop_assert_eq!(signer.wants_updates, updates);
    }

    #[test]
    fn a_letter_form_of_any_bytes_is_checked_without_panicking(raw in prop_oneof![body(LETTER_FIELDS), bytes(LETTER_FIELDS)]) {
        let Ok(form) = serde_html_form::from_bytes::<LetterForm>(&raw) else {
            return Ok(());
        };
        let _ = (form.action(), form.is_bot());
        if let Ok(email) = form.check_draft() {
            prop_assert_eq!(EmailAddress::parse(email.as_str()).ok(), Some(email));
        }
        if let Ok(submission) = form.check_submission() {
            prop_assert_eq!(LetterBody::parse(submission.body.as_str()).ok(), Some(submission.body.clone()));
            prop_assert_eq!(Subject::parse(submission.subject.as_str()).ok(), Some(submission.subject.clone()));
            prop_assert_eq!(submission.publish, form.publish.is_some());
        }
    }

    #[test]
    fn a_campaign_form_of_any_bytes_is_checked_without_panicking(raw in prop_oneof![body(CAMPAIGN_FIELDS), bytes(CAMPAIGN_FIELDS)]) {
        let Ok(form) = serde_html_form::from_bytes::<CampaignForm>(&raw) else {
            return Ok(());
        };
        let _ = form.reason();
        if let Ok(campaign) = form.parse() {
            prop_assert!(campaign.goal >= 1);
            prop_assert!((0..=1000).contains(&campaign.similarity_threshold));
            prop_assert!(!campaign.headline.trim().is_empty());
        }
    }
}
