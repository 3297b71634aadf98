//! Public JSON bodies kept in memory for one count refresh interval, so a busy campaign's
//! breakdown by constituency and country is computed once per interval, not per request.
//! One build runs at a time; requests that arrive meanwhile wait and share its result.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use super::http_cache::JsonBody;

/// Bodies by key (a request path), each with when it was built.
#[derive(Debug, Default)]
pub struct JsonCache {
    entries: RwLock<HashMap<String, (Instant, Arc<JsonBody>)>>,
    building: tokio::sync::Mutex<()>,
}

impl JsonCache {
    fn fresh(&self, key: &str, max_age: Duration) -> Option<Arc<JsonBody>> {
        let entries = self
            .entries
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        entries
            .get(key)
            .filter(|(built, _)| built.elapsed() < max_age)
            .map(|(_, body)| body.clone())
    }

    /// The body stored for `key` if it is younger than `max_age`; otherwise `build` makes
    /// it, and it is stored. `Ok(None)` from `build` (nothing there) is passed on, not stored.
    pub async fn get_or_build<F, Fut, E>(
        &self,
        key: &str,
        max_age: Duration,
        build: F,
    ) -> Result<Option<Arc<JsonBody>>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<JsonBody>, E>>,
    {
        if let Some(body) = self.fresh(key, max_age) {
            return Ok(Some(body));
        }
        let _turn = self.building.lock().await;
        if let Some(body) = self.fresh(key, max_age) {
            return Ok(Some(body));
        }
        let Some(body) = build().await? else {
            return Ok(None);
        };
        let body = Arc::new(body);
        self.entries
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(key.to_owned(), (Instant::now(), body.clone()));
        Ok(Some(body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn builds_once_per_interval_and_never_stores_a_miss() {
        let cache = JsonCache::default();
        let builds = AtomicUsize::new(0);
        let build = || async {
            builds.fetch_add(1, Ordering::SeqCst);
            JsonBody::of(&serde_json::json!({ "n": 1 })).map(Some)
        };
        let hour = Duration::from_secs(3600);
        let first = cache.get_or_build("a", hour, build).await.unwrap();
        let second = cache.get_or_build("a", hour, build).await.unwrap();
        assert_eq!(builds.load(Ordering::SeqCst), 1);
        assert_eq!(first.unwrap().etag, second.unwrap().etag);
        cache
            .get_or_build("a", Duration::ZERO, build)
            .await
            .unwrap();
        assert_eq!(builds.load(Ordering::SeqCst), 2);

        let missing = cache
            .get_or_build("b", hour, || async { Ok::<_, serde_json::Error>(None) })
            .await
            .unwrap();
        assert!(missing.is_none());
        assert!(cache.fresh("b", hour).is_none());
    }
}
