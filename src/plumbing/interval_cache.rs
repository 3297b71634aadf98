//! Values kept in memory for one count refresh interval, so a busy campaign's page, JSON
//! and row are built or read once per interval, not per request. One build runs at a time;
//! requests that arrive meanwhile wait and share its result.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// Values by key (a request path or a slug), each with when it was built.
#[derive(Debug)]
pub struct IntervalCache<T> {
    entries: RwLock<HashMap<String, (Instant, Arc<T>)>>,
    building: tokio::sync::Mutex<()>,
}

impl<T> Default for IntervalCache<T> {
    fn default() -> Self {
        IntervalCache {
            entries: RwLock::default(),
            building: tokio::sync::Mutex::default(),
        }
    }
}

impl<T> IntervalCache<T> {
    fn fresh(&self, key: &str, max_age: Duration, current: &impl Fn(&T) -> bool) -> Option<Arc<T>> {
        let entries = self
            .entries
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        entries
            .get(key)
            .filter(|(built, value)| built.elapsed() < max_age && current(value))
            .map(|(_, value)| value.clone())
    }

    /// The value stored for `key` if it is younger than `max_age`; otherwise `build` makes
    /// it, and it is stored. `Ok(None)` from `build` (nothing there) is passed on, not stored.
    pub async fn get_or_build<F, Fut, E>(
        &self,
        key: &str,
        max_age: Duration,
        build: F,
    ) -> Result<Option<Arc<T>>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<T>, E>>,
    {
        self.get_or_build_while(key, max_age, |_| true, build).await
    }

    /// Like [`IntervalCache::get_or_build`], also building afresh when `current` says the stored
    /// value is out of date (its count has moved, say).
    pub async fn get_or_build_while<F, Fut, E>(
        &self,
        key: &str,
        max_age: Duration,
        current: impl Fn(&T) -> bool,
        build: F,
    ) -> Result<Option<Arc<T>>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<T>, E>>,
    {
        if let Some(value) = self.fresh(key, max_age, &current) {
            return Ok(Some(value));
        }
        let _turn = self.building.lock().await;
        if let Some(value) = self.fresh(key, max_age, &current) {
            return Ok(Some(value));
        }
        let Some(value) = build().await? else {
            return Ok(None);
        };
        let value = Arc::new(value);
        let mut entries = self
            .entries
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // Keys come from URLs: drop what has expired so unknown paths cannot pile up.
        entries.retain(|_, (built, _)| built.elapsed() < max_age);
        entries.insert(key.to_owned(), (Instant::now(), value.clone()));
        Ok(Some(value))
    }

    /// Drops every stored value (after an edit the next request must see).
    pub fn forget_all(&self) {
        self.entries
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn builds_once_per_interval_and_never_stores_a_miss() {
        let cache = IntervalCache::<String>::default();
        let builds = AtomicUsize::new(0);
        let build = || async {
            let n = builds.fetch_add(1, Ordering::SeqCst);
            Ok::<_, ()>(Some(format!("value {n}")))
        };
        let hour = Duration::from_secs(3600);
        let first = cache.get_or_build("a", hour, build).await.unwrap();
        let second = cache.get_or_build("a", hour, build).await.unwrap();
        assert_eq!(builds.load(Ordering::SeqCst), 1);
        assert_eq!(first, second);
        cache
            .get_or_build("a", Duration::ZERO, build)
            .await
            .unwrap();
        assert_eq!(builds.load(Ordering::SeqCst), 2);

        let missing = cache
            .get_or_build("b", hour, || async { Ok::<_, ()>(None) })
            .await
            .unwrap();
        assert!(missing.is_none());
        assert!(cache.fresh("b", hour, &|_| true).is_none());
    }

    #[tokio::test]
    async fn builds_again_when_out_of_date_or_forgotten() {
        let cache = IntervalCache::<u32>::default();
        let hour = Duration::from_secs(3600);
        let build = |n| move || async move { Ok::<_, ()>(Some(n)) };
        cache.get_or_build("a", hour, build(1)).await.unwrap();
        let kept = cache.get_or_build_while("a", hour, |&n| n == 1, build(2));
        assert_eq!(*kept.await.unwrap().unwrap(), 1);
        let moved = cache.get_or_build_while("a", hour, |&n| n == 2, build(2));
        assert_eq!(*moved.await.unwrap().unwrap(), 2);
        cache.forget_all();
        let rebuilt = cache.get_or_build("a", hour, build(3)).await.unwrap();
        assert_eq!(*rebuilt.unwrap(), 3);
    }
}
