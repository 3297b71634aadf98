//! A word-level diff of a supporter's letter against the featured letter, so a moderator
//! sees at once what the writer added and took away.

use std::time::Duration;

use similar::{Algorithm, ChangeTag, TextDiff};

/// How long one diff may take before it settles for a coarser answer (10,000-character
/// letters take a few milliseconds; this only guards against pathological input).
const TIMEOUT: Duration = Duration::from_millis(250);

/// A run of text that is the same in both letters, added by the writer, or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Same(String),
    Added(String),
    Removed(String),
}

/// The changes that turn `featured` into `letter`, word by word (spaces and line breaks
/// kept), with neighbouring words of the same kind joined into one segment.
pub fn words(featured: &str, letter: &str) -> Vec<Segment> {
    let featured = featured.replace("\r\n", "\n");
    let letter = letter.replace("\r\n", "\n");
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .timeout(TIMEOUT)
        .diff_words(featured.as_str(), letter.as_str());
    let mut segments: Vec<Segment> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (segments.last_mut(), change.tag()) {
            (Some(Segment::Same(run)), ChangeTag::Equal)
            | (Some(Segment::Added(run)), ChangeTag::Insert)
            | (Some(Segment::Removed(run)), ChangeTag::Delete) => run.push_str(text),
            (_, ChangeTag::Equal) => segments.push(Segment::Same(text.to_owned())),
            (_, ChangeTag::Insert) => segments.push(Segment::Added(text.to_owned())),
            (_, ChangeTag::Delete) => segments.push(Segment::Removed(text.to_owned())),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s {
                Segment::Same(t) => t.clone(),
                Segment::Added(t) => format!("[+{t}]"),
                Segment::Removed(t) => format!("[-{t}]"),
            })
            .collect()
    }

    #[test]
    fn an_unchanged_letter_is_one_same_segment() {
        let text = "Dear Minister,\n\nPlease act now.";
        assert_eq!(words(text, text), vec![Segment::Same(text.to_owned())]);
    }

    #[test]
    fn added_and_removed_words_are_marked() {
        let shown = show(&words(
            "We should look at the facts.",
            "We should look hard at what happened.",
        ));
        assert!(shown.starts_with("We should look "), "{shown}");
        assert!(shown.contains("[+hard "), "{shown}");
        assert!(shown.contains("[-the facts.]"), "{shown}");
        assert!(shown.contains("[+what happened.]"), "{shown}");
    }

    #[test]
    fn both_texts_can_be_rebuilt_from_the_segments() {
        let featured = "One two three.\n\nFour five six.";
        let letter = "One 2 three.\r\n\r\nFour five six seven. <b>Eight</b>";
        let segments = words(featured, letter);
        let (mut old, mut new) = (String::new(), String::new());
        for s in &segments {
            match s {
                Segment::Same(t) => {
                    old.push_str(t);
                    new.push_str(t);
                }
                Segment::Added(t) => new.push_str(t),
                Segment::Removed(t) => old.push_str(t),
            }
        }
        assert_eq!(old, featured);
        assert_eq!(new, letter.replace("\r\n", "\n"));
    }

    #[test]
    fn empty_texts_give_what_there_is() {
        assert!(words("", "").is_empty());
        assert_eq!(words("", "New"), vec![Segment::Added("New".into())]);
        assert_eq!(words("Old", ""), vec![Segment::Removed("Old".into())]);
    }
}
