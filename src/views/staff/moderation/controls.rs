//! The moderation forms: approve, reject (a reason from the list and a note), redact then
//! approve, hide, restore, and the
//! bulk form that the queue's checkboxes belong to (through their `form` attribute, so it
//! all works without JavaScript and without nesting forms).

use maud::{html, Markup};

use super::super::layout::csrf;
use crate::auth::Staff;
use crate::db::models::letter_claim::Claim;
use crate::db::models::saved_note::SavedNote;
use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::letters::moderation::{RejectReason, HIDE_REASON_MAX, NOTE_MAX};
use crate::letters::redaction::CHANGE_NOTE_MAX;

/// The id of the bulk form, which the queue's checkboxes name.
pub const BULK_FORM: &str = "bulk";

/// What a moderator typed into a form that came back with errors.
#[derive(Debug, Clone, Copy)]
pub struct Typed<'a> {
    pub reason: &'a str,
    pub note: &'a str,
    pub errors: &'a FieldErrors,
}

/// The list of problems, each linking to its field (`{prefix}-{field}`).
pub fn summary(lang: Lang, typed: Option<&Typed<'_>>, prefix: &str) -> Markup {
    html! {
        @if let Some(typed) = typed.filter(|t| !t.errors.is_empty()) {
            div.error-summary role="alert" tabindex="-1" {
                h2 { "Please check your answers" }
                ul { @for (field, message) in typed.errors.messages(lang) {
                    li { a href={ "#" (prefix) "-" (field) } { (message) } }
                } }
            }
        }
    }
}

fn error(lang: Lang, id: &str, message: Option<&str>) -> Markup {
    html! {
        @if let Some(message) = message {
            p.error id={ (id) "-error" } { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
        }
    }
}

fn described(id: &str, message: Option<&str>) -> Option<String> {
    message.map(|_| format!("{id}-error"))
}

/// How a set of rejection fields is named: ids start `prefix`, names start `names`, and
/// `form` names the form they belong to when they sit outside it.
#[derive(Debug, Clone, Copy)]
pub struct Naming<'a> {
    pub prefix: &'a str,
    pub names: &'a str,
    pub form: Option<&'a str>,
}

/// The reason list, note box and saved notes of a rejection, named by `naming`.
fn named_rejection_fields(
    lang: Lang,
    naming: Naming<'_>,
    typed: Option<&Typed<'_>>,
    required: bool,
    notes: &[SavedNote],
) -> Markup {
    let prefix = naming.prefix;
    let (form, names) = (naming.form, naming.names);
    let saved_id = format!("{prefix}-saved-note");
    let (reason, note) = typed.map_or(("", ""), |t| (t.reason, t.note));
    let reason_error = typed.and_then(|t| t.errors.message(lang, "reason"));
    let note_error = typed.and_then(|t| t.errors.message(lang, "note"));
    let (reason_id, note_id) = (format!("{prefix}-reason"), format!("{prefix}-note"));
    html! {
        div.field.invalid[reason_error.is_some()] {
            label for=(reason_id) { "Reason for rejecting" }
            (error(lang, &reason_id, reason_error.as_deref()))
            select id=(reason_id) name={ (names) "reason" } form=[form] required[required]
                aria-describedby=[described(&reason_id, reason_error.as_deref())] {
                option value="" { "Choose a reason" }
                @for r in RejectReason::ALL {
                    option value=(r.as_str()) selected[r.as_str() == reason] { (r.label()) }
                }
            }
        }
        div.field.invalid[note_error.is_some()] {
            label for=(note_id) { "Note to the writer (optional)" }
            p.hint id={ (note_id) "-hint" } { "Sent with the reason, in your words. Up to " (NOTE_MAX) " characters." }
            (error(lang, &note_id, note_error.as_deref()))
            textarea id=(note_id) name={ (names) "note" } form=[form] rows="3" maxlength=(NOTE_MAX)
                aria-describedby={ (note_id) "-hint" @if note_error.is_some() { " " (note_id) "-error" } } { (note) }
        }
        @if !notes.is_empty() {
            div.field {
                label for=(saved_id) { "Or a saved note" }
                p.hint id={ (saved_id) "-hint" } { "Sent when the note box above is empty." }
                select id=(saved_id) name={ (names) "saved_note" } form=[form] aria-describedby={ (saved_id) "-hint" } {
                    option value="" { "No saved note" }
                    @for saved in notes {
                        option value=(saved.body) { (short(&saved.body)) }
                    }
                }
            }
        }
    }
}

