//! The auth layer's one error type: what can go wrong hashing, checking and storing staff
//! credentials. Callers above turn it into a 500 page and a log line; none of it is shown
//! to users, and no variant ever carries a password.

use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("the password hashing worker stopped")]
    WorkerGone,
}
