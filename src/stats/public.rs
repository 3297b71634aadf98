//! The campaign page's statistics (signatures by day, top constituencies), kept in memory
//! per campaign and refreshed by a background task, so a page view never queries for them.
//!
//! A campaign's snapshot is recomputed only when its count has moved (or a minute has
//! passed), and never sooner than ten times as long as the last computation took, so a
//! campaign with a million signatures cannot keep the database busy with it.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::dashboard::days_since_launch;
use super::{by_constituency, Bucket, PlaceCount};
use crate::db::models::{campaign, count};
use crate::db::{Database, DbError};

/// How many constituencies the campaign page lists.
pub const TOP_CONSTITUENCIES: usize = 10;
/// A snapshot is recomputed after this long even if the count has not moved (a postcode
/// import, or an invalidation and a confirmation in the same batch).
const MAX_AGE: Duration = Duration::from_secs(60);
/// The gap before the next computation, as a multiple of how long the last one took.
const BACKOFF_FACTOR: u32 = 10;

/// What the public campaign page shows besides the count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublicStats {
    /// Counted signatures by day of confirmation since launch, empty days included.
    pub per_day: Vec<Bucket>,
    /// The constituencies with most signatures (known constituencies only), most first.
    pub top_constituencies: Vec<PlaceCount>,
    pub updated_at: DateTime<Utc>,
}

impl PublicStats {
    /// Computes the snapshot from the database (`None` if there is no such campaign).
    pub fn compute(
        conn: &mut crate::db::DbConnection,
        campaign_id: i64,
    ) -> Result<Option<PublicStats>, DbError> {
        let Some(campaign) = campaign::find_by_id(conn, campaign_id)? else {
            return Ok(None);
        };
        let per_day = days_since_launch(conn, &campaign, Utc::now().naive_utc())?;
        let top_constituencies = by_constituency(conn, campaign_id)?
            .into_iter()
            .filter(|place| !place.code.is_empty())
            .take(TOP_CONSTITUENCIES)
            .collect();
        Ok(Some(PublicStats {
            per_day,
            top_constituencies,
            updated_at: Utc::now(),
        }))
    }
}

struct Entry {
    stats: Arc<PublicStats>,
    /// The campaign's count when the snapshot was taken.
    count: i64,
    taken: Instant,
    /// Not recomputed before this, however the count moves.
    not_before: Instant,
}

/// Snapshots by campaign slug.
#[derive(Default)]
pub struct PublicStatsCache {
    by_slug: RwLock<HashMap<String, Entry>>,
}

impl std::fmt::Debug for PublicStatsCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PublicStatsCache")
    }
}

/// How often the task looks for campaigns whose snapshot is due: ten count refreshes,
/// between one and ten seconds.
pub fn interval_for(count_interval: Duration) -> Duration {
    (count_interval * 10).clamp(Duration::from_secs(1), Duration::from_secs(10))
}

impl PublicStatsCache {
    /// The latest snapshot for the campaign, if one has been taken.
    pub fn get(&self, slug: &str) -> Option<Arc<PublicStats>> {
        self.by_slug
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(slug)
            .map(|entry| entry.stats.clone())
    }

    /// Whether the campaign's snapshot should be recomputed now, given its current count.
    fn due(&self, slug: &str, count: i64, now: Instant) -> bool {
        let entries = self
            .by_slug
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match entries.get(slug) {
            None => true,
            Some(entry) if now < entry.not_before => false,
            Some(entry) => entry.count != count || now.duration_since(entry.taken) >= MAX_AGE,
        }
    }

    fn store(&self, slug: String, entry: Entry) {
        self.by_slug
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(slug, entry);
    }

    fn keep_only(&self, slugs: &[String]) {
        self.by_slug
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .retain(|slug, _| slugs.contains(slug));
    }

    /// Recomputes the snapshots that are due; `interval` is the least time between two
    /// computations for one campaign.
    pub async fn refresh(&self, db: &Database, interval: Duration) -> Result<(), DbError> {
        let campaigns = db.read(count::all).await?;
        for row in &campaigns {
            let started = Instant::now();
            if !self.due(&row.slug, row.signature_count, started) {
                continue;
            }
            let id = row.campaign_id;
            let Some(stats) = db.read(move |conn| PublicStats::compute(conn, id)).await? else {
                continue;
            };
            let took = started.elapsed();
            let entry = Entry {
                stats: Arc::new(stats),
                count: row.signature_count,
                taken: started,
                not_before: started + interval.max(took * BACKOFF_FACTOR),
            };
            self.store(row.slug.clone(), entry);
        }
        let slugs: Vec<String> = campaigns.into_iter().map(|row| row.slug).collect();
        self.keep_only(&slugs);
        Ok(())
    }
}

/// Refreshes the snapshots every `interval` until asked to stop.
pub async fn run(
    cache: Arc<PublicStatsCache>,
    db: Database,
    interval: Duration,
    mut stopping: crate::plumbing::shutdown::Stopping,
) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = stopping.wait() => break,
            _ = ticker.tick() => {}
        }
        if let Err(error) = cache.refresh(&db, interval).await {
            tracing::warn!(%error, "could not refresh public campaign statistics");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interval_is_ten_count_refreshes_within_one_to_ten_seconds() {
        assert_eq!(
            interval_for(Duration::from_millis(500)),
            Duration::from_secs(5)
        );
        assert_eq!(
            interval_for(Duration::from_millis(10)),
            Duration::from_secs(1)
        );
        assert_eq!(
            interval_for(Duration::from_secs(60)),
            Duration::from_secs(10)
        );
    }
}
