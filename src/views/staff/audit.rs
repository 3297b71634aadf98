//! The audit log page: the whole log for admins, or its moderation part (what was done to
//! letters) for moderators. People are shown by email and stored search criteria in words,
//! the page's own words in the staff member's language; what an entry stored (actions'
//! codes, notes) is shown as it was written.

use std::collections::HashMap;

use maud::{html, Markup};

use super::layout::{self, counted};
use crate::auth::Staff;
use crate::db::models::audit::AuditRow;
use crate::forms::audit_filter::FilterForm;
use crate::forms::signatures::SearchForm;
use crate::forms::FieldErrors;
use crate::i18n::Lang;
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
        Scope::All => (lang.t("staff-audit-title"), lang.t("staff-audit-intro")),
        Scope::Moderation => (
            lang.t("staff-audit-moderation-title"),
            lang.t("staff-audit-moderation-intro"),
        ),
    };
    let text = |name: &'static str, label: &str, value: &str, kind: &'static str| {
        TextField {
            name,
            label: &lang.t(label),
            value,
            kind,
            autocomplete: "off",
            hint: None,
            required: false,
        }
        .render_in(lang, errors)
    };
    let entries = i64::try_from(page.rows.len()).unwrap_or(i64::MAX);
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { (title) }
                p { (intro) }
                form.filters method="get" action=(page.scope.path()) {
                    (text("actor", "staff-audit-field-actor", &form.actor, "text"))
                    @if page.scope == Scope::All {
                        (text("action", "staff-audit-field-action", &form.action, "text"))
                        (text("subject_type", "staff-audit-field-subject-type", &form.subject_type, "text"))
                        (text("subject_id", "staff-audit-field-subject-id", &form.subject_id, "text"))
                    } @else {
                        (text("subject_id", "staff-audit-field-letter", &form.subject_id, "text"))
                    }
                    (text("since", "staff-audit-field-since", &form.since, "date"))
                    (text("until", "staff-audit-field-until", &form.until, "date"))
                    button.secondary type="submit" { (lang.t("staff-audit-filter")) }
                }
                (crate::views::table_scroll::region(&lang.t("staff-audit-entries"), html! {
                    table.deliveries.audit {
                        caption { (counted(lang, "staff-audit-count", entries, &[])) }
                        thead { tr {
                            th scope="col" { (lang.t("staff-audit-col-when")) } th scope="col" { (lang.t("staff-audit-col-who")) } th scope="col" { (lang.t("staff-audit-col-action")) }
                            th scope="col" { (lang.t("staff-audit-col-subject")) } th scope="col" { (lang.t("staff-audit-col-change")) } th scope="col" { (lang.t("staff-audit-col-reason")) }
                        } }
                        tbody {
                            @for row in page.rows {
                                tr {
                                    td.when { (row.created_at.format("%Y-%m-%d %H:%M")) }
                                    td { (actor(lang, row)) }
                                    td { code { (row.action) } }
                                    td { (subject(lang, row, page.emails)) }
                                    td { (change(lang, row)) }
                                    td { (row.reason.as_deref().map(|r| reason(lang, row, r)).unwrap_or_default()) }
                                }
                            }
                        }
                    }
                }))
            }
        },
    )
}

