//! Pieces of the moderation pages: a letter's facts, its changes from the featured letter
//! and times, all as escaped text (whatever HTML a writer typed stays text).

use chrono::NaiveDateTime;
use maud::{html, Markup};

use crate::db::models::letter::LetterStatus;
use crate::letters::diff::Segment;
use crate::letters::review::Review;
use crate::similarity;

/// A UTC time, readable, with a machine-readable `datetime`.
pub fn time(at: NaiveDateTime) -> Markup {
    html! {
        time datetime=(at.format("%Y-%m-%dT%H:%M:%SZ")) { (at.format("%-d %B %Y, %H:%M")) " UTC" }
    }
}

pub fn status_words(status: LetterStatus) -> &'static str {
    match status {
        LetterStatus::Draft => "a draft",
        LetterStatus::Unconfirmed => {
            "waiting for its writer to confirm their email address (not in the queue yet)"
        }
        LetterStatus::Pending => "waiting for moderation",
        LetterStatus::Approved => "approved",
        LetterStatus::Rejected => "rejected",
        LetterStatus::Hidden => "hidden from the campaign’s page",
        LetterStatus::Withdrawn => "deleted by its writer after it was sent",
    }
}

/// The facts a moderator weighs: when, who from where, to whom, how personal.
pub fn facts(review: &Review) -> Markup {
    let letter = &review.letter;
    let percent = (letter.similarity.clamp(0, 1000) + 5) / 10;
    html! {
        dl.facts {
            dt { "Submitted" }
            dd { @match letter.submitted_at { Some(at) => (time(at)), None => "Not submitted" } }
            dt { "From" }
            dd { (letter.writer_name) @if let Some(place) = &review.place { ", " (place) } }
            dt { "To" }
            dd {
                @if review.recipients.is_empty() { "Nobody: the campaign’s recipients are not set up" }
                ul.recipients { @for r in &review.recipients { li { (r) } } }
            }
            dt { "Like the featured letter" }
            dd {
                strong { (percent) "%" } " · " (similarity::describe(letter.similarity))
                @if review.joint { br; span.small { "A near-copy: it goes to officials as a name on the joint letter." } }
            }
            dt { "Publish" }
            dd {
                @if letter.publish {
                    "Yes, as " q { (letter.public_name.as_deref().unwrap_or(&letter.writer_name)) }
                } @else { "No" }
            }
            dt { "Campaign" }
            dd { a href={ "/campaigns/" (review.campaign_slug) } { (review.campaign_headline) } }
        }
    }
}

/// The letter as the featured letter with the writer's changes marked: `<ins>` for words
/// they added, `<del>` for words they took out.
pub fn changes(review: &Review) -> Markup {
    html! {
        div.diff {
            @for segment in &review.changes {
                @match segment {
                    Segment::Same(text) => (text),
                    Segment::Added(text) => ins { (text) },
                    Segment::Removed(text) => del { (text) },
                }
            }
        }
    }
}

/// What the diff markup means, for sighted readers and screen readers alike.
pub fn diff_key() -> Markup {
    html! {
        p.small.diff-key {
            "Words the writer added are " ins { "underlined" } "; words they took out of the featured letter are " del { "struck through" } "."
        }
    }
}
