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
use crate::i18n::Arg;
use crate::i18n::Lang;
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
        lang.t("staff-mod-queue-error-title")
    } else {
        lang.t("staff-mod-queue-title")
    };
    let body = html! {
        section.moderation {
            h1 { (lang.t("staff-mod-queue-title")) }
            @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
            (controls::summary(lang, page.bulk.as_ref(), "bulk"))
            @if let Some(errors) = page.filter_errors {
                div.error-summary role="alert" tabindex="-1" {
                    h2 { (lang.t("staff-mod-check-filter")) }
                    ul { @for (field, message) in errors.messages(lang) {
                        li { a href={ "#filter-" (field) } { (message) } }
                    } }
                }
            }
            (filters::form(lang, page.form, page.campaigns, page.filter_errors))
            p.small { a href="/staff/moderation/notes" { (lang.t("staff-mod-notes-title")) } }
            @match page.queue {
                None => p { (lang.t("staff-mod-fix-filter")) },
                Some(queue) => (listing(staff, page, queue)),
            }
        }
    };
    layout::page(staff, &title, body)
}

/// How many letters match, and which of them this page shows.
fn count(lang: Lang, queue: &Queue, filtered: bool, first: i64, last: i64) -> String {
    match i64::try_from(queue.total).unwrap_or(i64::MAX) {
        0 if !filtered => lang.t("staff-mod-queue-empty"),
        0 => lang.t("staff-mod-queue-none-match"),
        total if queue.pages() > 1 => {
            let n = |n: i64| Arg::from(lang.number(n));
            layout::counted(
                lang,
                "staff-mod-queue-match-pages",
                total,
                &[
                    ("first", n(first)),
                    ("last", n(last)),
                    ("page", n(queue.page)),
                    ("pages", n(queue.pages())),
                ],
            )
        }
        total => layout::counted(lang, "staff-mod-queue-match", total, &[]),
    }
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
        p #queue-count { (count(lang, queue, !back.is_empty(), first, last)) }
        @if pending && queue.unconfirmed > 0 {
            p.small #unconfirmed { (layout::counted(lang, "staff-mod-queue-unconfirmed", queue.unconfirmed, &[])) }
        }
        @if !queue.waiting.is_empty() {
            @if pending {
                (controls::bulk_top(lang, &queue.saved_notes, &format!("{here}select=all#bulk-top"), &format!("{}#bulk-top", here.trim_end_matches(['&', '?']))))
            }
            (parts::diff_key(lang))
            ol.queue start=(first) {
                @for review in &queue.waiting {
                    li { (queued(staff, review, page.checked.contains(&review.letter.id), &queue.saved_notes)) }
                }
            }
            @if pending {
                (controls::bulk(staff, page.bulk.as_ref(), &queue.saved_notes, &back))
            }
            (pager(lang, page.form, queue))
        }
        @if pending { (published(lang, queue)) }
    }
}

/// Links to the other pages of the letters the filter keeps.
fn pager(lang: Lang, form: &QueueForm, queue: &Queue) -> Markup {
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
            nav.pager aria-label=(lang.t("staff-mod-pages")) {
                ul {
                    @if queue.page > 1 { li { a href=(link(queue.page - 1)) rel="prev" { (lang.t("staff-mod-page-previous")) } } }
                    li { (lang.t_args("staff-mod-page-of", &[("page", lang.number(queue.page).into()), ("pages", lang.number(pages).into())])) }
                    @if queue.page < pages { li { a href=(link(queue.page + 1)) rel="next" { (lang.t("staff-mod-page-next")) } } }
                }
            }
        }
    }
}

fn queued(staff: &Staff, review: &Review, checked: bool, notes: &[SavedNote]) -> Markup {
    let lang = staff.lang;
    let id = review.letter.id;
    let heading = format!("letter-{id}-heading");
    let pending = review.letter.status() == LetterStatus::Pending;
    html! {
        article.review aria-labelledby=(heading) {
            h2 id=(heading) {
                a href={ "/staff/moderation/" (id) } { (review.letter.subject) }
                span.small { " · " (lang.t_args("staff-mod-letter-number", &[("id", id.to_string().into())])) }
            }
            @if pending {
                (controls::select(lang, id, checked))
                (controls::claim(staff, id, review.claim.as_ref()))
            } @else {
                p { (parts::status_line(lang, review.letter.status())) }
            }
            (parts::facts(lang, review))
            (parts::letter_body(lang, review, 3, false))
            @if pending { (controls::decide(staff, id, None, notes)) }
        }
    }
}

fn published(lang: Lang, queue: &Queue) -> Markup {
    html! {
        @if !queue.published.is_empty() {
            (crate::views::table_scroll::region(&lang.t("staff-mod-published"), html! {
                table.staff-table {
                    caption { (lang.t("staff-mod-published-caption")) }
                    thead { tr {
                        th scope="col" { (lang.t("staff-mod-published-letter")) }
                        th scope="col" { (lang.t("staff-mod-published-shown-as")) }
                        th scope="col" { (lang.t("staff-mod-published-approved")) }
                    } }
                    tbody {
                        @for letter in &queue.published {
                            tr {
                                th scope="row" { a href={ "/staff/moderation/" (letter.id) } { (letter.subject) } }
                                td { (letter.public_name.as_deref().unwrap_or(&letter.writer_name)) }
                                td { @if let Some(at) = letter.decided_at { (parts::time(lang, at)) } }
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
    let heading = lang.t_args(
        "staff-mod-letter-heading",
        &[
            ("id", id.to_string().into()),
            ("subject", letter.subject.as_str().into()),
        ],
    );
    let body = html! {
        section.moderation {
            p { a href="/staff/moderation" { (lang.t("staff-mod-back")) } }
            h1 { (heading) }
            @if let Some(notice) = page.notice { p.notice-banner role="alert" { (notice) } }
            (controls::summary(lang, page.typed.as_ref(), &prefix))
            @if let Some(redacting) = &page.redacting {
                (controls::summary(lang, Some(&Typed { reason: "", note: "", errors: redacting.errors }), "redact"))
            }
            p {
                (parts::status_line(lang, status))
                @if let (Some(at), true) = (letter.decided_at, status != LetterStatus::Pending) { " (" (parts::time(lang, at)) ")" }
            }
            @if status == LetterStatus::Pending { (controls::claim(staff, id, review.claim.as_ref())) }
            (parts::facts(lang, review))
            (parts::letter_body(lang, review, 2, true))
            @if let Some(original) = &review.original_body {
                details.other-view.original {
                    summary { (lang.t("staff-mod-show-original")) }
                    div.letter-text { @for paragraph in paragraphs(original) { p { (paragraph) } } }
                }
            }
            @match status {
                LetterStatus::Pending => {
                    h2 { (lang.t("staff-mod-your-decision")) }
                    (controls::decide(staff, id, page.typed.as_ref(), &review.saved_notes))
                    (controls::redact(staff, id, &letter.body, page.redacting.as_ref()))
                }
                LetterStatus::Approved => (controls::hide(staff, id, page.typed.as_ref())),
                LetterStatus::Hidden => (controls::restore(staff, id, page.typed.as_ref())),
                _ => {}
            }
            (parts::history(lang, review))
        }
    };
    let title = if page.typed.is_some() || page.redacting.is_some() {
        lang.t_args("staff-mod-error-title", &[("title", heading.into())])
    } else {
        heading
    };
    layout::page(staff, &title, body)
}
