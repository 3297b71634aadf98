//! The storage layer's one error type. Callers above turn it into a 500 page and a log
//! line; nothing in it is shown to users.

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("could not connect to the database: {0}")]
    Connect(#[from] diesel::ConnectionError),
    #[error("no database connection available: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("migrations failed: {0}")]
    Migration(String),
    #[error("database file error: {0}")]
    Io(std::io::Error),
    #[error("the database worker thread stopped")]
    WorkerGone,
    #[error("the transaction's batch failed to commit: {0}")]
    CommitFailed(String),
}

impl DbError {
    /// True when a unique constraint refused the write (two requests raced to insert).
    pub fn is_unique_violation(&self) -> bool {
        matches!(
            self,
            DbError::Query(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _
            ))
        )
    }
}
