//! Pieces of the moderation pages: a letter's facts, the letter as written or as changes
//! from the featured letter, its history and times, all as escaped text (whatever HTML a
//! writer typed stays text), in the staff member's language.

use chrono::NaiveDateTime;
use maud::{html, Markup};

use crate::db::models::letter::LetterStatus;
use crate::domain::letter_text::paragraphs;
use crate::i18n::Lang;
use crate::letters::diff::Segment;
use crate::letters::moderation::RejectReason;
use crate::letters::review::Review;
use crate::letters::similarity;

/// A UTC time, readable, with a machine-readable `datetime`.
pub fn time(lang: Lang, at: NaiveDateTime) -> Markup {
    html! {
        time datetime=(at.format("%Y-%m-%dT%H:%M:%SZ")) {
            (lang.t_args("staff-mod-time-utc", &[("time", lang.date_time(at).into())]))
        }
    }
}

/// A letter's status in words, as it completes "Status: …".
pub fn status_words(lang: Lang, status: LetterStatus) -> String {
    lang.t_args(
        "staff-mod-status-words",
        &[("status", status.as_str().into())],
    )
}

/// "Status: …", the letter's status in words after a bold label.
pub fn status_line(lang: Lang, status: LetterStatus) -> Markup {
    html! { strong { (lang.t("staff-mod-status-label")) } " " (status_words(lang, status)) }
}

/// How like the featured letter a letter is, in a few words (the bands of
/// `similarity::describe`).
fn likeness(lang: Lang, per_mille: i32) -> String {
    let id = match similarity::describe(per_mille) {
        "Mostly the featured letter" => "staff-mod-like-featured",
        "Partly your own words" => "staff-mod-like-partly",
        "Mostly your own words" => "staff-mod-like-mostly-own",
        _ => "staff-mod-like-own",
    };
    lang.t(id)
}

