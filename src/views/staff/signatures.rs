//! The signature review page: the search form, how many match and the newest of them, the
//! bulk actions, and recent invalidations with their revert buttons. Works without
//! JavaScript; every action is a plain form with its CSRF token. In the staff member's
//! language.

mod invalidations;

use maud::{html, Markup};

use super::layout::{self, counted};
use crate::auth::Staff;
use crate::db::models::invalidation::InvalidationRow;
use crate::forms::signatures::SearchForm;
use crate::forms::FieldErrors;
use crate::fraud::search::{Found, PAGE_ROWS};
use crate::i18n::Lang;
use crate::views::form::{error_summary_in, TextField};

/// What the page says about the last action.
#[derive(Debug, Default)]
pub struct Feedback {
    /// What was done.
    pub notice: Option<String>,
    /// Why nothing was done.
    pub problem: Option<String>,
    /// Wrong answers in an action's own fields (its reason).
    pub action_errors: FieldErrors,
}

pub struct ReviewPage<'a> {
    pub form: &'a SearchForm,
    pub errors: &'a FieldErrors,
    /// (slug, headline).
    pub campaigns: &'a [(String, String)],
    /// What the search found, and whether it narrows the campaign enough to invalidate.
    pub found: Option<(&'a Found, bool)>,
    pub invalidations: &'a [InvalidationRow],
    pub feedback: &'a Feedback,
}

/// Why a search over a whole campaign offers no invalidation.
pub fn narrow(lang: Lang) -> String {
    lang.t("staff-sig-narrow")
}

/// Says why a bulk action did nothing.
pub fn moved(lang: Lang, now: i64) -> String {
    match now {
        0 => lang.t("staff-sig-moved-none"),
        n => counted(lang, "staff-sig-moved", n, &[]),
    }
}

/// What the page says after an action was done: `done` is `invalidated`, `cleared` or
/// `reverted`, `n` how many signatures it changed.
pub fn done(lang: Lang, done: &str, n: i64) -> Option<String> {
    let id = match done {
        "invalidated" => "staff-sig-done-invalidated",
        "cleared" => "staff-sig-done-cleared",
        "reverted" => "staff-sig-done-reverted",
        _ => return None,
    };
    Some(counted(lang, id, n, &[]))
}

/// A stored signature search in words: its criteria, or "every signature".
pub fn describe(lang: Lang, form: &SearchForm) -> String {
    let parts: Vec<String> = [
        ("email-domain", &form.email_domain),
        ("ip", &form.ip),
        ("postcode", &form.postcode),
        ("constituency", &form.constituency),
        ("from", &form.from),
        ("to", &form.to),
        ("status", &form.status),
    ]
    .iter()
    .filter(|(_, value)| !value.trim().is_empty() && value.trim() != "all")
    .map(|(field, value)| {
        let id = format!("staff-sig-criterion-{field}");
        lang.t_args(&id, &[("value", value.trim().into())])
    })
    .collect();
    if parts.is_empty() {
        lang.t("staff-sig-criteria-every")
    } else {
        parts.join(&lang.t("staff-sig-criteria-separator"))
    }
}

fn yes(lang: Lang, flag: bool) -> String {
    if flag {
        lang.t("staff-sig-yes")
    } else {
        lang.t("staff-sig-no")
    }
}

pub fn page(staff: &Staff, page: &ReviewPage<'_>) -> Markup {
    let lang = staff.lang;
    let wrong = !page.errors.is_empty() || !page.feedback.action_errors.is_empty();
    let title = if wrong {
        lang.t("staff-sig-error-title")
    } else {
        lang.t("staff-sig-title")
    };
    layout::page(
        staff,
        &title,
        html! {
            h1 { (lang.t("staff-sig-title")) }
            @if let Some(notice) = &page.feedback.notice {
                div.notice-banner role="status" { p { (notice) } }
            }
            @if let Some(problem) = &page.feedback.problem {
                div.error-summary role="alert" { p.error { (problem) } }
            }
            (error_summary_in(lang, page.errors))
            (error_summary_in(lang, &page.feedback.action_errors))
            (search_form(lang, page))
            @if let Some((found, narrows)) = page.found {
                (results(staff, page, found, narrows))
            }
            (invalidations::list(staff, page.invalidations))
        },
    )
}

fn search_form(lang: Lang, page: &ReviewPage<'_>) -> Markup {
    let form = page.form;
    let errors = page.errors;
    let text = |name: &'static str, value: &str| {
        let label = lang.t(&format!("staff-sig-field-{name}"));
        let hint = lang.t(&format!("staff-sig-field-{name}-hint"));
        TextField {
            name,
            label: &label,
            value,
            kind: "text",
            autocomplete: "off",
            hint: Some(&hint),
            required: false,
        }
        .render_in(lang, errors)
    };
    let statuses = [
        ("all", lang.t("staff-sig-status-all")),
        ("suspect", lang.t("staff-sig-status-suspect")),
        ("invalidated", lang.t("staff-sig-status-invalidated")),
    ];
    let error_prefix = lang.t("form-error-prefix");
    html! {
        form method="get" action="/staff/signatures" {
            fieldset {
                legend { (lang.t("staff-sig-find")) }
                div.field.invalid[errors.get("campaign").is_some()] {
                    label for="campaign" { (lang.t("staff-sig-field-campaign")) }
                    @if let Some(message) = errors.message(lang, "campaign") { p.error id="campaign-error" { span.visually-hidden { (error_prefix) } (message) } }
                    select #campaign name="campaign" aria-describedby=[errors.get("campaign").map(|_| "campaign-error")] {
                        @for (slug, headline) in page.campaigns {
                            option value=(slug) selected[*slug == form.campaign.trim()] { (headline) }
                        }
                    }
                }
                (text("email_domain", &form.email_domain))
                (text("ip", &form.ip))
                (text("postcode", &form.postcode))
                (text("constituency", &form.constituency))
                (text("from", &form.from))
                (text("to", &form.to))
                div.field.invalid[errors.get("status").is_some()] {
                    label for="status" { (lang.t("staff-sig-field-status")) }
                    @if let Some(message) = errors.message(lang, "status") { p.error id="status-error" { span.visually-hidden { (error_prefix) } (message) } }
                    select #status name="status" aria-describedby=[errors.get("status").map(|_| "status-error")] {
                        @for (value, label) in &statuses {
                            option value=(value) selected[form.status.trim() == *value] { (label) }
                        }
                    }
                }
                button.primary type="submit" { (lang.t("staff-sig-search")) }
            }
        }
    }
}

