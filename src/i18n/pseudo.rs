//! The pseudo-language: English with each letter swapped for an accented one, so text on a
//! page that did not come from the message files (still plain ASCII) is easy to find.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

static ALLOWED: AtomicBool = AtomicBool::new(false);

/// From now on `en-XA` parses as [`super::Lang::Pseudo`] (set once at start-up when the
/// settings ask for it).
pub fn allow() {
    ALLOWED.store(true, Ordering::Relaxed);
}

pub fn allowed() -> bool {
    ALLOWED.load(Ordering::Relaxed)
}

const LOWER: [char; 26] = [
    'á', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ', 'š',
    'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Á', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Ƥ', 'Ǫ', 'Ŕ', 'Š',
    'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// `text` with every ASCII letter accented; everything else as it is.
pub fn accent(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'a'..='z' => LOWER[(c as u8 - b'a') as usize],
            'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
            other => other,
        })
        .collect()
}

/// Fluent's text transform: applied to a message's own words, never to its arguments.
pub fn transform(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_alphabetic()) {
        Cow::Owned(accent(text))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_letters_and_keeps_the_rest() {
        assert_eq!(accent("Sign, 1,234 people!"), "Šíĝñ, 1,234 þéóþĺé!");
        assert!(!accent("The quick brown fox jumps over the lazy dog")
            .bytes()
            .any(|b| b.is_ascii_alphabetic()));
    }
}
