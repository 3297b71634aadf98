//! The sentences moderators read after acting: what was done, or why nothing was.

use crate::db::models::letter::LetterStatus;

/// What an action did, from the queue's `?done=…&count=…&skipped=…` words.
pub fn done(done: &str, count: usize, skipped: usize) -> Option<String> {
    let one = count == 1;
    let did = match (done, count) {
        ("approved" | "rejected", 0) => "Nothing was changed.".to_owned(),
        ("approved", _) if one => {
            "Letter approved. Its writer has been emailed and its deliveries have started."
                .to_owned()
        }
        ("approved", n) => format!(
            "{n} letters approved. Their writers have been emailed and their deliveries have started."
        ),
        ("rejected", _) if one => "Letter rejected. Its writer has been emailed the reason.".to_owned(),
        ("rejected", n) => {
            format!("{n} letters rejected. Their writers have been emailed the reason.")
        }
        ("hidden", _) => "Letter hidden. It no longer appears on the campaign’s page.".to_owned(),
        ("restored", _) => {
            "Letter shown again. It is back on the campaign’s page; its writer was not emailed."
                .to_owned()
        }
        ("redacted", _) => "Letter edited and approved. Its writer has been emailed what was changed and why, and its deliveries have started.".to_owned(),
        _ => return None,
    };
    Some(match skipped {
        0 => did,
        1 => format!("{did} 1 ticked letter was no longer waiting for moderation, so it was left as it was."),
        n => format!("{did} {n} ticked letters were no longer waiting for moderation, so they were left as they were."),
    })
}

/// Why an action on one letter changed nothing: the letter is in `status`.
pub fn unchanged(hiding: bool, status: LetterStatus) -> String {
    let state = match status {
        LetterStatus::Draft => "is still a draft its writer has not sent",
        LetterStatus::Unconfirmed => "is waiting for its writer to confirm their email address",
        LetterStatus::Pending => "is waiting for moderation",
        LetterStatus::Approved => "has already been approved",
        LetterStatus::Rejected => "has already been rejected",
        LetterStatus::Hidden => "has already been hidden",
        LetterStatus::Withdrawn => "has been deleted by its writer",
    };
    if hiding {
        format!(
            "Only an approved letter can be hidden, and this letter {state}. Nothing was changed."
        )
    } else {
        format!("This letter is no longer waiting for moderation: it {state}. Nothing was changed.")
    }
}

/// Why showing a letter again changed nothing: only a hidden letter can be, and this one is
/// in `status`.
pub fn not_hidden(status: LetterStatus) -> String {
    let state = match status {
        LetterStatus::Approved => "is already shown",
        _ => "is not hidden",
    };
    format!(
        "Only a hidden letter can be shown again, and this letter {state}. Nothing was changed."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_count_letters_and_skips() {
        assert!(done("approved", 1, 0)
            .unwrap()
            .starts_with("Letter approved."));
        assert!(done("approved", 2, 0)
            .unwrap()
            .starts_with("2 letters approved."));
        let partly = done("rejected", 2, 1).unwrap();
        assert!(
            partly.contains("1 ticked letter was no longer waiting"),
            "{partly}"
        );
        assert!(done("approved", 0, 3)
            .unwrap()
            .starts_with("Nothing was changed. 3 ticked letters"));
        assert_eq!(done("boom", 1, 0), None);
        assert!(unchanged(false, LetterStatus::Approved).contains("already been approved"));
        assert!(unchanged(true, LetterStatus::Pending).starts_with("Only an approved letter"));
    }
}
