//! Staff pages for officials' responses to a campaign: the ones recorded, the form to record
//! one (emailed once to opted-in signers and the writers to that official), and the form to
//! correct one (not emailed again). In the staff member's language; the officials' names and
//! the response's own words are shown as recorded.

use maud::{html, Markup};

use super::layout::{self, counted, csrf};
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

/// A labelled text box (the response's full text), with its hint and error.
fn area(
    lang: Lang,
    name: &'static str,
    label: &str,
    value: &str,
    hint: &str,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.message(lang, name);
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = match error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        div.field.invalid[error.is_some()] {
            label for=(name) { (label) }
            p.hint id=(hint_id) { (hint) }
            @if let Some(message) = &error { p.error id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            textarea id=(name) name=(name) rows="12"
                aria-invalid=[error.as_ref().map(|_| "true")]
                aria-describedby=(described) { (value) }
        }
    }
}

fn official_select(lang: Lang, page: &ResponsesPage<'_>) -> Markup {
    let error = page.errors.message(lang, "official");
    let chosen = page.form.official.trim();
    let option = |c: &Choice| {
        let id = c.0.to_string();
        html! { option value=(id) selected[chosen == id] { (c.1) " — " (c.2) } }
    };
    html! {
        div.field.invalid[error.is_some()] {
            label for="official" { (lang.t("staff-resp-official")) }
            @if let Some(message) = &error { p.error id="official-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            select #official name="official" aria-invalid=[error.as_ref().map(|_| "true")] aria-describedby=[error.as_ref().map(|_| "official-error")] {
                option value="" { (lang.t("staff-resp-choose")) }
                optgroup label=(lang.t("staff-resp-targets")) { @for c in page.officials.iter().filter(|c| c.3) { (option(c)) } }
                optgroup label=(lang.t("staff-resp-others")) { @for c in page.officials.iter().filter(|c| !c.3) { (option(c)) } }
            }
        }
    }
}

fn form(staff: &Staff, page: &ResponsesPage<'_>) -> Markup {
    let lang = staff.lang;
    let max = i64::try_from(SUMMARY_MAX).unwrap_or(i64::MAX);
    let (received, received_hint) = (
        lang.t("staff-resp-received"),
        lang.t("staff-resp-received-hint"),
    );
    let (summary, summary_hint) = (
        lang.t("staff-resp-summary"),
        counted(lang, "staff-resp-summary-hint", max, &[]),
    );
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
            (TextField { name: "received_on", label: &received, value: &page.form.received_on, kind: "date",
                autocomplete: "off", hint: Some(&received_hint), required: true }.render_in(lang, errors))
            (TextField { name: "summary", label: &summary, value: &page.form.summary, kind: "text", autocomplete: "off",
                hint: Some(&summary_hint), required: true }.render_in(lang, errors))
            (area(lang, "body", &lang.t("staff-resp-body"), &page.form.body, &lang.t("staff-resp-body-hint"), errors))
            div.field.checkbox {
                input #as_received type="checkbox" name="as_received" value="yes" checked[page.form.is_as_received()];
                label for="as_received" { (lang.t("staff-resp-as-received")) }
            }
            @if page.editing.is_some() {
                p.small { (lang.t("staff-resp-correcting")) }
                button.primary type="submit" { (lang.t("staff-resp-save-correction")) }
            } @else {
                p.small { (lang.t("staff-resp-recording")) }
                button.primary type="submit" { (lang.t("staff-resp-record")) }
            }
        }
    }
}

pub fn page(staff: &Staff, page: &ResponsesPage<'_>) -> Markup {
    let lang = staff.lang;
    let c = page.campaign;
    let heading = if page.editing.is_some() {
        lang.t("staff-resp-correct-heading")
    } else {
        lang.t("staff-resp-heading")
    };
    let args = [
        ("heading", heading.as_str().into()),
        ("headline", c.headline.as_str().into()),
    ];
    let title = if page.errors.is_empty() {
        lang.t_args("staff-resp-title", &args)
    } else {
        lang.t_args("staff-resp-error-title", &args)
    };
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page.dashboard {
                h1 { (heading) span.subtitle { (c.headline) } }
                p.small {
                    a href={ "/campaigns/" (c.slug) "#responses" } { (lang.t("staff-resp-public-page")) } " · "
                    a href={ "/staff/campaigns/" (c.slug) "/dashboard" } { (lang.t("staff-resp-dashboard")) } " · "
                    a href={ "/staff/campaigns/" (c.slug) "/responses" } { (lang.t("staff-resp-all")) }
                }
                @if let Some(notice) = &page.notice { p.notice-banner role="status" { (notice) } }
                @if page.editing.is_none() {
                    @if page.responses.is_empty() {
                        p { (lang.t("staff-resp-none")) }
                    } @else {
                        ul.responses-list {
                            @for r in page.responses {
                                li {
                                    (lang.markup("staff-resp-item", &[
                                        ("name", html! { strong { (r.official_name) } }.into()),
                                        ("office", r.official_office.as_str().into()),
                                        ("date", lang.date(r.received_on.date()).into()),
                                        ("summary", r.summary.as_str().into()),
                                    ]))
                                    " " a href={ "/staff/campaigns/" (c.slug) "/responses/" (r.id) "/edit" } {
                                        (lang.t("staff-resp-correct"))
                                        span.visually-hidden { " " (lang.t_args("staff-resp-correct-which", &[("name", r.official_name.as_str().into())])) }
                                    }
                                    @if let Some(at) = r.emailed_at { br; span.small { (lang.t_args("staff-resp-emailed", &[("time", lang.date_time(at).into())])) } }
                                }
                            }
                        }
                    }
                    h2 { (lang.t("staff-resp-record-heading")) }
                }
                (form(staff, page))
            }
        },
    )
}
