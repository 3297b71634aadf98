//! The audit log: who did what to which thing, when, from which state to which, and why.
//! The application only inserts here; nothing in it edits or deletes an entry.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::audit_log;
use crate::db::{DbConnection, DbError};

/// One staff action, as recorded.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry<'a> {
    pub actor_id: Option<i64>,
    /// The staff member's email at the time, or `cli`.
    pub actor: &'a str,
    /// What was done, e.g. `letter.approve`, `user.disable`.
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: Option<String>,
    pub old_state: Option<String>,
    pub new_state: Option<String>,
    pub reason: Option<&'a str>,
    pub created_at: NaiveDateTime,
}

pub fn record(conn: &mut DbConnection, entry: &AuditEntry<'_>) -> Result<(), DbError> {
    diesel::insert_into(audit_log::table)
        .values(entry)
        .execute(conn)?;
    Ok(())
}

/// Whether `actor` has an entry for `action` at or after `since`.
pub fn recorded_since(
    conn: &mut DbConnection,
    action: &str,
    actor: &str,
    since: NaiveDateTime,
) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        audit_log::table
            .filter(audit_log::action.eq(action))
            .filter(audit_log::actor.eq(actor))
            .filter(audit_log::created_at.ge(since)),
    ))
    .get_result(conn)?)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditRow {
    pub id: i64,
    pub actor_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub subject_type: String,
    pub subject_id: Option<String>,
    pub old_state: Option<String>,
    pub new_state: Option<String>,
    pub reason: Option<String>,
    pub created_at: NaiveDateTime,
}

/// What an admin filters the log by; every part optional.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// The actor's email, or part of it.
    pub actor: Option<String>,
    /// An action or the start of one (`letter.` for all letter actions).
    pub action: Option<String>,
    pub subject_type: Option<String>,
    pub subject_id: Option<String>,
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
}

fn like_prefix(text: &str) -> String {
    let escaped: String = text
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("{escaped}%")
}

/// Newest first.
pub fn list(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    limit: i64,
) -> Result<Vec<AuditRow>, DbError> {
    let mut query = audit_log::table.into_boxed();
    if let Some(actor) = filter.actor.as_deref().filter(|a| !a.is_empty()) {
        let pattern = format!("%{}", like_prefix(actor));
        query = query.filter(audit_log::actor.like(pattern).escape('\\'));
    }
    if let Some(action) = filter.action.as_deref().filter(|a| !a.is_empty()) {
        query = query.filter(audit_log::action.like(like_prefix(action)).escape('\\'));
    }
    if let Some(kind) = filter.subject_type.as_deref().filter(|a| !a.is_empty()) {
        query = query.filter(audit_log::subject_type.eq(kind.to_owned()));
    }
    if let Some(id) = filter.subject_id.as_deref().filter(|a| !a.is_empty()) {
        query = query.filter(audit_log::subject_id.eq(id.to_owned()));
    }
    if let Some(since) = filter.since {
        query = query.filter(audit_log::created_at.ge(since));
    }
    if let Some(until) = filter.until {
        query = query.filter(audit_log::created_at.le(until));
    }
    Ok(query
        .order((audit_log::created_at.desc(), audit_log::id.desc()))
        .limit(limit)
        .select(AuditRow::as_select())
        .load(conn)?)
}

/// Every moderation entry about one letter (`letter.*` actions), oldest first.
pub fn for_letter(conn: &mut DbConnection, letter_id: i64) -> Result<Vec<AuditRow>, DbError> {
    Ok(audit_log::table
        .filter(audit_log::subject_type.eq("letter"))
        .filter(audit_log::subject_id.eq(letter_id.to_string()))
        .filter(audit_log::action.like("letter.%"))
        .order((audit_log::created_at.asc(), audit_log::id.asc()))
        .select(AuditRow::as_select())
        .load(conn)?)
}

/// The current email of each staff account in `ids` that still exists, for showing audit
/// entries by person rather than by number.
pub fn user_emails(
    conn: &mut DbConnection,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, String>, DbError> {
    use crate::db::schema::users;
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::email))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect())
}
