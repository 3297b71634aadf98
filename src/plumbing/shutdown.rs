//! Orderly shutdown: the signal that tells background tasks to stop at their next safe
//! point (between transactions and between emails, never inside one), and the last step
//! that leaves a SQLite database file whole on its own.

use tokio::sync::watch;

use crate::db::checkpointer::{self, Mode};
use crate::db::{Backend, Database, DbError};

/// Held by whoever decides that the server stops.
pub struct StopHandle(watch::Sender<bool>);

/// Held by each background task; cloning is cheap.
#[derive(Clone)]
pub struct Stopping(watch::Receiver<bool>);

pub fn channel() -> (StopHandle, Stopping) {
    let (tx, rx) = watch::channel(false);
    (StopHandle(tx), Stopping(rx))
}

impl StopHandle {
    pub fn stop(&self) {
        self.0.send_replace(true);
    }
}

impl Stopping {
    /// Whether stopping has been asked for (or nobody is left to ask).
    pub fn is_set(&self) -> bool {
        *self.0.borrow() || self.0.has_changed().is_err()
    }

    /// Resolves once stopping is asked for, or at once if it already was.
    pub async fn wait(&mut self) {
        // An error means the handle is gone: nobody can ask any more, so stop too.
        let _ = self.0.wait_for(|stop| *stop).await;
    }
}

/// On SQLite, copies the write-ahead log into the database file and empties the log, so
/// that once the server has stopped the file alone holds everything (a copy of it is a
/// whole backup) whenever the last connections happen to close. Nothing to do on
/// PostgreSQL.
pub fn checkpoint(db: &Database) -> Result<(), DbError> {
    if db.backend() != Backend::Sqlite {
        return Ok(());
    }
    let done = checkpointer::checkpoint(&mut *db.get()?, Mode::Truncate)?;
    if done.busy != 0 {
        tracing::warn!(
            pages = done.log,
            copied = done.checkpointed,
            "the database log could not be emptied at shutdown; it is kept and replayed at start"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    #[tokio::test]
    async fn waiting_ends_when_stopping_is_asked_for() {
        let (handle, mut stopping) = super::channel();
        assert!(!stopping.is_set());
        let early = tokio::time::timeout(Duration::from_millis(20), stopping.wait()).await;
        assert!(early.is_err(), "nothing asked for stopping yet");
        let stopper = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(20)).await;
            handle.stop();
        });
        tokio::time::timeout(Duration::from_secs(5), stopping.wait())
            .await
            .expect("stopping noticed");
        assert!(stopping.is_set());
        stopper.await.expect("stopper");
    }

    #[tokio::test]
    async fn a_dropped_handle_means_stop() {
        let (handle, mut stopping) = super::channel();
        drop(handle);
        assert!(stopping.is_set());
        stopping.wait().await;
    }
}
