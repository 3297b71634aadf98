//! Staff pages for officials' responses to a campaign: the ones recorded, the form to record
//! one (emailed once to opted-in signers and the writers to that official), and the form to
//! correct one (not emailed again).

use maud::{html, Markup};

use super::campaign_form::area;
use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::db::models::official_response::Response;
use crate::forms::response::{ResponseForm, SUMMARY_MAX};
use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::views::form::{error_summary_in, TextField};

/// An official staff may pick: id, name, office, and whether a target of the campaign.
pub type Choice = (i64, String, String, bool);

pub struct ResponsesPage<'a> {
    pub campaign: &'a Campaign,
    pub responses: &'a [Response],
    pub officials: &'a [Choice],
    pub form: &'a ResponseForm,
    pub errors: &'a FieldErrors,
    /// The response being corrected, if any (else the form records a new one).
    pub editing: Option<i64>,
    pub notice: Option<String>,
}

fn official_select(lang: Lang, page: &ResponsesPage<'_>) -> Markup {
    let error = page.errors.message(lang, "official");
    let error = error.as_deref();
    let chosen = page.form.official.trim();
    let option = |c: &Choice| {
        let id = c.0.to_string();
        html! { option value=(id) selected[chosen == id] { (c.1) " — " (c.2) } }
    };
    html! {
        div.field.invalid[error.is_some()] {
            label for="official" { "Official who responded" }
            @if let Some(message) = &error { p.error id="official-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            select #official name="official" aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| "official-error")] {
                option value="" { "Choose…" }
                optgroup label="This campaign’s targets" { @for c in page.officials.iter().filter(|c| c.3) { (option(c)) } }
                optgroup label="Other officials" { @for c in page.officials.iter().filter(|c| !c.3) { (option(c)) } }
            }
        }
    }
}

fn form(staff: &Staff, page: &ResponsesPage<'_>) -> Markup {
    let lang = staff.lang;
    let slug = &page.campaign.slug;
    let action = match page.editing {
        Some(id) => format!("/staff/campaigns/{slug}/responses/{id}"),
        None => format!("/staff/campaigns/{slug}/responses"),
    };
    let errors = page.errors;
    html! {
        form.response-form method="post" action=(action) novalidate {
            (csrf(staff))
            (error_summary_in(lang, errors))
            (official_select(lang, page))
            (TextField { name: "received_on", label: "Date received", value: &page.form.received_on, kind: "date",
                autocomplete: "off", hint: Some("Year-month-day, like 2026-12-04."), required: true }.render_in(lang, errors))
            (TextField { name: "summary", label: "Summary", value: &page.form.summary, kind: "text", autocomplete: "off",
                hint: Some(&format!("One or two sentences, at most {SUMMARY_MAX} characters. Shown first on the campaign page and in the email.")), required: true }.render_in(lang, errors))
            (area(lang, "body", "The full response", &page.form.body, 12,
                Some("Markdown or plain text. Tick the box below if this is the text exactly as received."), errors))
            div.field.checkbox {
                input #as_received type="checkbox" name="as_received" value="yes" checked[page.form.is_as_received()];
                label for="as_received" { "This is the full text exactly as received (shown as it is, not formatted)" }
            }
            @if page.editing.is_some() {
                p.small { "Correcting a response changes the campaign page and the public data at once. Nobody is emailed again." }
                button.primary type="submit" { "Save the correction" }
            } @else {
                p.small { "Recording it publishes it on the campaign page and emails it, once, to signers who asked to hear about progress and to everyone whose letter went to this official." }
                button.primary type="submit" { "Record and send the response" }
            }
        }
    }
}

pub fn page(staff: &Staff, page: &ResponsesPage<'_>) -> Markup {
    let c = page.campaign;
    let heading = if page.editing.is_some() {
        "Correct a response"
    } else {
        "Responses from officials"
    };
    let title = if page.errors.is_empty() {
        format!("{heading}: {}", c.headline)
    } else {
        format!("Error: {heading}: {}", c.headline)
    };
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page.dashboard {
                h1 { (heading) span.subtitle { (c.headline) } }
                p.small {
                    a href={ "/campaigns/" (c.slug) "#responses" } { "Public page" } " · "
                    a href={ "/staff/campaigns/" (c.slug) "/dashboard" } { "Dashboard" } " · "
                    a href={ "/staff/campaigns/" (c.slug) "/responses" } { "All responses" }
                }
                @if let Some(notice) = &page.notice { p.notice-banner role="status" { (notice) } }
                @if page.editing.is_none() {
                    @if page.responses.is_empty() {
                        p { "No responses recorded yet." }
                    } @else {
                        ul.responses-list {
                            @for r in page.responses {
                                li {
                                    strong { (r.official_name) } ", " (r.official_office) " — received " (r.received_on.format("%-d %B %Y")) ": " (r.summary)
                                    " " a href={ "/staff/campaigns/" (c.slug) "/responses/" (r.id) "/edit" } { "Correct" span.visually-hidden { " the response from " (r.official_name) } }
                                    @if let Some(at) = r.emailed_at { br; span.small { "Emailed " (at.format("%-d %B %Y %H:%M UTC")) } }
                                }
                            }
                        }
                    }
                    h2 { "Record a response" }
                }
                (form(staff, page))
            }
        },
    )
}
