//! The moderation pages: the queue of letters waiting, oldest first, each shown as changes
//! to the featured letter (or as written, when mostly the writer's own words) with its own
//! decision controls and a tick box for bulk actions; and one letter in full, with its
//! history.

pub mod controls;
pub mod notices;
pub mod parts;

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;
use crate::db::models::letter::LetterStatus;
use crate::domain::letter_text::paragraphs;
use crate::letters::review::{Queue, Review};
pub use controls::{Redacting, Typed};

/// The queue page, with what the bulk form sent when it came back with errors.
pub struct QueuePage<'a> {
    pub queue: &'a Queue,
    /// What the last action did, in a sentence.
    pub notice: Option<&'a str>,
    /// Letters to show ticked.
    pub checked: &'a [i64],
    pub bulk: Option<Typed<'a>>,
}

pub fn queue(staff: &Staff, page: &QueuePage<'_>) -> Markup {
    let queue = page.queue;
    let title = if page.bulk.is_some() {
        "Error: Letters to moderate"
    } else {
        "Letters to moderate"
    };
    let body = html! {
        section.moderation {
            h1 { "Letters to moderate" }
            @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
            (controls::summary(page.bulk.as_ref(), "bulk"))
            @match queue.total {
                0 => p { "No letters are waiting for moderation." },
                1 => p { "1 letter is waiting." },
                n => p { (n) " letters are waiting, oldest first." },
            }
            @match queue.unconfirmed {
                0 => {},
                1 => p.small #unconfirmed { "1 more letter waits for its writer to confirm their email address: it joins the queue once they do." },
                n => p.small #unconfirmed { (n) " more letters wait for their writers to confirm their email address: each joins the queue once its writer does." },
            }
            @if queue.waiting.len() < queue.total {
                p.small { "Showing the oldest " (queue.waiting.len()) ". Decide on these to see the rest." }
            }
            @if !queue.waiting.is_empty() {
                (parts::diff_key())
                ol.queue {
                    @for review in &queue.waiting {
                        li { (queued(staff, review, page.checked.contains(&review.letter.id))) }
                    }
                }
                (controls::bulk(staff, page.bulk.as_ref()))
            }
            (published(queue))
        }
    };
    layout::page(staff, title, body)
}

fn queued(staff: &Staff, review: &Review, checked: bool) -> Markup {
    let id = review.letter.id;
    let heading = format!("letter-{id}-heading");
    html! {
        article.review aria-labelledby=(heading) {
            h2 id=(heading) {
                a href={ "/staff/moderation/" (id) } { (review.letter.subject) }
                span.small { " · letter " (id) }
            }
            (controls::select(id, checked))
            (parts::facts(review))
            (parts::letter_body(review, 3, false))
            (controls::decide(staff, id, None))
        }
    }
}

fn published(queue: &Queue) -> Markup {
    html! {
        @if !queue.published.is_empty() {
            (crate::views::table_scroll::region("Recently published letters", html! {
                table.staff-table {
                    caption { "Recently published letters (open one to hide it)" }
                    thead { tr {
                        th scope="col" { "Letter" }
                        th scope="col" { "Shown as" }
                        th scope="col" { "Approved" }
                    } }
                    tbody {
                        @for letter in &queue.published {
                            tr {
                                th scope="row" { a href={ "/staff/moderation/" (letter.id) } { (letter.subject) } }
                                td { (letter.public_name.as_deref().unwrap_or(&letter.writer_name)) }
                                td { @if let Some(at) = letter.decided_at { (parts::time(at)) } }
                            }
                        }
                    }
                }
            }))
        }
    }
}

/// One letter's page; `notice` says why the moderator is seeing it again, if they are.
pub struct LetterPage<'a> {
    pub review: &'a Review,
    pub notice: Option<&'a str>,
    pub typed: Option<Typed<'a>>,
    /// What the redaction form sent when it came back with errors.
    pub redacting: Option<Redacting<'a>>,
}

pub fn letter(staff: &Staff, page: &LetterPage<'_>) -> Markup {
    let review = page.review;
    let letter = &review.letter;
    let id = letter.id;
    let status = letter.status();
    let prefix = match status {
        LetterStatus::Approved => "hide".to_owned(),
        LetterStatus::Hidden => "restore".to_owned(),
        _ => format!("letter-{id}"),
    };
    let body = html! {
        section.moderation {
            p { a href="/staff/moderation" { "Back to the letters to moderate" } }
            h1 { "Letter " (id) ": " (letter.subject) }
            @if let Some(notice) = page.notice { p.notice-banner role="alert" { (notice) } }
            (controls::summary(page.typed.as_ref(), &prefix))
            @if let Some(redacting) = &page.redacting {
                (controls::summary(Some(&Typed { reason: "", note: "", errors: redacting.errors }), "redact"))
            }
            p {
                strong { "Status: " } (parts::status_words(status))
                @if let (Some(at), true) = (letter.decided_at, status != LetterStatus::Pending) { " (" (parts::time(at)) ")" }
            }
            (parts::facts(review))
            (parts::letter_body(review, 2, true))
            @if let Some(original) = &review.original_body {
                details.other-view.original {
                    summary { "Show the writer’s original text (before a moderator edited it)" }
                    div.letter-text { @for paragraph in paragraphs(original) { p { (paragraph) } } }
                }
            }
            @match status {
                LetterStatus::Pending => {
                    h2 { "Your decision" }
                    (controls::decide(staff, id, page.typed.as_ref()))
                    (controls::redact(staff, id, &letter.body, page.redacting.as_ref()))
                }
                LetterStatus::Approved => (controls::hide(staff, id, page.typed.as_ref())),
                LetterStatus::Hidden => (controls::restore(staff, id, page.typed.as_ref())),
                _ => {}
            }
            (parts::history(review))
        }
    };
    let title = format!(
        "{}Letter {id}: {}",
        if page.typed.is_some() || page.redacting.is_some() {
            "Error: "
        } else {
            ""
        },
        letter.subject
    );
    layout::page(staff, &title, body)
}
