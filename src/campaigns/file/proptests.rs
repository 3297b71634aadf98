//! Properties of the campaign-file parser: no text makes it panic, whatever the front
//! matter holds; any valid campaign, written as a file, reads back with its values (trimmed);
//! and each kind of wrong value is refused with its own error.

use proptest::prelude::*;

use super::{CampaignFile, CampaignFileError};
use crate::domain::Target;

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text that is not blank once trimmed.
fn filled() -> impl Strategy<Value = String> {
    any::<String>().prop_filter("not blank", |s| !s.trim().is_empty())
}

fn slug() -> impl Strategy<Value = String> {
    proptest::collection::vec("[a-z0-9]{1,8}", 1..5).prop_map(|parts| parts.join("-"))
}

/// A UTC time within years 1970 to 9999, as TOML writes it and as the parser stores it.
fn when() -> impl Strategy<Value = (String, chrono::NaiveDateTime)> {
    (0i64..253_402_300_799).prop_map(|seconds| {
        let at = chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default();
        (at.format("%Y-%m-%dT%H:%M:%SZ").to_string(), at.naive_utc())
    })
}

#[derive(Debug, Clone)]
struct Fields {
    slug: String,
    headline: String,
    author_name: String,
    kicker: Option<String>,
    summary: Option<String>,
    author_role: Option<String>,
    attribution: Option<String>,
    goal: i64,
    featured: bool,
    opens: Option<(String, chrono::NaiveDateTime)>,
    closes: Option<(String, chrono::NaiveDateTime)>,
    targets: Vec<String>,
    threshold: Option<f64>,
    caption: Option<String>,
    body: String,
}

fn fields() -> impl Strategy<Value = Fields> {
    let texts = (
        slug(),
        filled(),
        filled(),
        proptest::option::of(any::<String>()),
        proptest::option::of(any::<String>()),
        proptest::option::of(any::<String>()),
        proptest::option::of(any::<String>()),
    );
    let rest = (
        1i64..,
        any::<bool>(),
        proptest::option::of(when()),
        proptest::option::of(when()),
        proptest::sample::subsequence(
            vec![
                "own-mp",
                "prime-minister",
                "foreign-secretary",
                "mp-e14001172",
            ],
            0..=4,
        ),
        proptest::option::of(0.0f64..=1.0),
        proptest::option::of(filled()),
        filled().prop_filter("no closing +++ line", |b| !b.contains("\n+++")),
    );
    (texts, rest).prop_map(
        |(
            (slug, headline, author_name, kicker, summary, author_role, attribution),
            (goal, featured, opens, closes, targets, threshold, caption, body),
        )| Fields {
            slug,
            headline,
            author_name,
            kicker,
            summary,
            author_role,
            attribution,
            goal,
            featured,
            opens,
            closes,
            targets: targets.into_iter().map(str::to_owned).collect(),
            threshold,
            caption,
            body,
        },
    )
}

/// The campaign file for `fields`, with `extra` lines added to the front matter.
fn file_of(f: &Fields, extra: &str) -> String {
    let mut front = format!(
        "slug = {}\nheadline = {}\nauthor_name = {}\ngoal = {}\nfeatured = {}\n",
        toml_string(&f.slug),
        toml_string(&f.headline),
        toml_string(&f.author_name),
        f.goal,
        f.featured
    );
    let optional = [
        ("kicker", &f.kicker),
        ("summary", &f.summary),
        ("author_role", &f.author_role),
        ("attribution", &f.attribution),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            front.push_str(&format!("{key} = {}\n", toml_string(value)));
        }
    }
    if let Some((text, _)) = &f.opens {
        front.push_str(&format!("opens_at = {text}\n"));
    }
    if let Some((text, _)) = &f.closes {
        front.push_str(&format!("closes_at = {text}\n"));
    }
    let targets: Vec<String> = f.targets.iter().map(|t| toml_string(t)).collect();
    front.push_str(&format!("targets = [{}]\n", targets.join(", ")));
    if let Some(threshold) = f.threshold {
        front.push_str(&format!("similarity_threshold = {threshold:?}\n"));
    }
    front.push_str(extra);
    if let Some(caption) = &f.caption {
        front.push_str(&format!("[image]\ncaption = {}\n", toml_string(caption)));
    }
    format!("+++\n{front}+++\n{}", f.body)
}

fn trimmed(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// A TOML value of some kind, sensible or not.
fn toml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>().prop_map(|s| toml_string(&s)),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|x| format!("{x:?}")),
        Just("nan".to_owned()),
        Just("-inf".to_owned()),
        Just("99999999999999999999999".to_owned()),
        any::<bool>().prop_map(|b| b.to_string()),
        Just("1979-05-27".to_owned()),
        Just("07:32:00".to_owned()),
        Just("0000-01-01T00:00:00Z".to_owned()),
        Just("9999-12-31T23:59:59.999999999+23:59".to_owned()),
        Just("[\"own-mp\", 1, [2]]".to_owned()),
        Just("{ file = \"../x\", caption = \"c\" }".to_owned()),
        Just("{ file = \"/etc/passwd\" }".to_owned()),
        "[ -~]{0,20}",
    ]
}

