//! The saved notes page: the deployment's frequent notes to writers, each with a button to
//! remove it, and a form to add one.

use maud::{html, Markup};

use super::super::layout::{self, csrf};
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
    let message = message.as_deref();
    let title = if message.is_some() {
        "Error: Saved notes to writers"
    } else {
        "Saved notes to writers"
    };
    let body = html! {
        section.moderation {
            p { a href="/staff/moderation" { "Back to the letters to moderate" } }
            h1 { "Saved notes to writers" }
            @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
            p { "Notes you send often when rejecting a letter. Each reject form lists them; the one picked is sent when its note box is left empty." }
            @if page.notes.is_empty() {
                p { "No notes are saved yet." }
            } @else {
                ul.saved-notes {
                    @for note in page.notes {
                        li {
                            p.saved-note { (note.body) }
                            p.small { "Saved by " (note.created_by) ", " (time(note.created_at)) }
                            form method="post" action={ "/staff/moderation/notes/" (note.id) "/remove" } {
                                (csrf(staff))
                                button.secondary type="submit" { "Remove" span.visually-hidden { " this note" } }
                            }
                        }
                    }
                }
            }
            form method="post" action="/staff/moderation/notes" {
                (csrf(staff))
                @if let Some(message) = message {
                    div.error-summary role="alert" tabindex="-1" {
                        h2 { "Please check your answers" }
                        ul { li { a href="#note-body" { (message) } } }
                    }
                }
                div.field.invalid[message.is_some()] {
                    label for="note-body" { "A note to save" }
                    p.hint id="note-body-hint" { "Up to " (NOTE_MAX) " characters, in words a writer reads." }
                    @if let Some(message) = message {
                        p.error id="note-body-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
                    }
                    textarea #note-body name="body" rows="3" maxlength=(NOTE_MAX)
                        aria-describedby={ "note-body-hint" @if message.is_some() { " note-body-error" } } { (page.typed) }
                }
                button.primary type="submit" { "Save note" }
            }
        }
    };
    layout::page(staff, title, body)
}