/// The facts a moderator weighs: when, who from where, to whom, how personal.
pub fn facts(lang: Lang, review: &Review) -> Markup {
    let letter = &review.letter;
    let percent = i64::from((letter.similarity.clamp(0, 1000) + 5) / 10);
    let shown_as = html! { q { (letter.public_name.as_deref().unwrap_or(&letter.writer_name)) } };
    html! {
        dl.facts {
            dt { (lang.t("staff-mod-fact-submitted")) }
            dd { @match letter.submitted_at { Some(at) => (time(lang, at)), None => (lang.t("staff-mod-not-submitted")) } }
            dt { (lang.t("staff-mod-fact-from")) }
            dd {
                @match &review.place {
                    Some(place) => (lang.t_args("staff-mod-from-place", &[("name", letter.writer_name.as_str().into()), ("place", place.as_str().into())])),
                    None => (letter.writer_name),
                }
            }
            dt { (lang.t("staff-mod-fact-to")) }
            dd {
                @if review.recipients.is_empty() && !review.mp_unknown { (lang.t("staff-mod-to-nobody")) }
                ul.recipients {
                    @for r in &review.recipients { li { (r) } }
                    @if review.mp_unknown { li { (lang.t("staff-mod-to-mp-unknown")) } }
                }
            }
            dt { (lang.t("staff-mod-fact-like")) }
            dd {
                strong { (lang.t_args("staff-mod-percent", &[("n", lang.number(percent).into())])) } " · " (likeness(lang, letter.similarity))
                @if review.joint { br; span.small { (lang.t("staff-mod-near-copy")) } }
            }
            dt { (lang.t("staff-mod-fact-publish")) }
            dd {
                @if letter.publish {
                    (lang.markup("staff-mod-publish-as", &[("name", shown_as.into())]))
                } @else { (lang.t("staff-mod-publish-no")) }
            }
            dt { (lang.t("staff-mod-fact-campaign")) }
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
pub fn diff_key(lang: Lang) -> Markup {
    let added = html! { ins { (lang.t("staff-mod-diff-underlined")) } };
    let removed = html! { del { (lang.t("staff-mod-diff-struck")) } };
    html! {
        p.small.diff-key {
            (lang.markup("staff-mod-diff-key", &[("added", added.into()), ("removed", removed.into())]))
        }
    }
}

/// The letter itself: as written when it is mostly the writer's own words, with the
/// changes from the featured letter one click away; otherwise the changes first, with the
/// letter as written one click away. `level` is the heading level (2 or 3); `key` adds
/// what the diff markup means.
pub fn letter_body(lang: Lang, review: &Review, level: u8, key: bool) -> Markup {
    let written = html! {
        div.letter-text { @for paragraph in paragraphs(&review.letter.body) { p { (paragraph) } } }
    };
    let diff = html! { @if key { (diff_key(lang)) } (changes(review)) };
    let (heading, other) = if review.own_words {
        (
            lang.t("staff-mod-body-written"),
            lang.t("staff-mod-body-show-changes"),
        )
    } else {
        (
            lang.t("staff-mod-body-changes"),
            lang.t("staff-mod-body-show-written"),
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
pub fn history(lang: Lang, review: &Review) -> Markup {
    html! {
        h2 #history { (lang.t("staff-mod-history")) }
        @if review.history.is_empty() {
            p { (lang.t("staff-mod-history-none")) }
        } @else {
            ol.history {
                @for event in &review.history {
                    @let entry = &event.entry;
                    li {
                        p {
                            (lang.markup("staff-mod-history-entry", &[
                                ("event", html! { strong { (event_words(lang, &entry.action)) } }.into()),
                                ("actor", entry.actor.as_str().into()),
                                ("time", time(lang, entry.created_at).into()),
                            ]))
                        }
                        @if let Some(reason) = entry.reason.as_deref() {
                            p { (lang.t_args("staff-mod-history-reason", &[
                                ("label", reason_label(lang, &entry.action).into()),
                                ("reason", reason_words(lang, &entry.action, reason).into()),
                            ])) }
                        }
                        @if let Some(note) = event.note.as_deref() {
                            p { (lang.t("staff-mod-history-note")) }
                            blockquote.note { (note) }
                        }
                    }
                }
            }
        }
    }
}

/// A moderation action in words (an action that is not moderation's, as it is stored).
pub fn event_words(lang: Lang, action: &str) -> String {
    let id = match action {
        "letter.approve" => "staff-mod-event-approve",
        "letter.reject" => "staff-mod-event-reject",
        "letter.hide" => "staff-mod-event-hide",
        "letter.restore" => "staff-mod-event-restore",
        "letter.redact" => "staff-mod-event-redact",
        "letter.claim" => "staff-mod-event-claim",
        other => return other.to_owned(),
    };
    lang.t(id)
}

fn reason_label(lang: Lang, action: &str) -> String {
    lang.t(match action {
        "letter.hide" => "staff-mod-reason-hide",
        "letter.restore" => "staff-mod-reason-restore",
        "letter.redact" => "staff-mod-reason-redact",
        _ => "staff-mod-reason",
    })
}

/// How a take-over of a claim is stored in the audit log, before the colleague's email
/// (`web::routes::staff::moderation::claims`).
const TAKEN_OVER: &str = "taken over from ";

/// A rejection reason's name for moderators.
pub fn reject_label(lang: Lang, reason: RejectReason) -> String {
    lang.t_args(
        "staff-mod-reject-label",
        &[("reason", reason.as_str().into())],
    )
}

/// A stored reason in words: a rejection's code becomes its label (anything else is the
/// moderator's own words, as typed).
pub fn reason_words(lang: Lang, action: &str, reason: &str) -> String {
    match (action, RejectReason::parse(reason)) {
        ("letter.reject", Some(known)) => reject_label(lang, known),
        ("letter.claim", _) => match reason.strip_prefix(TAKEN_OVER) {
            Some(from) => lang.t_args("staff-mod-taken-over", &[("email", from.into())]),
            None => reason.to_owned(),
        },
        _ => reason.to_owned(),
    }
}
