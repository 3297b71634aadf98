//! What every request handler can reach: the database, the caches, the settings.

use std::sync::Arc;

use tokio::sync::Notify;

use crate::auth::password::PasswordHasher;
use crate::db::Database;
use crate::mail::links::Links;
use crate::plumbing::config::Settings;
use crate::signing::counts::CountCache;

/// What every request handler can reach.
pub struct AppState {
    pub db: Database,
    pub counts: Arc<CountCache>,
    /// The campaign pages' statistics, refreshed in the background (`stats::public`).
    pub public_stats: Arc<crate::stats::PublicStatsCache>,
    /// Public JSON bodies, each kept for one count refresh interval.
    pub public_json: Arc<crate::web::api::JsonCache>,
    /// Campaigns by slug, each kept for one count refresh interval.
    pub campaigns:
        Arc<crate::plumbing::interval_cache::IntervalCache<crate::db::models::campaign::Campaign>>,
    /// Each campaign's translations by slug (empty when it has none), kept like the
    /// campaigns: the embed and letters' pages name a campaign in the visitor's language
    /// without reading the database for each view.
    pub translations: Arc<
        crate::plumbing::interval_cache::IntervalCache<Vec<crate::campaigns::file::Translation>>,
    >,
    /// Campaign pages, rendered and compressed, each kept for one count refresh interval.
    pub pages: Arc<
        crate::plumbing::interval_cache::IntervalCache<crate::web::compressed_page::CompressedPage>,
    >,
    pub settings: Arc<Settings>,
    /// The site's public root, without a trailing slash.
    pub base_url: String,
    /// The absolute links that go into emails (the same root), ready to hand to the work
    /// a request does: clone it into a database closure.
    pub links: Links,
    /// Wakes the mail sender when an email has been queued.
    pub mail_wake: Arc<Notify>,
    /// Staff password hashing, off the async workers and a few at a time.
    pub hasher: PasswordHasher,
    /// The "check your email" page's memory of the address used.
    pub signed_address: crate::web::routes::signed_address::SignedAddress,
    /// Finds a writer's constituency from their postcode (`MISSIVE_POSTCODE_API`).
    pub postcodes: crate::postcode_lookup::Finder,
}

impl AppState {
    pub fn count_of(&self, slug: &str) -> i64 {
        self.counts.get(slug).map_or(0, |c| c.signature_count)
    }

    /// After a campaign is edited: the next request reads it and builds its page and JSON
    /// afresh.
    pub fn forget_campaigns(&self) {
        self.campaigns.forget_all();
        self.translations.forget_all();
        self.pages.forget_all();
        self.public_json.forget_all();
    }
}
