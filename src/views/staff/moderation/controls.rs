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
                h2 { (lang.t("staff-mod-check-answers")) }
                ul { @for (field, message) in typed.errors.messages(lang) {
                    li { a href={ "#" (prefix) "-" (field) } { (message) } }
                } }
            }
        }
    }
}

/// A field's error message, after the screen readers' "Error:".
pub fn error(lang: Lang, id: &str, message: Option<&str>) -> Markup {
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
            label for=(reason_id) { (lang.t("staff-mod-reject-reason")) }
            (error(lang, &reason_id, reason_error.as_deref()))
            select id=(reason_id) name={ (names) "reason" } form=[form] required[required]
                aria-describedby=[described(&reason_id, reason_error.as_deref())] {
                option value="" { (lang.t("staff-mod-choose-reason")) }
                @for r in RejectReason::ALL {
                    option value=(r.as_str()) selected[r.as_str() == reason] { (super::parts::reject_label(lang, r)) }
                }
            }
        }
        div.field.invalid[note_error.is_some()] {
            label for=(note_id) { (lang.t("staff-mod-note")) }
            p.hint id={ (note_id) "-hint" } { (up_to(lang, "staff-mod-note-hint", NOTE_MAX)) }
            (error(lang, &note_id, note_error.as_deref()))
            textarea id=(note_id) name={ (names) "note" } form=[form] rows="3" maxlength=(NOTE_MAX)
                aria-describedby={ (note_id) "-hint" @if note_error.is_some() { " " (note_id) "-error" } } { (note) }
        }
        @if !notes.is_empty() {
            div.field {
                label for=(saved_id) { (lang.t("staff-mod-saved-note")) }
                p.hint id={ (saved_id) "-hint" } { (lang.t("staff-mod-saved-note-hint")) }
                select id=(saved_id) name={ (names) "saved_note" } form=[form] aria-describedby={ (saved_id) "-hint" } {
                    option value="" { (lang.t("staff-mod-no-saved-note")) }
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

/// A hint giving a field's limit: the message `id` with `$max` (a number of characters).
fn up_to(lang: Lang, id: &str, max: usize) -> String {
    let max = i64::try_from(max).unwrap_or(i64::MAX);
    super::super::layout::counted(lang, id, max, &[])
}

/// Words for screen readers after a button's visible words: which letter it acts on.
fn which(lang: Lang, id: i64) -> Markup {
    html! { span.visually-hidden { " " (lang.t_args("staff-mod-which-letter", &[("id", id.to_string().into())])) } }
}

/// Approve and reject buttons for one pending letter.
pub fn decide(staff: &Staff, id: i64, typed: Option<&Typed<'_>>, notes: &[SavedNote]) -> Markup {
    let lang = staff.lang;
    let prefix = format!("letter-{id}");
    let legend = lang.t_args("staff-mod-reject-letter", &[("id", id.to_string().into())]);
    html! {
        div.decide {
            form method="post" action={ "/staff/moderation/" (id) "/approve" } {
                (csrf(staff))
                button.primary type="submit" { (lang.t("staff-mod-approve")) (which(lang, id)) }
            }
            form method="post" action={ "/staff/moderation/" (id) "/reject" } {
                (csrf(staff))
                fieldset {
                    legend { (legend) }
                    (named_rejection_fields(lang, Naming { prefix: &prefix, names: "", form: None }, typed, true, notes))
                    button.secondary type="submit" { (lang.t("staff-mod-reject")) (which(lang, id)) }
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
                legend { (lang.t("staff-mod-hide-legend")) }
                div.field.invalid[message.is_some()] {
                    label for="hide-reason" { (lang.t("staff-mod-hide-reason")) }
                    p.hint id="hide-reason-hint" { (up_to(lang, "staff-mod-hide-hint", HIDE_REASON_MAX)) }
                    (error(lang, "hide-reason", message.as_deref()))
                    input #hide-reason type="text" name="reason" value=(reason) maxlength=(HIDE_REASON_MAX)
                        aria-describedby={ "hide-reason-hint" @if message.is_some() { " hide-reason-error" } };
                }
                button.secondary type="submit" { (lang.t("staff-mod-hide-button")) }
            }
        }
    }
}

/// The tick box that puts one letter in the bulk form.
pub fn select(lang: Lang, id: i64, checked: bool) -> Markup {
    html! {
        div.field.checkbox.select {
            input id={ "select-" (id) } type="checkbox" name="ids" value=(id) form=(BULK_FORM) checked[checked];
            label for={ "select-" (id) } { (lang.t_args("staff-mod-tick", &[("id", id.to_string().into())])) }
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
                legend { (lang.t("staff-mod-bulk-legend")) }
                (error(lang, "bulk-ids", selection_error.as_deref()))
                div.buttons {
                    button.primary type="submit" name="action" value="approve" { (lang.t("staff-mod-bulk-approve")) }
                }
                p.hint { (lang.t("staff-mod-bulk-reject-hint")) }
                (named_rejection_fields(lang, naming, typed, false, notes))
                button.secondary type="submit" name="action" value="reject" { (lang.t("staff-mod-bulk-reject")) }
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
            legend { (lang.t("staff-mod-bulk-top-legend")) }
            p.select-links {
                a href=(tick_all) { (lang.t("staff-mod-tick-all")) }
                " · "
                a href=(untick) { (lang.t("staff-mod-untick-all")) }
            }
            div.buttons {
                button.primary type="submit" form=(BULK_FORM) name="action" value="approve" { (lang.t("staff-mod-bulk-approve")) }
            }
            details {
                summary { (lang.t("staff-mod-bulk-reject")) }
                (named_rejection_fields(lang, naming, None, false, notes))
                button.secondary type="submit" form=(BULK_FORM) name="action" value="reject-top" { (lang.t("staff-mod-bulk-reject")) }
            }
        }
    }
}

/// Who is reading a letter, and the button to claim it (or take it over).
pub fn claim(staff: &Staff, id: i64, claim: Option<&Claim>) -> Markup {
    let lang = staff.lang;
    let mine = claim.is_some_and(|c| c.user_id == staff.id);
    let since = |c: &Claim| super::parts::time(lang, c.claimed_at);
    html! {
        div.claim {
            @match claim {
                Some(c) if mine => p.claim-note { (lang.markup("staff-mod-claim-mine", &[("time", since(c).into())])) },
                Some(c) => p.claim-note {
                    (lang.markup("staff-mod-claim-held", &[
                        ("reader", html! { strong { (lang.t_args("staff-mod-claim-reader", &[("email", c.user_email.as_str().into())])) } }.into()),
                        ("time", since(c).into()),
                    ]))
                },
                None => {},
            }
            @if !mine {
                form method="post" action={ "/staff/moderation/" (id) "/claim" } {
                    (csrf(staff))
                    @if let Some(c) = claim {
                        input type="hidden" name="take_over" value="yes";
                        button.secondary type="submit" { (lang.t_args("staff-mod-take-over", &[("email", c.user_email.as_str().into())])) (which(lang, id)) }
                    } @else {
                        button.secondary type="submit" { (lang.t("staff-mod-claim")) (which(lang, id)) }
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
                legend { (lang.t("staff-mod-restore-legend")) }
                div.field.invalid[message.is_some()] {
                    label for="restore-reason" { (lang.t("staff-mod-reason")) }
                    p.hint id="restore-reason-hint" { (up_to(lang, "staff-mod-restore-hint", HIDE_REASON_MAX)) }
                    (error(lang, "restore-reason", message.as_deref()))
                    input #restore-reason type="text" name="reason" value=(reason) maxlength=(HIDE_REASON_MAX) required
                        aria-describedby={ "restore-reason-hint" @if message.is_some() { " restore-reason-error" } };
                }
                button.secondary type="submit" { (lang.t("staff-mod-restore-button")) }
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
            summary { (lang.t("staff-mod-redact-summary")) }
            form method="post" action={ "/staff/moderation/" (id) "/redact" } {
                (csrf(staff))
                div.field.invalid[body_error.is_some()] {
                    label for="redact-body" { (lang.t("staff-mod-redact-body")) }
                    p.hint id="redact-body-hint" { (lang.t("staff-mod-redact-body-hint")) }
                    (error(lang, "redact-body", body_error.as_deref()))
                    textarea #redact-body name="body" rows="12"
                        aria-describedby={ "redact-body-hint" @if body_error.is_some() { " redact-body-error" } } { (text) }
                }
                div.field.invalid[note_error.is_some()] {
                    label for="redact-change_note" { (lang.t("staff-mod-redact-note")) }
                    p.hint id="redact-change_note-hint" { (up_to(lang, "staff-mod-redact-note-hint", CHANGE_NOTE_MAX)) }
                    (error(lang, "redact-change_note", note_error.as_deref()))
                    textarea #redact-change_note name="change_note" rows="3" maxlength=(CHANGE_NOTE_MAX) required
                        aria-describedby={ "redact-change_note-hint" @if note_error.is_some() { " redact-change_note-error" } } { (note) }
                }
                button.primary type="submit" { (lang.t("staff-mod-redact-button")) }
            }
        }
    }
}
