//! Saving a campaign from the staff form: stored as a campaign file import would store it,
//! with an audit entry saying who changed what, in the same transaction.

use chrono::{NaiveDateTime, Timelike, Utc};

use crate::auth::Staff;
use crate::campaigns::file::CampaignFile;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::campaign::{self, Campaign};
use crate::db::{DbConnection, DbError};

/// Imports the campaign and records who did it, from which state to which.
pub fn store(
    conn: &mut DbConnection,
    staff: &Staff,
    file: &CampaignFile,
    before: Option<&Campaign>,
    reason: Option<&str>,
) -> Result<(), DbError> {
    let now = Utc::now().naive_utc();
    campaign::import_by(conn, file, now, Some(staff.id))?;
    let old_state = before.map(|c| summary(c.goal, c.featured, c.opens_at, c.closes_at));
    let new_state = summary(file.goal, file.featured, file.opens_at, file.closes_at);
    audit::record(
        conn,
        &AuditEntry {
            actor_id: Some(staff.id),
            actor: &staff.email,
            action: if before.is_some() {
                "campaign.update"
            } else {
                "campaign.create"
            },
            subject_type: "campaign",
            subject_id: Some(file.slug.to_string()),
            old_state,
            new_state: Some(new_state),
            reason,
            created_at: now,
        },
    )
}

/// A short state for the audit log: `goal=10000, featured, closes 2027-01-31 12:00`.
pub fn summary(
    goal: i64,
    featured: bool,
    opens: Option<NaiveDateTime>,
    closes: Option<NaiveDateTime>,
) -> String {
    let when = |t: NaiveDateTime| match (t.hour(), t.minute(), t.second()) {
        (0, 0, 0) => t.format("%Y-%m-%d").to_string(),
        _ => t.format("%Y-%m-%d %H:%M").to_string(),
    };
    let mut parts = vec![format!("goal={goal}")];
    parts.extend(featured.then(|| "featured".to_owned()));
    parts.extend(opens.map(|t| format!("opens {}", when(t))));
    parts.extend(closes.map(|t| format!("closes {}", when(t))));
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    #[test]
    fn the_audit_summary_is_short() {
        let at = |d, h| NaiveDate::from_ymd_opt(2027, 1, d).and_then(|d| d.and_hms_opt(h, 0, 0));
        assert_eq!(
            super::summary(10_000, true, None, at(31, 0)),
            "goal=10000, featured, closes 2027-01-31"
        );
        assert_eq!(
            super::summary(5, false, at(1, 9), at(31, 12)),
            "goal=5, opens 2027-01-01 09:00, closes 2027-01-31 12:00"
        );
    }
}
