//! Finding words a page shows that did not come from the message files: render the page in
//! the pseudo-language `en-XA` (every letter of every message accented) and look for plain
//! ASCII words in what a reader sees or hears.

use scraper::{Html, Node};

/// Words every page may show as they are: names that are the same in every language.
const ALWAYS: [&str; 10] = [
    "WhatsApp",
    "Facebook",
    "Twitter",
    "Missive",
    "English",
    "Cymraeg",
    "Русский",
    "Қазақша",
    "Ƥšéúðó",
    "OSDI",
];

/// Attributes whose text a reader sees or a screen reader speaks.
const SPOKEN: [&str; 5] = [
    "alt",
    "title",
    "placeholder",
    "aria-label",
    "aria-description",
];

/// The text on `html` (text nodes outside `<script>` and `<style>`, spoken attributes, and
/// the words on buttons) that still has a plain ASCII word of two or more letters once
/// every string in `data` (what the test put in: names, campaign text, addresses) is taken
/// out. Empty when the page is wholly translated.
pub fn untranslated(html: &str, data: &[&str]) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut seen = Vec::new();
    for node in document.tree.nodes() {
        match node.value() {
            Node::Text(text) => {
                let hidden = node.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| matches!(e.name(), "script" | "style" | "template"))
                });
                if !hidden {
                    seen.push(text.to_string());
                }
            }
            Node::Element(element) => {
                for name in SPOKEN {
                    if let Some(value) = element.attr(name) {
                        seen.push(value.to_owned());
                    }
                }
                let button = element.name() == "input"
                    && matches!(element.attr("type"), Some("submit" | "button" | "reset"));
                if button {
                    if let Some(value) = element.attr("value") {
                        seen.push(value.to_owned());
                    }
                }
            }
            _ => {}
        }
    }
    let mut data: Vec<&str> = data.iter().copied().chain(ALWAYS).collect();
    // Longest first, so a name is taken out whole before a shorter one inside it.
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    seen.into_iter()
        .map(|text| {
            let mut rest = text.clone();
            for d in &data {
                if !d.is_empty() {
                    rest = rest.replace(d, " ");
                }
            }
            (text, rest)
        })
        .filter(|(_, rest)| has_ascii_word(rest))
        .map(|(text, _)| text.trim().to_owned())
        .collect()
}

fn has_ascii_word(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| word.len() >= 2)
}

/// Fails the test listing every untranslated text on the page at `what`.
pub fn assert_translated(what: &str, html: &str, data: &[&str]) {
    let found = untranslated(html, data);
    assert!(
        found.is_empty(),
        "{what} shows words that are not in the message files:\n  {}",
        found.join("\n  ")
    );
}

/// A campaign file whose every word is Greek, so that on a page in the pseudo-language no
/// organiser's word can pass for an untranslated one (import it with
/// `support::import_campaign`; its page is `/campaigns/pseudo-check`).
pub const GREEK_CAMPAIGN: &str = r#"+++
slug = "pseudo-check"
kicker = "Επιστολή"
headline = "Ελευθερία για τους εργάτες"
summary = "Υπογράψτε την επιστολή."
author_name = "Αλέξης Παπαδόπουλος"
author_role = "Γραμματέας"
attribution = "Δημοσιεύτηκε στις 3 Νοεμβρίου"
goal = 1000
targets = ["own-mp"]

[image]
caption = "Χέρι"
credit = "Φωτογράφος"
licence = "Ελεύθερη"
+++
Πρώτη παράγραφος της επιστολής.

## Υπότιτλος

Δεύτερη παράγραφος.
"#;
