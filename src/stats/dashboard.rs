//! Everything the organiser dashboard shows about one campaign, read in one go.

use chrono::{DurationRound, NaiveDateTime, TimeDelta};

use super::{
    by_constituency, by_country, deliveries_by_status, fill_gaps, letters_by_status, over_time,
    personalisation, signature_statuses, Bucket, Period, Personalisation, PlaceCount,
    SignatureStatuses,
};
use crate::db::models::campaign::Campaign;
use crate::db::{DbConnection, DbError};

/// How many hours the hourly chart covers, ending with the current one.
pub const RECENT_HOURS: i64 = 48;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DashboardStats {
    pub statuses: SignatureStatuses,
    pub letters: Vec<(String, i64)>,
    pub deliveries: Vec<(String, i64)>,
    pub personalisation: Personalisation,
    /// Every hour of the last 48, empty ones included.
    pub per_hour: Vec<Bucket>,
    /// Every day since launch (see [`launch_range`]), empty ones included.
    pub per_day: Vec<Bucket>,
    /// By count, most first, as `by_constituency` returns them.
    pub constituencies: Vec<PlaceCount>,
    pub countries: Vec<PlaceCount>,
    /// "Did your MP reply?" answers per official, most answered first.
    pub replies: Vec<crate::db::models::reply_question::OfficialTally>,
    /// Milestones reached, lowest first, with what was sent to MPs.
    pub milestones: Vec<crate::db::models::milestone::Reached>,
}

/// The days a campaign's daily chart spans: from its opening (or creation) to now, or to
/// its close if it has closed. Signatures outside the range widen it.
pub fn launch_range(campaign: &Campaign, now: NaiveDateTime) -> (NaiveDateTime, NaiveDateTime) {
    let from = campaign.opens_at.unwrap_or(campaign.created_at);
    let to = campaign.closes_at.map_or(now, |closes| closes.min(now));
    (from, to)
}

/// Counted signatures per day since launch, with empty days filled in.
pub fn days_since_launch(
    conn: &mut DbConnection,
    campaign: &Campaign,
    now: NaiveDateTime,
) -> Result<Vec<Bucket>, DbError> {
    let days = over_time(conn, campaign.id, Period::Day, None)?;
    let (from, to) = launch_range(campaign, now);
    Ok(fill_gaps(&days, Period::Day, Some(from), Some(to)))
}

/// Counted signatures in each of the last 48 hours (the current one last).
pub fn recent_hours(
    conn: &mut DbConnection,
    campaign_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Bucket>, DbError> {
    let hour = now.duration_trunc(TimeDelta::hours(1)).unwrap_or(now);
    let since = hour - TimeDelta::hours(RECENT_HOURS - 1);
    let hours = over_time(conn, campaign_id, Period::Hour, Some(since))?;
    Ok(fill_gaps(&hours, Period::Hour, Some(since), Some(hour)))
}

impl DashboardStats {
    pub fn load(
        conn: &mut DbConnection,
        campaign: &Campaign,
        now: NaiveDateTime,
    ) -> Result<DashboardStats, DbError> {
        let id = campaign.id;
        Ok(DashboardStats {
            statuses: signature_statuses(conn, id)?,
            letters: letters_by_status(conn, id)?,
            deliveries: deliveries_by_status(conn, id)?,
            personalisation: personalisation(conn, id)?,
            per_hour: recent_hours(conn, id, now)?,
            per_day: days_since_launch(conn, campaign, now)?,
            milestones: crate::db::models::milestone::reached(conn, id)?,
            constituencies: by_constituency(conn, id)?,
            countries: by_country(conn, id)?,
            replies: crate::db::models::reply_question::tallies(conn, Some(id))?,
        })
    }
}
