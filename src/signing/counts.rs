//! The counts people see, served from memory and refreshed in batches by one task, so no
//! request ever counts rows or waits on the counter.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::db::models::count;
use crate::db::{Database, DbError};
use crate::plumbing::shutdown::Stopping;

/// Largest number of confirmations folded into the counts in one transaction.
const FOLD_BATCH: i64 = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CountSnapshot {
    pub signature_count: i64,
    pub updated_at: DateTime<Utc>,
}

/// Counts by campaign slug.
#[derive(Debug, Default)]
pub struct CountCache {
    by_slug: RwLock<HashMap<String, CountSnapshot>>,
    /// The site's address, for the link in milestone letters to MPs.
    base_url: String,
}

impl CountCache {
    pub fn new(base_url: String) -> CountCache {
        CountCache {
            by_slug: RwLock::default(),
            base_url,
        }
    }

    pub fn get(&self, slug: &str) -> Option<CountSnapshot> {
        self.by_slug
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(slug)
            .copied()
    }

    fn replace(&self, rows: Vec<count::CountRow>) {
        let fresh = rows
            .into_iter()
            .map(|row| {
                let snapshot = CountSnapshot {
                    signature_count: row.signature_count,
                    updated_at: row.updated_at.and_utc(),
                };
                (row.slug, snapshot)
            })
            .collect();
        *self
            .by_slug
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = fresh;
    }

    /// Folds new confirmations into the stored counts, acting on any milestone crossed
    /// in the same transaction (see `letters::milestones`), then reloads them all.
    pub async fn refresh(&self, db: &Database) -> Result<(), DbError> {
        loop {
            let base_url = self.base_url.clone();
            let folded = db
                .write(move |conn| {
                    let now = Utc::now().naive_utc();
                    let folded = count::fold_confirmed(conn, now, FOLD_BATCH)?;
                    crate::letters::milestones::reach(conn, &folded.moved, &base_url, now)?;
                    Ok(folded.signatures)
                })
                .await?;
            if (folded as i64) < FOLD_BATCH {
                break;
            }
        }
        self.replace(db.read(count::all).await?);
        Ok(())
    }
}

/// Refreshes the counts every `interval` until asked to stop (never inside a fold).
pub async fn run(
    cache: Arc<CountCache>,
    db: Database,
    interval: std::time::Duration,
    mut stopping: Stopping,
) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = stopping.wait() => break,
            _ = ticker.tick() => {}
        }
        if let Err(error) = cache.refresh(&db).await {
            tracing::warn!(%error, "could not refresh signature counts");
        }
    }
}
