//! Password hashing: argon2id with OWASP's minimum settings (19 MiB, 2 passes, 1 lane) and
//! a random salt, stored as a PHC string. Hashing is slow on purpose, so the async form runs
//! on blocking threads, a bounded number at a time; checking an unknown account takes as
//! long as checking a known one.

use std::sync::{Arc, LazyLock};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{
    Error as HashError, PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString,
};
use argon2::Argon2;
use tokio::sync::Semaphore;

use super::AuthError;
use crate::domain::NewPassword;

/// A hash of a password nobody has, checked when an account does not exist so that the
/// answer takes as long as for one that does.
static DUMMY_HASH: LazyLock<Result<String, String>> = LazyLock::new(|| {
    hash_str("missive: no such account, nothing to see").map_err(|e| e.to_string())
});

/// Hashes and checks passwords off the async workers, at most `max_concurrent` at once:
/// each hash takes about 19 MiB and tens of milliseconds of one core.
#[derive(Debug, Clone)]
pub struct PasswordHasher {
    permits: Arc<Semaphore>,
}

impl PasswordHasher {
    pub fn new(max_concurrent: usize) -> PasswordHasher {
        PasswordHasher {
            permits: Arc::new(Semaphore::new(max_concurrent.max(1))),
        }
    }

    /// The PHC string to store for `password`.
    pub async fn hash(&self, password: NewPassword) -> Result<String, AuthError> {
        self.run(move || hash_blocking(&password)).await
    }

    /// Whether `password` matches `stored_hash`. With no stored hash (no such account) it
    /// spends the same effort on a dummy hash and answers `false`.
    pub async fn verify(
        &self,
        password: String,
        stored_hash: Option<String>,
    ) -> Result<bool, AuthError> {
        self.run(move || match stored_hash {
            Some(stored) => verify_blocking(&password, &stored),
            None => verify_unknown_account(&password),
        })
        .await
    }

    async fn run<T, F>(&self, work: F) -> Result<T, AuthError>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<T, AuthError> + Send + 'static,
    {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|_| AuthError::WorkerGone)?;
        // The permit moves into the blocking task, so it is held until the work ends even
        // if the caller stops waiting.
        tokio::task::spawn_blocking(move || {
            let result = work();
            drop(permit);
            result
        })
        .await
        .map_err(|_| AuthError::WorkerGone)?
    }
}

/// The blocking form of [`PasswordHasher::hash`], for the CLI.
pub fn hash_blocking(password: &NewPassword) -> Result<String, AuthError> {
    hash_str(password.expose()).map_err(|e| AuthError::Hash(e.to_string()))
}

/// The blocking form of [`PasswordHasher::verify`] for a known account. A stored hash that
/// is not a valid PHC string is an error, not a mismatch.
pub fn verify_blocking(password: &str, stored_hash: &str) -> Result<bool, AuthError> {
    let parsed = PasswordHash::new(stored_hash).map_err(|e| AuthError::Hash(e.to_string()))?;
    match Argon2::default().verify_password(password.as_bytes(), &parsed) {
        Ok(()) => Ok(true),
        Err(HashError::Password) => Ok(false),
        Err(e) => Err(AuthError::Hash(e.to_string())),
    }
}

/// Checks `password` against the dummy hash, for the time it takes, and answers `false`.
pub fn verify_unknown_account(password: &str) -> Result<bool, AuthError> {
    let dummy = DUMMY_HASH
        .as_ref()
        .map_err(|e| AuthError::Hash(e.clone()))?;
    verify_blocking(password, dummy)?;
    Ok(false)
}

fn hash_str(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn password(text: &str) -> NewPassword {
        NewPassword::parse(text, "staff@example.org").unwrap()
    }

    #[test]
    fn hashes_are_argon2id_phc_strings_with_owasp_settings_and_fresh_salts() {
        let p = password("a long and quiet river");
        let first = hash_blocking(&p).unwrap();
        let second = hash_blocking(&p).unwrap();
        assert!(
            first.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{first}"
        );
        assert_ne!(first, second, "each hash has its own salt");
        assert!(!first.contains("river"));
    }

    #[test]
    fn blocking_verify_accepts_the_password_and_refuses_others() {
        let stored = hash_blocking(&password("a long and quiet river")).unwrap();
        assert!(verify_blocking("a long and quiet river", &stored).unwrap());
        assert!(!verify_blocking("a long and quiet river!", &stored).unwrap());
        assert!(!verify_blocking("", &stored).unwrap());
    }

    #[test]
    fn a_corrupt_stored_hash_is_an_error() {
        assert!(matches!(
            verify_blocking("anything at all", "not a hash"),
            Err(AuthError::Hash(_))
        ));
    }

    #[tokio::test]
    async fn async_hash_then_verify() {
        let hasher = PasswordHasher::new(2);
        let stored = hasher
            .hash(password("another long passphrase"))
            .await
            .unwrap();
        assert!(hasher
            .verify("another long passphrase".into(), Some(stored.clone()))
            .await
            .unwrap());
        assert!(!hasher
            .verify("another long passphrase.".into(), Some(stored))
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn an_unknown_account_is_checked_against_the_dummy_and_refused() {
        let hasher = PasswordHasher::new(1);
        assert!(!hasher
            .verify("missive: no such account, nothing to see".into(), None)
            .await
            .unwrap());
        assert!(!hasher.verify("guess".into(), None).await.unwrap());
    }

    #[tokio::test]
    async fn zero_permits_means_one_at_a_time() {
        let hasher = PasswordHasher::new(0);
        let checks: Vec<_> = (0..3)
            .map(|_| {
                let hasher = hasher.clone();
                tokio::spawn(async move { hasher.verify("x".into(), None).await })
            })
            .collect();
        for check in checks {
            assert!(!check.await.unwrap().unwrap());
        }
    }
}
