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
/// kept), with neighbouring words of the same kind joined into one segment, and each
/// replacement shown as one deletion followed by one insertion.
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
    tidy(segments)
}

/// Joins replacements separated only by spaces, so "the facts" → "what happened" reads as
/// one deletion and one insertion rather than four fragments around a kept space.
fn tidy(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out = Vec::with_capacity(segments.len());
    let (mut removed, mut added) = (String::new(), String::new());
    let mut rest = segments.into_iter().peekable();
    while let Some(segment) = rest.next() {
        match segment {
            Segment::Removed(text) => removed.push_str(&text),
            Segment::Added(text) => added.push_str(&text),
            Segment::Same(text) => {
                let replacing = !removed.is_empty() && !added.is_empty();
                if replacing && text.trim().is_empty() && rest.peek().is_some() {
                    removed.push_str(&text);
                    added.push_str(&text);
                    continue;
                }
                flush(&mut out, &mut removed, &mut added);
                out.push(Segment::Same(text));
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

fn flush(out: &mut Vec<Segment>, removed: &mut String, added: &mut String) {
    if !removed.is_empty() {
        out.push(Segment::Removed(std::mem::take(removed)));
    }
    if !added.is_empty() {
        out.push(Segment::Added(std::mem::take(added)));
    }
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
        assert!(shown.contains("[+hard ]at "), "{shown}");
        assert!(shown.ends_with("[-the facts.][+what happened.]"), "{shown}");
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
