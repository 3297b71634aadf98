//! The saved notes page: the deployment's frequent notes to writers, each with a button to
//! remove it, and a form to add one.

use maud::{html, Markup};

use super::super::layout::{self, counted, csrf};
use super::parts::time;
use crate::auth::Staff;
use crate::db::models::saved_note::SavedNote;
use crate::forms::FieldErrors;
use crate::letters::moderation::NOTE_MAX;

pub struct Page<'a> {
    pub notes: &'a [SavedNote],
    pub notice: Option<&'a str>,
    /// What was typed into the add form, when it came back.
    pub typed: &'a str,
    pub errors: &'a FieldErrors,
}

pub fn page(staff: &Staff, page: &Page<'_>) -> Markup {
    let lang = staff.lang;
    let message = page.errors.message(lang, "body");
    let title = if message.is_some() {
        lang.t("staff-mod-notes-error-title")
    } else {
        lang.t("staff-mod-notes-title")
    };
    let max = i64::try_from(NOTE_MAX).unwrap_or(i64::MAX);
    let body = html! {
        section.moderation {
            p { a href="/staff/moderation" { (lang.t("staff-mod-back")) } }
            h1 { (lang.t("staff-mod-notes-title")) }
            @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
            p { (lang.t("staff-mod-notes-intro")) }
            @if page.notes.is_empty() {
                p { (lang.t("staff-mod-notes-none")) }
            } @else {
                ul.saved-notes {
                    @for note in page.notes {
                        li {
                            p.saved-note { (note.body) }
                            p.small { (lang.markup("staff-mod-notes-saved-by", &[("email", note.created_by.as_str().into()), ("time", time(lang, note.created_at).into())])) }
                            form method="post" action={ "/staff/moderation/notes/" (note.id) "/remove" } {
                                (csrf(staff))
                                button.secondary type="submit" { (lang.t("staff-mod-notes-remove")) span.visually-hidden { " " (lang.t("staff-mod-notes-remove-which")) } }
                            }
                        }
                    }
                }
            }
            form method="post" action="/staff/moderation/notes" {
                (csrf(staff))
                @if let Some(message) = &message {
                    div.error-summary role="alert" tabindex="-1" {
                        h2 { (lang.t("staff-mod-check-answers")) }
                        ul { li { a href="#note-body" { (message) } } }
                    }
                }
                div.field.invalid[message.is_some()] {
                    label for="note-body" { (lang.t("staff-mod-notes-body")) }
                    p.hint id="note-body-hint" { (counted(lang, "staff-mod-notes-body-hint", max, &[])) }
                    @if let Some(message) = &message {
                        p.error id="note-body-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
                    }
                    textarea #note-body name="body" rows="3" maxlength=(NOTE_MAX)
                        aria-describedby={ "note-body-hint" @if message.is_some() { " note-body-error" } } { (page.typed) }
                }
                button.primary type="submit" { (lang.t("staff-mod-notes-save")) }
            }
        }
    };
    layout::page(staff, &title, body)
}
