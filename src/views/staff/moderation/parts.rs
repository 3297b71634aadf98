//! Pieces of the moderation pages: a letter's facts, the letter as written or as changes
//! from the featured letter, its history and times, all as escaped text (whatever HTML a writer typed stays text).

use chrono::NaiveDateTime;
use maud::{html, Markup};

use crate::db::models::letter::LetterStatus;
use crate::domain::letter_text::paragraphs;
use crate::letters::diff::Segment;
use crate::letters::moderation::RejectReason;
use crate::letters::review::Review;
use crate::letters::similarity;

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

/// The letter itself: as written when it is mostly the writer's own words, with the
/// changes from the featured letter one click away; otherwise the changes first, with the
/// letter as written one click away. `level` is the heading level (2 or 3); `key` adds
/// what the diff markup means.
pub fn letter_body(review: &Review, level: u8, key: bool) -> Markup {
    let written = html! {
        div.letter-text { @for paragraph in paragraphs(&review.letter.body) { p { (paragraph) } } }
    };
    let diff = html! { @if key { (diff_key()) } (changes(review)) };
    let (heading, other) = if review.own_words {
        (
            "The letter as written (mostly the writer’s own words)",
            "Show the changes from the featured letter",
        )
    } else {
        (
            "The letter, as changes to the featured letter",
            "Show the letter as written",
        )
    };
    html! {
        @if level == 2 { h2 { (heading) } } @else { h3 { (heading) } }
        @if review.own_words {
            (written)
            details.other-view { summary { (other) } (diff) }
        } @else {
            (diff)
            details.other-view { summary { (other) } (written) }
        }
    }
}

/// What moderators did to the letter, oldest first: who (by email), when, what and why.
pub fn history(review: &Review) -> Markup {
    html! {
        h2 #history { "History" }
        @if review.history.is_empty() {
            p { "No moderator has acted on this letter yet." }
        } @else {
            ol.history {
                @for event in &review.history {
                    @let entry = &event.entry;
                    li {
                        p {
                            strong { (event_words(&entry.action)) } " by " (entry.actor) ", " (time(entry.created_at))
                        }
                        @if let Some(reason) = entry.reason.as_deref() {
                            p { (reason_label(&entry.action)) ": " (reason_words(&entry.action, reason)) }
                        }
                        @if let Some(note) = event.note.as_deref() {
                            p { "Note to the writer: " }
                            blockquote.note { (note) }
                        }
                    }
                }
            }
        }
    }
}

/// A moderation action in words.
pub fn event_words(action: &str) -> &str {
    match action {
        "letter.approve" => "Approved",
        "letter.reject" => "Rejected",
        "letter.hide" => "Hidden from the campaign’s page",
        "letter.restore" => "Shown again on the campaign’s page",
        "letter.redact" => "Edited before approval",
        other => other,
    }
}

fn reason_label(action: &str) -> &'static str {
    match action {
        "letter.hide" => "Reason for hiding",
        "letter.restore" => "Reason for showing it again",
        "letter.redact" => "What was changed and why",
        _ => "Reason",
    }
}

/// A stored reason in words: a rejection's code becomes its label.
pub fn reason_words<'a>(action: &str, reason: &'a str) -> &'a str {
    match (action, RejectReason::parse(reason)) {
        ("letter.reject", Some(known)) => known.label(),
        _ => reason,
    }
}