/// Who acted: a staff member's email as stored, or a failed sign-in's unknown account in
/// words.
fn actor(lang: Lang, row: &AuditRow) -> String {
    if row.actor_id.is_none() && row.actor == "unknown account" {
        lang.t("staff-audit-actor-unknown")
    } else {
        row.actor.clone()
    }
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
fn subject(lang: Lang, row: &AuditRow, emails: &HashMap<i64, String>) -> Markup {
    let id = row.subject_id.as_deref().unwrap_or("");
    let named = |key: &str, what: &str| lang.t_args(key, &[("id", what.into())]);
    match row.subject_type.as_str() {
        "letter" if !id.is_empty() => {
            html! { a href={ "/staff/moderation/" (id) } { (named("staff-audit-subject-letter", id)) } }
        }
        "user" => match id.parse::<i64>().ok().and_then(|n| emails.get(&n)) {
            Some(email) => html! { (named("staff-audit-subject-account", email)) },
            None if id.is_empty() => html! { (lang.t("staff-audit-subject-unknown-account")) },
            None => html! { (named("staff-audit-subject-deleted-account", id)) },
        },
        "invalidation" => html! { (named("staff-audit-subject-invalidation", id)) },
        "api_token" => html! { (named("staff-audit-subject-api-token", id)) },
        "campaign" => html! { (named("staff-audit-subject-campaign", id)) },
        "campaign_update" => html! { (named("staff-audit-subject-campaign-update", id)) },
        "official_response" => html! { (named("staff-audit-subject-official-response", id)) },
        "saved_note" => html! { (named("staff-audit-subject-saved-note", id)) },
        kind => html! { (kind.replace('_', " ")) " " (id) },
    }
}

/// Before and after, in words.
fn change(lang: Lang, row: &AuditRow) -> String {
    let before = row.old_state.as_deref().map(|s| state(lang, row, s));
    let after = row.new_state.as_deref().map(|s| state(lang, row, s));
    let signatures = |n: &str| match n.parse::<i64>() {
        Ok(n) => counted(lang, "staff-audit-signatures", n, &[]),
        Err(_) => n.to_owned(),
    };
    match (before, after) {
        (Some(before), Some(after)) if row.action.starts_with("signatures.") => lang.t_args(
            "staff-audit-change-search",
            &[
                ("search", before.into()),
                ("count", signatures(&after).into()),
            ],
        ),
        (Some(before), Some(after)) if before == after => before,
        (Some(before), Some(after)) => lang.t_args(
            "staff-audit-change",
            &[("before", before.into()), ("after", after.into())],
        ),
        (None, Some(after)) if row.action == "signatures.invalidate" => signatures(&after),
        (Some(only), None) | (None, Some(only)) => only,
        (None, None) => String::new(),
    }
}

/// A stored state in words: a letter's status as its word, a saved signature search as
/// its criteria, any other JSON object as "name: value" pairs, and plain text as it is.
fn state(lang: Lang, row: &AuditRow, text: &str) -> String {
    let trimmed = text.trim();
    if !trimmed.starts_with('{') {
        if row.subject_type == "letter" && LETTER_STATES.contains(&trimmed) {
            return lang.t_args("staff-audit-letter-state", &[("state", trimmed.into())]);
        }
        return trimmed.to_owned();
    }
    if row.action.starts_with("signatures.") {
        if let Ok(search) = serde_json::from_str::<SearchForm>(trimmed) {
            let criteria = super::signatures::describe(lang, &search);
            return lang.t_args("staff-audit-search", &[("criteria", criteria.into())]);
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

/// The letter statuses an entry may store as its before or after.
const LETTER_STATES: [&str; 7] = [
    "draft",
    "unconfirmed",
    "pending",
    "approved",
    "rejected",
    "hidden",
    "withdrawn",
];

/// A reason in words: a rejection's code becomes its label.
fn reason(lang: Lang, row: &AuditRow, reason: &str) -> String {
    super::moderation::parts::reason_words(lang, &row.action, reason)
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
        let shown = change(
            Lang::En,
            &row("signatures.clear_suspect", Some(json), Some("12")),
        );
        assert!(!shown.contains('{'), "{shown}");
        assert!(shown.contains("email domain spam.example"), "{shown}");
        assert!(shown.ends_with(": 12 signatures"), "{shown}");
    }

    #[test]
    fn other_json_reads_as_pairs_and_text_stays_text() {
        let shown = change(
            Lang::En,
            &row(
                "privacy.anonymise",
                None,
                Some(r#"{"signatures":3,"letters":1}"#),
            ),
        );
        assert!(shown.contains("signatures: 3"), "{shown}");
        assert!(!shown.contains('{'), "{shown}");
        assert_eq!(
            change(
                Lang::En,
                &row("user.role", Some("moderator"), Some("admin"))
            ),
            "moderator → admin"
        );
    }
}
