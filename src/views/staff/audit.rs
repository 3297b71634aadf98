//! The audit log page: the whole log for admins, or its moderation part (what was done to
//! letters) for moderators. People are shown by email and stored search criteria in words.

use std::collections::HashMap;

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;
use crate::db::models::audit::AuditRow;
use crate::forms::audit_filter::FilterForm;
use crate::forms::signatures::SearchForm;
use crate::forms::FieldErrors;
use crate::views::form::TextField;

/// Which part of the log a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every entry (admins).
    All,
    /// Moderation of letters only (moderators and admins).
    Moderation,
}

impl Scope {
    fn path(self) -> &'static str {
        match self {
            Scope::All => "/staff/audit",
            Scope::Moderation => "/staff/audit/moderation",
        }
    }
}

/// What the page shows, with the emails of the staff accounts its entries name.
pub struct AuditPage<'a> {
    pub scope: Scope,
    pub form: &'a FilterForm,
    pub errors: &'a FieldErrors,
    pub rows: &'a [AuditRow],
    /// Staff account ids to their current email.
    pub emails: &'a HashMap<i64, String>,
}

pub fn page(staff: &Staff, page: &AuditPage<'_>) -> Markup {
    let lang = staff.lang;
    let (form, errors) = (page.form, page.errors);
    let (title, intro) = match page.scope {
        Scope::All => (
            "Audit log",
            "Every staff action, newest first. Entries cannot be changed or removed from here.",
        ),
        Scope::Moderation => (
            "Moderation log",
            "Every moderator’s decision on a letter (approve, reject, edit, hide, show again), newest first, with the reason given.",
        ),
    };
    let text = |name, label, value, kind| TextField {
        name,
        label,
        value,
        kind,
        autocomplete: "off",
        hint: None,
        required: false,
    };
    layout::page(
        staff,
        title,
        html! {
            section.staff-page {
                h1 { (title) }
                p { (intro) }
                form.filters method="get" action=(page.scope.path()) {
                    (text("actor", "Who (email)", &form.actor, "text").render_in(lang, errors))
                    @if page.scope == Scope::All {
                        (text("action", "Action (or its start, e.g. letter.)", &form.action, "text").render_in(lang, errors))
                        (text("subject_type", "Subject type", &form.subject_type, "text").render_in(lang, errors))
                        (text("subject_id", "Subject id", &form.subject_id, "text").render_in(lang, errors))
                    } @else {
                        (text("subject_id", "Letter number", &form.subject_id, "text").render_in(lang, errors))
                    }
                    (text("since", "From (date)", &form.since, "date").render_in(lang, errors))
                    (text("until", "Until (date)", &form.until, "date").render_in(lang, errors))
                    button.secondary type="submit" { "Filter" }
                }
                (crate::views::table_scroll::region("Audit log entries", html! {
                    table.deliveries.audit {
                        caption { (page.rows.len()) " entries" }
                        thead { tr {
                            th scope="col" { "When (UTC)" } th scope="col" { "Who" } th scope="col" { "Action" }
                            th scope="col" { "Subject" } th scope="col" { "Change" } th scope="col" { "Reason" }
                        } }
                        tbody {
                            @for row in page.rows {
                                tr {
                                    td.when { (row.created_at.format("%Y-%m-%d %H:%M")) }
                                    td { (row.actor) }
                                    td { code { (row.action) } }
                                    td { (subject(row, page.emails)) }
                                    td { (change(row)) }
                                    td { (row.reason.as_deref().map(|r| reason(row, r)).unwrap_or_default()) }
                                }
                            }
                        }
                    }
                }))
            }
        },
    )
}