/// A saved note cut to a line for a list.
fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let cut: String = line.chars().take(80).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Approve and reject buttons for one pending letter.
pub fn decide(staff: &Staff, id: i64, typed: Option<&Typed<'_>>, notes: &[SavedNote]) -> Markup {
    let lang = staff.lang;
    let prefix = format!("letter-{id}");
    html! {
        div.decide {
            form method="post" action={ "/staff/moderation/" (id) "/approve" } {
                (csrf(staff))
                button.primary type="submit" { "Approve" span.visually-hidden { " letter " (id) } }
            }
            form method="post" action={ "/staff/moderation/" (id) "/reject" } {
                (csrf(staff))
                fieldset {
                    legend { "Reject letter " (id) }
                    (named_rejection_fields(lang, Naming { prefix: &prefix, names: "", form: None }, typed, true, notes))
                    button.secondary type="submit" { "Reject" span.visually-hidden { " letter " (id) } }
                }
            }
        }
    }
}

/// The control that takes an approved letter off the campaign's page.
pub fn hide(staff: &Staff, id: i64, typed: Option<&Typed<'_>>) -> Markup {
    let lang = staff.lang;
    let reason = typed.map_or("", |t| t.reason);
    let message = typed.and_then(|t| t.errors.message(lang, "reason"));
    html! {
        form method="post" action={ "/staff/moderation/" (id) "/hide" } {
            (csrf(staff))
            fieldset {
                legend { "Hide this letter from the campaign’s page" }
                div.field.invalid[message.is_some()] {
                    label for="hide-reason" { "Reason (optional)" }
                    p.hint id="hide-reason-hint" { "Kept in the audit log; the writer is not emailed. Up to " (HIDE_REASON_MAX) " characters." }
                    (error(lang, "hide-reason", message.as_deref()))
                    input #hide-reason type="text" name="reason" value=(reason) maxlength=(HIDE_REASON_MAX)
                        aria-describedby={ "hide-reason-hint" @if message.is_some() { " hide-reason-error" } };
                }
                button.secondary type="submit" { "Hide letter" }
            }
        }
    }
}

/// The tick box that puts one letter in the bulk form.
pub fn select(id: i64, checked: bool) -> Markup {
    html! {
        div.field.checkbox.select {
            input id={ "select-" (id) } type="checkbox" name="ids" value=(id) form=(BULK_FORM) checked[checked];
            label for={ "select-" (id) } { "Tick letter " (id) " to approve or reject it with others" }
        }
    }
}

/// Approve or reject every ticked letter at once (the queue's bottom controls); `back` is
/// the queue's query string.
pub fn bulk(staff: &Staff, typed: Option<&Typed<'_>>, notes: &[SavedNote], back: &str) -> Markup {
    let lang = staff.lang;
    let selection_error = typed.and_then(|t| t.errors.message(lang, "ids"));
    let naming = Naming {
        prefix: "bulk",
        names: "",
        form: None,
    };
    html! {
        form #bulk method="post" action="/staff/moderation/bulk" {
            (csrf(staff))
            input type="hidden" name="back" value=(back);
            fieldset #bulk-ids {
                legend { "All the letters you ticked" }
                (error(lang, "bulk-ids", selection_error.as_deref()))
                div.buttons {
                    button.primary type="submit" name="action" value="approve" { "Approve ticked letters" }
                }
                p.hint { "To reject them, all for the same reason:" }
                (named_rejection_fields(lang, naming, typed, false, notes))
                button.secondary type="submit" name="action" value="reject" { "Reject ticked letters" }
            }
        }
    }
}

/// The bulk controls at the top of the queue: they belong to the bottom form (by its id),
/// with their own reason fields; and links that tick or untick every letter on the page.
pub fn bulk_top(lang: Lang, notes: &[SavedNote], tick_all: &str, untick: &str) -> Markup {
    let naming = Naming {
        prefix: "top",
        names: "top_",
        form: Some(BULK_FORM),
    };
    html! {
        fieldset.bulk-top #bulk-top {
            legend { "Decide on the letters you tick" }
            p.select-links {
                a href=(tick_all) { "Tick every letter on this page" }
                " · "
                a href=(untick) { "Untick all" }
            }
            div.buttons {
                button.primary type="submit" form=(BULK_FORM) name="action" value="approve" { "Approve ticked letters" }
            }
            details {
                summary { "Reject ticked letters" }
                (named_rejection_fields(lang, naming, None, false, notes))
                button.secondary type="submit" form=(BULK_FORM) name="action" value="reject-top" { "Reject ticked letters" }
            }
        }
    }
}

