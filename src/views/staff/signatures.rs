//! The signature review page: the search form, how many match and the newest of them, the
//! bulk actions, and recent invalidations with their revert buttons. Works without
//! JavaScript; every action is a plain form with its CSRF token.

mod invalidations;

use maud::{html, Markup};

use super::layout;
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
pub const NARROW: &str = "To invalidate signatures, narrow the search by email domain, IP \
                          address, postcode, constituency, time or status.";

/// Says why a bulk action did nothing.
pub fn moved(now: i64) -> String {
    match now {
        0 => "Nothing changed: no signatures match that action now.".to_owned(),
        n => format!(
            "Nothing changed: the matching signatures changed since the page was shown, and \
             {n} match now. Check them and try again."
        ),
    }
}

fn plural(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn yes(flag: bool) -> &'static str {
    if flag {
        "Yes"
    } else {
        "No"
    }
}

pub fn page(staff: &Staff, page: &ReviewPage<'_>) -> Markup {
    let lang = staff.lang;
    let wrong = !page.errors.is_empty() || !page.feedback.action_errors.is_empty();
    let title = if wrong {
        "Error: Signature review"
    } else {
        "Signature review"
    };
    layout::page(
        staff,
        title,
        html! {
            h1 { "Signature review" }
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
    let text = |name, label, value, hint| TextField {
        name,
        label,
        value,
        kind: "text",
        autocomplete: "off",
        hint: Some(hint),
        required: false,
    };
    let statuses = [
        ("all", "All"),
        ("suspect", "Suspect only"),
        ("invalidated", "Invalidated"),
    ];
    html! {
        form method="get" action="/staff/signatures" {
            fieldset {
                legend { "Find signatures" }
                div.field.invalid[errors.has("campaign")] {
                    label for="campaign" { "Campaign" }
                    @if let Some(message) = errors.message(lang, "campaign") { p.error id="campaign-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                    select #campaign name="campaign" aria-describedby=[errors.has("campaign").then_some("campaign-error")] {
                        @for (slug, headline) in page.campaigns {
                            option value=(slug) selected[*slug == form.campaign.trim()] { (headline) }
                        }
                    }
                }
                (text("email_domain", "Email domain", &form.email_domain, "The part after the @, like example.org").render_in(lang, errors))
                (text("ip", "IP address", &form.ip, "A whole address, its start (like 203.0.113.) or a range (like 203.0.113.0/24)").render_in(lang, errors))
                (text("postcode", "Postcode", &form.postcode, "A whole postcode or its start, like SW1A").render_in(lang, errors))
                (text("constituency", "Constituency", &form.constituency, "Its name or code, like E14001172").render_in(lang, errors))
                (text("from", "Signed from", &form.from, "UTC: a date and time, like 2026-11-28 14:30, or a date").render_in(lang, errors))
                (text("to", "Signed up to", &form.to, "UTC, including that minute (or that whole day)").render_in(lang, errors))
                div.field.invalid[errors.has("status")] {
                    label for="status" { "Status" }
                    @if let Some(message) = errors.message(lang, "status") { p.error id="status-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                    select #status name="status" aria-describedby=[errors.has("status").then_some("status-error")] {
                        @for (value, label) in statuses {
                            option value=(value) selected[form.status.trim() == value] { (label) }
                        }
                    }
                }
                button.primary type="submit" { "Search" }
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
    let tally = found.tally;
    let errors = &page.feedback.action_errors;
    html! {
        section aria-labelledby="match-count" {
            h2 #match-count data-count=(tally.total) {
                (plural(tally.total, "signature matches", "signatures match"))
            }
            @if tally.total > PAGE_ROWS { p.small { "The newest " (PAGE_ROWS) " are shown." } }
            @if !found.rows.is_empty() { (table(found)) }
            @if tally.not_invalidated > 0 && narrows {
                form method="post" action="/staff/signatures/invalidate" {
                    (layout::csrf(staff))
                    (hidden_search(page.form))
                    input type="hidden" name="expected" value=(tally.not_invalidated);
                    (reason_field(lang, "reason", "Why invalidate them?", errors))
                    button.primary type="submit" {
                        "Invalidate all " (tally.not_invalidated) " matching"
                    }
                    @if tally.not_invalidated < tally.total {
                        p.small { (tally.total - tally.not_invalidated) " already invalidated are left as they are." }
                    }
                }
            } @else if tally.not_invalidated > 0 {
                p.small { (NARROW) }
            }
            @if tally.suspect > 0 {
                form method="post" action="/staff/signatures/clear-suspects" {
                    (layout::csrf(staff))
                    (hidden_search(page.form))
                    input type="hidden" name="expected" value=(tally.suspect);
                    (reason_field(lang, "clear_reason", "Why are they genuine?", errors))
                    button.secondary type="submit" {
                        "Clear " (plural(tally.suspect, "suspect signature", "suspect signatures")) " as genuine"
                    }
                }
            }
        }
    }
}

fn reason_field(lang: Lang, id: &'static str, label: &str, errors: &FieldErrors) -> Markup {
    let error = errors.message(lang, id);
    let error = error.as_deref();
    let error_id = format!("{id}-error");
    html! {
        div.field.invalid[error.is_some()] {
            label for=(id) { (label) }
            p.hint id={ (id) "-hint" } { "Required. It is kept in the audit log." }
            @if let Some(message) = error { p.error id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            input id=(id) type="text" name="reason" required maxlength="500"
                aria-invalid=[error.map(|_| "true")]
                aria-describedby={ (id) "-hint" @if error.is_some() { " " (error_id) } };
        }
    }
}

fn table(found: &Found) -> Markup {
    html! {
        (crate::views::table_scroll::region("Matching signatures", html! {
            table.deliveries.review {
                caption { "Matching signatures, newest first" }
                thead { tr {
                    th scope="col" { "Name" } th scope="col" { "Email domain" } th scope="col" { "Postcode" }
                    th scope="col" { "IP address" } th scope="col" { "Signed (UTC)" } th scope="col" { "Confirmed" }
                    th scope="col" { "Suspect" } th scope="col" { "Invalidated" }
                } }
                tbody { @for row in &found.rows { tr {
                    td { (row.full_name) } td { (row.email_domain) } td { (row.postcode.as_deref().unwrap_or("–")) }
                    td { (row.ip.as_deref().unwrap_or("unknown")) } td { (row.created_at.format("%Y-%m-%d %H:%M:%S")) }
                    td { (yes(row.confirmed)) } td { (yes(row.suspect)) } td { (yes(row.invalidated)) }
                } } }
            }
        }))
    }
}
