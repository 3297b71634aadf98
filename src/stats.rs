//! Campaign statistics for the dashboard, exports and public API, grouped in SQL.
//!
//! "Counted" means confirmed, not suspect and not invalidated, as the public count.
//! Every query groups in the database (`GROUP BY`), so the rows that come back number
//! one per day, hour, place or status, however many signatures there are.

pub mod dashboard;
mod gaps;
mod letters;
mod places;
pub mod public;
mod signatures;
mod time;

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::db::{DbConnection, DbError};

pub use dashboard::DashboardStats;
pub use gaps::{fill_gaps, label_of};
pub use letters::{deliveries_by_status, letters_by_status, personalisation};
pub use places::{by_constituency, by_country, UNKNOWN_CONSTITUENCY};
pub use public::{PublicStats, PublicStatsCache};
pub use signatures::signature_statuses;

/// How finely signatures are bucketed over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Hour,
}

/// Counted signatures confirmed in one day or hour (UTC): `label` is "2026-11-28" for a
/// day, "2026-11-28T14:00" for an hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    pub label: String,
    pub count: i64,
}

/// Counted signatures in one constituency or country. `mp` is the constituency's MP,
/// when known (always `None` for countries).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceCount {
    pub code: String,
    pub name: String,
    pub mp: Option<String>,
    pub count: i64,
}

/// Every signature of a campaign, in exactly one of four states. `confirmed` is the
/// counted ones; an invalidated signature is only `invalidated`, and a suspect one (not
/// invalidated) only `suspect`, whether confirmed or not; `pending` is the rest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SignatureStatuses {
    pub confirmed: i64,
    /// Of the confirmed (counted) ones, those who asked to hear about the campaign's progress.
    pub opted_in: i64,
    pub pending: i64,
    pub suspect: i64,
    pub invalidated: i64,
}

/// Approved letters below the campaign's similarity threshold (`personal`) and at or
/// above it (`near_copies`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Personalisation {
    pub personal: i64,
    pub near_copies: i64,
}

/// Counted signatures by confirmation time (UTC), ascending, only non-empty buckets;
/// with `since`, only those confirmed at or after it.
pub fn over_time(
    conn: &mut DbConnection,
    campaign_id: i64,
    period: Period,
    since: Option<NaiveDateTime>,
) -> Result<Vec<Bucket>, DbError> {
    time::over_time(conn, campaign_id, period, since)
}
