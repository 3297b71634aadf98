//! The rules of signature review: what a search shows, and the three bulk actions
//! (invalidate, revert an invalidation, clear suspects), each in one transaction with its
//! audit entry. Every change marks the signatures `count_dirty`, so the counter moves the
//! count within a second.

use chrono::NaiveDateTime;

use super::query::SignatureQuery;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::invalidation;
use crate::db::models::signature_search;
use crate::db::{DbConnection, DbError};
use crate::forms::signatures::SearchForm;

/// Longest reason kept.
const MAX_REASON: usize = 500;

/// The staff member acting.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: i64,
    pub email: String,
}

/// Why a moderator acted, as it goes in the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason(String);

impl Reason {
    pub fn parse(text: &str) -> Result<Reason, crate::i18n::Message> {
        let text = text.trim();
        if text.is_empty() {
            Err(crate::i18n::Message::new("error-audit-reason-empty"))
        } else if text.chars().count() > MAX_REASON {
            Err(crate::i18n::Message::new("error-audit-reason-too-long")
                .number("max", MAX_REASON as i64))
        } else {
            Ok(Reason(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a bulk action did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// This many signatures changed.
    Done(usize),
    /// The moderator saw a different number from the one that matches now (new
    /// signatures came in, or someone else acted): nothing changed.
    Moved { now: i64 },
    /// The search does not narrow the campaign: a whole campaign is never invalidated in
    /// one go.
    TooBroad,
}

/// A bulk action as confirmed on the page: the search, the number the moderator saw, and
/// why.
#[derive(Debug, Clone)]
pub struct Bulk<'a> {
    pub campaign_id: i64,
    pub form: &'a SearchForm,
    pub query: &'a SignatureQuery,
    pub expected: i64,
    pub reason: &'a Reason,
}

/// Invalidates every matching signature not yet invalidated, as one revertible batch.
pub fn invalidate(
    conn: &mut DbConnection,
    actor: &Actor,
    bulk: &Bulk<'_>,
    now: NaiveDateTime,
) -> Result<Outcome, DbError> {
    if !bulk.query.narrows() {
        return Ok(Outcome::TooBroad);
    }
    let filter = bulk.query.filter(bulk.campaign_id);
    let matching = signature_search::tally(conn, &filter)?.not_invalidated;
    if matching != bulk.expected || matching == 0 {
        return Ok(Outcome::Moved { now: matching });
    }
    let criteria = serde_json::to_string(bulk.form).unwrap_or_default();
    let id = invalidation::create(conn, bulk.campaign_id, &criteria, actor.id, now)?;
    let changed = signature_search::invalidate(conn, &filter, id, now)?;
    invalidation::set_count(conn, id, i32::try_from(changed).unwrap_or(i32::MAX))?;
    record(
        conn,
        actor,
        "signatures.invalidate",
        ("invalidation", id.to_string()),
        (None, changed),
        Some(bulk.reason.as_str()),
        now,
    )?;
    Ok(Outcome::Done(changed))
}

/// Marks every matching suspect signature reviewed and genuine. The audit entry's
/// `old_state` holds the search that picked them (JSON).
pub fn clear_suspects(
    conn: &mut DbConnection,
    actor: &Actor,
    bulk: &Bulk<'_>,
    now: NaiveDateTime,
) -> Result<Outcome, DbError> {
    let filter = bulk.query.filter(bulk.campaign_id);
    let suspects = signature_search::tally(conn, &filter)?.suspect;
    if suspects != bulk.expected || suspects == 0 {
        return Ok(Outcome::Moved { now: suspects });
    }
    let changed = signature_search::clear_suspects(conn, &filter)?;
    let criteria = serde_json::to_string(bulk.form).unwrap_or_default();
    record(
        conn,
        actor,
        "signatures.clear_suspect",
        ("campaign", bulk.campaign_id.to_string()),
        (Some(criteria), changed),
        Some(bulk.reason.as_str()),
        now,
    )?;
    Ok(Outcome::Done(changed))
}

/// Puts back every signature an invalidation took out. `None` when there is no such
/// invalidation or it was reverted already.
pub fn revert(
    conn: &mut DbConnection,
    actor: &Actor,
    invalidation_id: i64,
    reason: Option<&Reason>,
    now: NaiveDateTime,
) -> Result<Option<usize>, DbError> {
    if !invalidation::mark_reverted(conn, invalidation_id, actor.id, now)? {
        return Ok(None);
    }
    let restored = signature_search::restore(conn, invalidation_id)?;
    record(
        conn,
        actor,
        "signatures.revert",
        ("invalidation", invalidation_id.to_string()),
        (Some("invalidated".to_owned()), restored),
        reason.map(Reason::as_str),
        now,
    )?;
    Ok(Some(restored))
}

fn record(
    conn: &mut DbConnection,
    actor: &Actor,
    action: &str,
    (subject_type, subject_id): (&str, String),
    (old_state, count): (Option<String>, usize),
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    audit::record(
        conn,
        &AuditEntry {
            actor_id: Some(actor.id),
            actor: &actor.email,
            action,
            subject_type,
            subject_id: Some(subject_id),
            old_state,
            new_state: Some(count.to_string()),
            reason,
            created_at: now,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_kept_short() {
        assert_eq!(
            Reason::parse("  bulk sign-ups from one network ")
                .unwrap()
                .as_str(),
            "bulk sign-ups from one network"
        );
        assert!(Reason::parse("   ").is_err());
        assert!(Reason::parse(&"x".repeat(501)).is_err());
        assert!(Reason::parse(&"é".repeat(500)).is_ok());
    }
}
