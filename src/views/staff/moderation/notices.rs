//! The sentences moderators read after acting: what was done, or why nothing was, in the
//! staff member's language.

use crate::db::models::letter::LetterStatus;
use crate::i18n::{Arg, Lang};

fn counted(lang: Lang, id: &str, n: usize, more: &[(&str, Arg<'_>)]) -> String {
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    super::super::layout::counted(lang, id, n, more)
}

/// What an action did, from the queue's `?done=…&count=…&skipped=…` words.
pub fn done(lang: Lang, done: &str, count: usize, skipped: usize) -> Option<String> {
    let did = match (done, count) {
        ("approved" | "rejected", 0) => lang.t("staff-mod-done-nothing"),
        ("approved", n) => counted(lang, "staff-mod-done-approved", n, &[]),
        ("rejected", n) => counted(lang, "staff-mod-done-rejected", n, &[]),
        ("hidden", _) => lang.t("staff-mod-done-hidden"),
        ("restored", _) => lang.t("staff-mod-done-restored"),
        ("redacted", _) => lang.t("staff-mod-done-redacted"),
        _ => return None,
    };
    Some(match skipped {
        0 => did,
        n => counted(lang, "staff-mod-done-skipped", n, &[("did", did.into())]),
    })
}

/// Why an action on one letter changed nothing: the letter is in `status`.
pub fn unchanged(lang: Lang, hiding: bool, status: LetterStatus) -> String {
    let id = if hiding {
        "staff-mod-unchanged-hiding"
    } else {
        "staff-mod-unchanged"
    };
    lang.t_args(id, &[("status", status.as_str().into())])
}

/// Why showing a letter again changed nothing: only a hidden letter can be, and this one is
/// in `status`.
pub fn not_hidden(lang: Lang, status: LetterStatus) -> String {
    lang.t_args(
        "staff-mod-not-hidden",
        &[("status", status.as_str().into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_count_letters_and_skips() {
        let en = Lang::En;
        assert!(done(en, "approved", 1, 0)
            .unwrap()
            .starts_with("Letter approved."));
        assert!(done(en, "approved", 2, 0)
            .unwrap()
            .starts_with("2 letters approved."));
        let partly = done(en, "rejected", 2, 1).unwrap();
        assert!(
            partly.contains("1 ticked letter was no longer waiting"),
            "{partly}"
        );
        assert!(done(en, "approved", 0, 3)
            .unwrap()
            .starts_with("Nothing was changed. 3 ticked letters"));
        assert_eq!(done(en, "boom", 1, 0), None);
        assert!(unchanged(en, false, LetterStatus::Approved).contains("already been approved"));
        assert!(unchanged(en, true, LetterStatus::Pending).starts_with("Only an approved letter"));
        let ru = done(Lang::Ru, "approved", 21, 0).unwrap();
        assert!(ru.starts_with("21 письмо одобрено"), "{ru}");
        let cy = done(Lang::Cy, "rejected", 2, 0).unwrap();
        assert!(cy.starts_with("Gwrthodwyd 2 lythyr"), "{cy}");
    }
}