/// Who is reading a letter, and the button to claim it (or take it over).
pub fn claim(staff: &Staff, id: i64, claim: Option<&Claim>) -> Markup {
    let mine = claim.is_some_and(|c| c.user_id == staff.id);
    html! {
        div.claim {
            @match claim {
                Some(c) if mine => p.claim-note { "You are reading this letter (claimed " (super::parts::time(c.claimed_at)) ")." },
                Some(c) => p.claim-note { strong { "Being read by " (c.user_email) } " since " (super::parts::time(c.claimed_at)) "." },
                None => {},
            }
            @if !mine {
                form method="post" action={ "/staff/moderation/" (id) "/claim" } {
                    (csrf(staff))
                    @if let Some(c) = claim {
                        input type="hidden" name="take_over" value="yes";
                        button.secondary type="submit" { "Take over from " (c.user_email) span.visually-hidden { ": letter " (id) } }
                    } @else {
                        button.secondary type="submit" { "Claim and read" span.visually-hidden { " letter " (id) } }
                    }
                }
            }
        }
    }
}

/// The control that puts a hidden letter back on the campaign's page.
pub fn restore(staff: &Staff, id: i64, typed: Option<&Typed<'_>>) -> Markup {
    let lang = staff.lang;
    let reason = typed.map_or("", |t| t.reason);
    let message = typed.and_then(|t| t.errors.message(lang, "reason"));
    html! {
        form method="post" action={ "/staff/moderation/" (id) "/restore" } {
            (csrf(staff))
            fieldset {
                legend { "Show this letter on the campaign’s page again" }
                div.field.invalid[message.is_some()] {
                    label for="restore-reason" { "Reason" }
                    p.hint id="restore-reason-hint" { "Kept in the letter’s history and the audit log; the writer is not emailed. Up to " (HIDE_REASON_MAX) " characters." }
                    (error(lang, "restore-reason", message.as_deref()))
                    input #restore-reason type="text" name="reason" value=(reason) maxlength=(HIDE_REASON_MAX) required
                        aria-describedby={ "restore-reason-hint" @if message.is_some() { " restore-reason-error" } };
                }
                button.secondary type="submit" { "Show letter again" }
            }
        }
    }
}

/// What a moderator typed into the redaction form that came back with errors.
#[derive(Debug, Clone, Copy)]
pub struct Redacting<'a> {
    pub body: &'a str,
    pub change_note: &'a str,
    pub errors: &'a FieldErrors,
}

/// Edit the letter's text (to take out a phone number or someone else's name) and approve
/// it as edited. Folded away unless it came back with errors.
pub fn redact(staff: &Staff, id: i64, body: &str, typed: Option<&Redacting<'_>>) -> Markup {
    let lang = staff.lang;
    let (text, note) = typed.map_or((body, ""), |t| (t.body, t.change_note));
    let body_error = typed.and_then(|t| t.errors.message(lang, "body"));
    let note_error = typed.and_then(|t| t.errors.message(lang, "change_note"));
    html! {
        details.redact open[typed.is_some()] {
            summary { "Edit the letter, then approve it (instead of rejecting it)" }
            form method="post" action={ "/staff/moderation/" (id) "/redact" } {
                (csrf(staff))
                div.field.invalid[body_error.is_some()] {
                    label for="redact-body" { "The letter’s text" }
                    p.hint id="redact-body-hint" { "Take out what must not be sent or published, such as a phone number or another person’s name. The letter is delivered and published as you leave it." }
                    (error(lang, "redact-body", body_error.as_deref()))
                    textarea #redact-body name="body" rows="12"
                        aria-describedby={ "redact-body-hint" @if body_error.is_some() { " redact-body-error" } } { (text) }
                }
                div.field.invalid[note_error.is_some()] {
                    label for="redact-change_note" { "What did you change, and why?" }
                    p.hint id="redact-change_note-hint" { "Emailed to the writer with the words you took out, and kept in the letter’s history. Do not repeat the removed details here. Up to " (CHANGE_NOTE_MAX) " characters." }
                    (error(lang, "redact-change_note", note_error.as_deref()))
                    textarea #redact-change_note name="change_note" rows="3" maxlength=(CHANGE_NOTE_MAX) required
                        aria-describedby={ "redact-change_note-hint" @if note_error.is_some() { " redact-change_note-error" } } { (note) }
                }
                button.primary type="submit" { "Approve with these changes" }
            }
        }
    }
}
