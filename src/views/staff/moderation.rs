//! The moderation pages: the queue of letters waiting, oldest first, each shown as changes
//! to the featured letter (or as written, when mostly the writer's own words) with its own
//! decision controls and a tick box for bulk actions; and one letter in full, with its
//! history.

pub mod controls;
mod filters;
pub mod notices;
pub mod parts;
pub mod saved_notes;

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::db::models::letter::LetterStatus;
use crate::db::models::saved_note::SavedNote;
use crate::domain::letter_text::paragraphs;
use crate::forms::queue_filter::QueueForm;
use crate::forms::FieldErrors;
use crate::letters::review::{Queue, Review};
pub use controls::{Redacting, Typed};

/// The queue page: the filter, this page of letters, and what the bulk form sent when it
/// came back with errors.
pub struct QueuePage<'a> {
    /// `None` when the filter has errors.
    pub queue: Option<&'a Queue>,
    pub form: &'a QueueForm,
    pub campaigns: &'a [Campaign],
    pub filter_errors: Option<&'a FieldErrors>,
    /// What the last action did, in a sentence.
    pub notice: Option<&'a str>,
    /// Letters to show ticked.
    pub checked: &'a [i64],
    pub bulk: Option<Typed<'a>>,
}

pub fn queue(staff: &Staff, page: &QueuePage<'_>) -> Markup {
    let lang = staff.lang;
    let title = if page.bulk.is_some() || page.filter_errors.is_some() {
        "Error: Letters to moderate"
    } else {
        "Letters to moderate"
    };
    let body = html! {
        section.moderation {
            h1 { "Letters to moderate" }
            @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
            (controls::summary(lang, page.bulk.as_ref(), "bulk"))
            @if let Some(errors) = page.filter_errors {
                div.error-summary role="alert" tabindex="-1" {
                    h2 { "Please check the filter" }
                    ul { @for (field, message) in errors.messages(lang) {
                        li { a href={ "#filter-" (field) } { (message) } }
                    } }
                }
            }
            (filters::form(lang, page.form, page.campaigns, page.filter_errors))
            p.small { a href="/staff/moderation/notes" { "Saved notes to writers" } }
            @match page.queue {
                None => p { "Fix the filter above to see letters." },
                Some(queue) => (listing(staff, page, queue)),
            }
        }
    };
    layout::page(staff, title, body)
}

fn listing(staff: &Staff, page: &QueuePage<'_>, queue: &Queue) -> Markup {
    let lang = staff.lang;
    let pending = page.form.status.trim().is_empty() || page.form.status.trim() == "pending";
    let back = page.form.with_page(queue.page);
    let here = if back.is_empty() {
        "/staff/moderation?".to_owned()
    } else {
        format!("/staff/moderation?{back}&")
    };
    let first = (queue.page - 1) * queue.per_page + 1;
    let last = first + queue.waiting.len() as i64 - 1;
    html! {
        @match queue.total {
            0 if back.is_empty() => p #queue-count { "No letters are waiting for moderation." },
            0 => p #queue-count { "No letters match." },
            1 => p #queue-count { "1 letter matches." },
            n => p #queue-count { (n) " letters match, oldest first." @if queue.pages() > 1 { " Showing " (first) "–" (last) ", page " (queue.page) " of " (queue.pages()) "." } },
        }
        @if pending {
            @match queue.unconfirmed {
                0 => {},
                1 => p.small #unconfirmed { "1 more letter waits for its writer to confirm their email address: it joins the queue once they do." },
                n => p.small #unconfirmed { (n) " more letters wait for their writers to confirm their email address: each joins the queue once its writer does." },
            }
        }
        @if !queue.waiting.is_empty() {
            @if pending {
                (controls::bulk_top(lang, &queue.saved_notes, &format!("{here}select=all#bulk-top"), &format!("{}#bulk-top", here.trim_end_matches(['&', '?']))))
            }
            (parts::diff_key())
            ol.queue start=(first) {
                @for review in &queue.waiting {
                    li { (queued(staff, review, page.checked.contains(&review.letter.id), &queue.saved_notes)) }
                }
            }
            @if pending {
                (controls::bulk(staff, page.bulk.as_ref(), &queue.saved_notes, &back))
            }
            (pager(page.form, queue))
        }
        @if pending { (published(queue)) }
    }
}

/// Links to the other pages of the letters the filter keeps.
fn pager(form: &QueueForm, queue: &Queue) -> Markup {
    let pages = queue.pages();
    let link = |n: i64| {
        let query = form.with_page(n);
        if query.is_empty() {
            "/staff/moderation".to_owned()
        } else {
            format!("/staff/moderation?{query}")
        }
    };
    html! {
        @if pages > 1 {
            nav.pager aria-label="Pages of letters" {
                ul {
                    @if queue.page > 1 { li { a href=(link(queue.page - 1)) rel="prev" { "Previous page" } } }
                    li { "Page " (queue.page) " of " (pages) }
                    @if queue.page < pages { li { a href=(link(queue.page + 1)) rel="next" { "Next page" } } }
                }
            }
        }
    }
}

fn queued(staff: &Staff, review: &Review, checked: bool, notes: &[SavedNote]) -> Markup {
    let id = review.letter.id;
    let heading = format!("letter-{id}-heading");
    let pending = review.letter.status() == LetterStatus::Pending;
    html! {
        article.review aria-labelledby=(heading) {
            h2 id=(heading) {
                a href={ "/staff/moderation/" (id) } { (review.letter.subject) }
                span.small { " · letter " (id) }
            }
            @if pending {
                (controls::select(id, checked))
                (controls::claim(staff, id, review.claim.as_ref()))
            } @else {
                p { strong { "Status: " } (parts::status_words(review.letter.status())) }
            }
            (parts::facts(review))
            (parts::letter_body(review, 3, false))
            @if pending { (controls::decide(staff, id, None, notes)) }
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
    let lang = staff.lang;
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
            (controls::summary(lang, page.typed.as_ref(), &prefix))
            @if let Some(redacting) = &page.redacting {
                (controls::summary(lang, Some(&Typed { reason: "", note: "", errors: redacting.errors }), "redact"))
            }
            p {
                strong { "Status: " } (parts::status_words(status))
                @if let (Some(at), true) = (letter.decided_at, status != LetterStatus::Pending) { " (" (parts::time(at)) ")" }
            }
            @if status == LetterStatus::Pending { (controls::claim(staff, id, review.claim.as_ref())) }
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
                    (controls::decide(staff, id, page.typed.as_ref(), &review.saved_notes))
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