const KEYS: &[&str] = &[
    "slug",
    "kicker",
    "headline",
    "summary",
    "image",
    "author_name",
    "author_role",
    "attribution",
    "goal",
    "featured",
    "opens_at",
    "closes_at",
    "targets",
    "similarity_threshold",
    "unknown",
];

proptest! {
    #[test]
    fn no_text_makes_the_parser_panic(text in any::<String>()) {
        let _ = CampaignFile::parse(&text);
        let _ = CampaignFile::parse(&format!("+++\n{}\n+++\nBody", text));
        let _ = CampaignFile::parse(&format!("\u{feff}+++\r\n{}", text));
    }

    #[test]
    fn no_front_matter_makes_the_parser_panic(
        lines in proptest::collection::vec((proptest::sample::select(KEYS), toml_value()), 0..16),
        body in any::<String>(),
    ) {
        let front: String = lines.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
        match CampaignFile::parse(&format!("+++\n{}+++\n{}", front, body)) {
            Ok(file) => {
                prop_assert!(file.goal >= 1);
                prop_assert!(!file.headline.is_empty() && !file.body_markdown.is_empty());
                prop_assert!((0..=1000).contains(&file.similarity_threshold));
            }
            Err(error) => {
                let _ = (error.to_string(), error.field());
            }
        }
    }

    #[test]
    fn a_valid_campaign_reads_back_from_its_file(f in fields()) {
        let ordered = match (&f.opens, &f.closes) {
            (Some((_, opens)), Some((_, closes))) => closes > opens,
            _ => true,
        };
        let parsed = CampaignFile::parse(&file_of(&f, ""));
        if !ordered {
            prop_assert!(matches!(parsed, Err(CampaignFileError::ClosesBeforeOpening)));
            return Ok(());
        }
        let parsed = parsed.map_err(|e| e.to_string());
        prop_assert!(parsed.is_ok(), "{:?}", parsed);
        let c = parsed.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(c.slug.as_str(), f.slug.as_str());
        prop_assert_eq!(c.headline.as_str(), f.headline.trim());
        prop_assert_eq!(c.author_name.as_str(), f.author_name.trim());
        prop_assert_eq!(c.kicker, trimmed(&f.kicker));
        prop_assert_eq!(c.summary, trimmed(&f.summary));
        prop_assert_eq!(c.author_role, trimmed(&f.author_role));
        prop_assert_eq!(c.attribution, trimmed(&f.attribution));
        prop_assert_eq!(c.goal, f.goal);
        prop_assert_eq!(c.featured, f.featured);
        prop_assert_eq!(c.opens_at, f.opens.map(|(_, at)| at));
        prop_assert_eq!(c.closes_at, f.closes.map(|(_, at)| at));
        let targets: Vec<Target> = f.targets.iter().filter_map(|t| Target::parse(t).ok()).collect();
        prop_assert_eq!(c.targets, targets);
        let threshold = f.threshold.map_or(800, |t| (t * 1000.0).round() as i32);
        prop_assert_eq!(c.similarity_threshold, threshold);
        prop_assert_eq!(c.image.and_then(|i| i.caption), trimmed(&f.caption));
        prop_assert_eq!(c.body_markdown.as_str(), f.body.trim());
    }

    #[test]
    fn each_wrong_value_is_refused_with_its_own_error(
        f in fields(),
        goal in i64::MIN..=0,
        threshold in prop_oneof![1.0001f64..1e300, -1e300..-0.0001f64],
        slug in "[A-Z_./]{1,3}[a-z]{0,5}",
    ) {
        let f = Fields { opens: None, closes: None, ..f };
        let wrong_goal = Fields { goal, ..f.clone() };
        prop_assert!(matches!(CampaignFile::parse(&file_of(&wrong_goal, "")), Err(CampaignFileError::Goal)));
        let wrong_threshold = Fields { threshold: Some(threshold), ..f.clone() };
        prop_assert!(matches!(CampaignFile::parse(&file_of(&wrong_threshold, "")), Err(CampaignFileError::Threshold)));
        let wrong_slug = Fields { slug, ..f.clone() };
        prop_assert!(matches!(CampaignFile::parse(&file_of(&wrong_slug, "")), Err(CampaignFileError::Slug(_))));
        let unknown = file_of(&f, "colour = \"red\"\n");
        prop_assert!(matches!(CampaignFile::parse(&unknown), Err(CampaignFileError::FrontMatter(_))));
        let escaping = Fields { caption: None, ..f.clone() };
        let image = file_of(&escaping, "[image]\nfile = \"images/../../secret\"\n");
        prop_assert!(matches!(CampaignFile::parse(&image), Err(CampaignFileError::ImagePath)));
    }
}