/// Staff account ids the rows name (as actor or subject), to look their emails up.
pub fn user_ids(rows: &[AuditRow]) -> Vec<i64> {
    let mut ids: Vec<i64> = rows
        .iter()
        .filter(|row| row.subject_type == "user")
        .filter_map(|row| row.subject_id.as_deref()?.parse().ok())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// What the entry was about: a letter links to its page, a staff account shows its email.
fn subject(row: &AuditRow, emails: &HashMap<i64, String>) -> Markup {
    let id = row.subject_id.as_deref().unwrap_or("");
    match row.subject_type.as_str() {
        "letter" if !id.is_empty() => {
            html! { a href={ "/staff/moderation/" (id) } { "Letter " (id) } }
        }
        "user" => match id.parse::<i64>().ok().and_then(|n| emails.get(&n)) {
            Some(email) => html! { "Account " (email) },
            None if id.is_empty() => html! { "An unknown account" },
            None => html! { "Account " (id) " (since deleted)" },
        },
        "invalidation" => html! { "Invalidation " (id) },
        "api_token" => html! { "API token " (id) },
        kind => html! { (kind.replace('_', " ")) " " (id) },
    }
}

/// Before and after, in words.
fn change(row: &AuditRow) -> String {
    let before = row.old_state.as_deref().map(|s| state(&row.action, s));
    let after = row.new_state.as_deref().map(|s| state(&row.action, s));
    match (before, after) {
        (Some(before), Some(after)) if row.action.starts_with("signatures.") => {
            format!("{before}: {after} signatures")
        }
        (Some(before), Some(after)) if before == after => before,
        (Some(before), Some(after)) => format!("{before} → {after}"),
        (None, Some(after)) if row.action == "signatures.invalidate" => {
            format!("{after} signatures")
        }
        (Some(only), None) | (None, Some(only)) => only,
        (None, None) => String::new(),
    }
}

/// A stored state in words: a saved signature search as its criteria, any other JSON
/// object as "name: value" pairs, and plain text as it is.
fn state(action: &str, text: &str) -> String {
    let trimmed = text.trim();
    if !trimmed.starts_with('{') {
        return trimmed.to_owned();
    }
    if action.starts_with("signatures.") {
        if let Ok(search) = serde_json::from_str::<SearchForm>(trimmed) {
            return format!("signatures matching {}", search.describe());
        }
    }
    match serde_json::from_str::<serde_json::Value>(trimmed) {
        Ok(serde_json::Value::Object(fields)) => fields
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    serde_json::Value::String(text) => text.clone(),
                    other => other.to_string(),
                };
                format!("{}: {value}", name.replace('_', " "))
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => trimmed.to_owned(),
    }
}

/// A reason in words: a rejection's code becomes its label.
fn reason(row: &AuditRow, reason: &str) -> String {
    super::moderation::parts::reason_words(&row.action, reason).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(action: &str, old: Option<&str>, new: Option<&str>) -> AuditRow {
        AuditRow {
            id: 1,
            actor_id: Some(1),
            actor: "a@example.org".into(),
            action: action.into(),
            subject_type: "campaign".into(),
            subject_id: Some("1".into()),
            old_state: old.map(Into::into),
            new_state: new.map(Into::into),
            reason: None,
            created_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn a_stored_search_reads_as_words_not_json() {
        let json =
            r#"{"campaign":"british-values","email_domain":"spam.example","status":"suspect"}"#;
        let shown = change(&row("signatures.clear_suspect", Some(json), Some("12")));
        assert!(!shown.contains('{'), "{shown}");
        assert!(shown.contains("email domain spam.example"), "{shown}");
        assert!(shown.ends_with(": 12 signatures"), "{shown}");
    }

    #[test]
    fn other_json_reads_as_pairs_and_text_stays_text() {
        let shown = change(&row(
            "privacy.anonymise",
            None,
            Some(r#"{"signatures":3,"letters":1}"#),
        ));
        assert!(shown.contains("signatures: 3"), "{shown}");
        assert!(!shown.contains('{'), "{shown}");
        assert_eq!(
            change(&row("user.role", Some("moderator"), Some("admin"))),
            "moderator → admin"
        );
    }
}