/// The search as hidden fields, so that an action acts on exactly what was shown.
fn hidden_search(form: &SearchForm) -> Markup {
    let fields = [
        ("campaign", &form.campaign),
        ("email_domain", &form.email_domain),
        ("ip", &form.ip),
        ("postcode", &form.postcode),
        ("constituency", &form.constituency),
        ("from", &form.from),
        ("to", &form.to),
        ("status", &form.status),
    ];
    html! { @for (name, value) in fields { input type="hidden" name=(name) value=(value); } }
}

fn results(staff: &Staff, page: &ReviewPage<'_>, found: &Found, narrows: bool) -> Markup {
    let lang = staff.lang;
    let rows = PAGE_ROWS;
    let tally = found.tally;
    let errors = &page.feedback.action_errors;
    html! {
        section aria-labelledby="match-count" {
            h2 #match-count data-count=(tally.total) {
                (counted(lang, "staff-sig-matches", tally.total, &[]))
            }
            @if tally.total > rows { p.small { (counted(lang, "staff-sig-newest-shown", rows, &[])) } }
            @if !found.rows.is_empty() { (table(lang, found)) }
            @if tally.not_invalidated > 0 && narrows {
                form method="post" action="/staff/signatures/invalidate" {
                    (layout::csrf(staff))
                    (hidden_search(page.form))
                    input type="hidden" name="expected" value=(tally.not_invalidated);
                    (reason_field(lang, "reason", &lang.t("staff-sig-why-invalidate"), errors))
                    button.primary type="submit" {
                        (counted(lang, "staff-sig-invalidate-button", tally.not_invalidated, &[]))
                    }
                    @if tally.not_invalidated < tally.total {
                        p.small { (counted(lang, "staff-sig-already-invalidated", tally.total - tally.not_invalidated, &[])) }
                    }
                }
            } @else if tally.not_invalidated > 0 {
                p.small { (narrow(lang)) }
            }
            @if tally.suspect > 0 {
                form method="post" action="/staff/signatures/clear-suspects" {
                    (layout::csrf(staff))
                    (hidden_search(page.form))
                    input type="hidden" name="expected" value=(tally.suspect);
                    (reason_field(lang, "clear_reason", &lang.t("staff-sig-why-genuine"), errors))
                    button.secondary type="submit" {
                        (counted(lang, "staff-sig-clear-button", tally.suspect, &[]))
                    }
                }
            }
        }
    }
}

fn reason_field(lang: Lang, id: &'static str, label: &str, errors: &FieldErrors) -> Markup {
    let error = errors.message(lang, id);
    let error_id = format!("{id}-error");
    html! {
        div.field.invalid[error.is_some()] {
            label for=(id) { (label) }
            p.hint id={ (id) "-hint" } { (lang.t("staff-sig-reason-hint")) }
            @if let Some(message) = &error { p.error id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            input id=(id) type="text" name="reason" required maxlength="500"
                aria-invalid=[error.as_ref().map(|_| "true")]
                aria-describedby={ (id) "-hint" @if error.is_some() { " " (error_id) } };
        }
    }
}

fn table(lang: Lang, found: &Found) -> Markup {
    let unknown = lang.t("staff-sig-ip-unknown");
    html! {
        (crate::views::table_scroll::region(&lang.t("staff-sig-table"), html! {
            table.deliveries.review {
                caption { (lang.t("staff-sig-table-caption")) }
                thead { tr {
                    th scope="col" { (lang.t("staff-sig-col-name")) } th scope="col" { (lang.t("staff-sig-field-email_domain")) } th scope="col" { (lang.t("staff-sig-field-postcode")) }
                    th scope="col" { (lang.t("staff-sig-field-ip")) } th scope="col" { (lang.t("staff-sig-col-signed")) } th scope="col" { (lang.t("staff-sig-col-confirmed")) }
                    th scope="col" { (lang.t("staff-sig-col-suspect")) } th scope="col" { (lang.t("staff-sig-col-invalidated")) }
                } }
                tbody { @for row in &found.rows { tr {
                    td { (row.full_name) } td { (row.email_domain) } td { (row.postcode.as_deref().unwrap_or("–")) }
                    td { (row.ip.as_deref().unwrap_or(&unknown)) } td { (row.created_at.format("%Y-%m-%d %H:%M:%S")) }
                    td { (yes(lang, row.confirmed)) } td { (yes(lang, row.suspect)) } td { (yes(lang, row.invalidated)) }
                } } }
            }
        }))
    }
}
