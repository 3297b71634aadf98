//! Group commit for SQLite: one writer thread takes every write transaction queued since
//! its last commit and commits them together with one fsync. Each caller hears back only
//! after the commit that holds its work, so an answer still means the write is durable;
//! under load, hundreds of signatures share one fsync.
//!
//! Nothing waits to fill a batch: while one commit is being flushed, the requests that
//! arrive meanwhile queue up and form the next batch, so a quiet server answers as fast as
//! before and a busy one batches as much as its disk is slow.
//!
//! A failed write must not spoil the others, so each runs in a savepoint of its own, except
//! work that can be run again (`write_repeatable`), which runs without one; only when such
//! work fails is the batch rolled back and run again with a savepoint for each. Savepoints
//! cost the writer a statement pair and a sub-journal of the pages each write touches, and
//! failures are rare.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use diesel::Connection;
use tokio::sync::oneshot;

use super::{establish, write_transaction, DbConnection, DbError};

/// Most transactions one commit takes; beyond this a batch's fsync is no longer what costs.
const MAX_BATCH: usize = 512;

/// A write transaction queued for a batch, with the caller waiting for its answer.
trait Job: Send {
    /// Whether the work may run again after its writes were rolled back.
    fn repeatable(&self) -> bool;
    /// Runs the work, in a savepoint of its own when `alone` (always, if not repeatable),
    /// and keeps its result; false when it failed.
    fn run(&mut self, conn: &mut DbConnection, alone: bool) -> bool;
    /// Answers the caller once the batch has committed, or has failed with the reason.
    fn answer(self: Box<Self>, committed: Result<(), &str>);
}

/// How a caller's work runs: once, or as often as the batch needs.
trait Work<T>: Send {
    const REPEATABLE: bool;
    fn run(&mut self, conn: &mut DbConnection, alone: bool) -> Result<T, DbError>;
}

struct Once<F>(Option<F>);

impl<T, F> Work<T> for Once<F>
where
    F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send,
{
    const REPEATABLE: bool = false;

    fn run(&mut self, conn: &mut DbConnection, _alone: bool) -> Result<T, DbError> {
        match self.0.take() {
            Some(work) => conn.transaction(work),
            None => Err(DbError::WorkerGone),
        }
    }
}

struct Repeatable<F>(F);

impl<T, F> Work<T> for Repeatable<F>
where
    F: Fn(&mut DbConnection) -> Result<T, DbError> + Send,
{
    const REPEATABLE: bool = true;

    fn run(&mut self, conn: &mut DbConnection, alone: bool) -> Result<T, DbError> {
        if alone {
            conn.transaction(&self.0)
        } else {
            (self.0)(conn)
        }
    }
}

struct Queued<T, W> {
    work: W,
    result: Option<Result<T, DbError>>,
    answer: oneshot::Sender<Result<T, DbError>>,
}

impl<T: Send, W: Work<T>> Job for Queued<T, W> {
    fn repeatable(&self) -> bool {
        W::REPEATABLE
    }

    fn run(&mut self, conn: &mut DbConnection, alone: bool) -> bool {
        let result = self.work.run(conn, alone);
        let ok = result.is_ok();
        self.result = Some(result);
        ok
    }

    fn answer(self: Box<Self>, committed: Result<(), &str>) {
        let outcome = match (self.result, committed) {
            (Some(Ok(value)), Ok(())) => Ok(value),
            (Some(Err(e)), _) => Err(e),
            (Some(Ok(_)), Err(why)) => Err(DbError::CommitFailed(why.to_owned())),
            (None, _) => Err(DbError::WorkerGone),
        };
        let _ = self.answer.send(outcome);
    }
}

/// The handle on the writer thread. Cloning shares the thread; it stops once every handle
/// is dropped, after finishing what was queued.
#[derive(Clone)]
pub struct GroupCommit {
    jobs: mpsc::Sender<Box<dyn Job>>,
}

impl GroupCommit {
    /// Starts the writer on its own connection to `url`. `turn` is the lock every writer in
    /// this process holds while writing (the CLI and background threads take it too).
    pub fn start(url: String, turn: Arc<Mutex<()>>) -> Result<GroupCommit, DbError> {
        let first = establish(&url)?;
        let (jobs, queue) = mpsc::channel();
        thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || Writer { url, turn }.run(first, queue))
            .map_err(DbError::Io)?;
        Ok(GroupCommit { jobs })
    }

    /// Runs `work` in a savepoint of the next batch and returns its result once that batch
    /// has committed. If `work` fails, only its own savepoint is rolled back.
    pub async fn write<T, F>(&self, work: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        self.queue(Once(Some(work))).await
    }

    /// Like [`GroupCommit::write`] for work that may run more than once, each time after
    /// its earlier writes were rolled back; it runs without a savepoint of its own.
    pub async fn write_repeatable<T, F>(&self, work: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: Fn(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        self.queue(Repeatable(work)).await
    }

    async fn queue<T, W>(&self, work: W) -> Result<T, DbError>
    where
        T: Send + 'static,
        W: Work<T> + 'static,
    {
        let (answer, answered) = oneshot::channel();
        let job = Box::new(Queued {
            work,
            result: None,
            answer,
        });
        self.jobs.send(job).map_err(|_| DbError::WorkerGone)?;
        answered.await.map_err(|_| DbError::WorkerGone)?
    }
}

struct Writer {
    url: String,
    turn: Arc<Mutex<()>>,
}

impl Writer {
    fn run(self, first: DbConnection, queue: Receiver<Box<dyn Job>>) {
        let mut conn = Some(first);
        while let Ok(job) = queue.recv() {
            let mut batch = vec![job];
            while batch.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
                }
            }
            let Some(c) = self.connection(&mut conn) else {
                // Dropping the jobs tells their callers the write did not happen.
                continue;
            };
            let _turn = self.turn.lock().unwrap_or_else(|p| p.into_inner());
            match catch_unwind(AssertUnwindSafe(|| commit(c, &mut batch))) {
                Ok(committed) => {
                    if let Err(why) = &committed {
                        tracing::error!(error = %why, "a group commit failed");
                    }
                    let committed = committed.as_ref().map(|_| ()).map_err(String::as_str);
                    for job in batch {
                        job.answer(committed);
                    }
                }
                Err(_) => {
                    // The transaction is abandoned with its connection; SQLite rolls it back.
                    // Dropping the jobs tells their callers the write did not happen.
                    tracing::error!("a write panicked; its batch was rolled back");
                    conn = None;
                }
            }
        }
        tracing::debug!("sqlite writer stopped");
    }

    /// The writer's connection, reopened if a failure closed it; `None` (after a pause, so
    /// a missing disk does not spin) when it cannot be opened.
    fn connection<'a>(&self, conn: &'a mut Option<DbConnection>) -> Option<&'a mut DbConnection> {
        if conn.is_none() {
            match establish(&self.url) {
                Ok(fresh) => *conn = Some(fresh),
                Err(e) => {
                    tracing::error!(error = %e, "the sqlite writer cannot open the database");
                    thread::sleep(Duration::from_millis(100));
                }
            }
        }
        conn.as_mut()
    }
}

/// Runs a batch in one transaction. Its transactions were all in flight together, so any
/// order is one they could have run in: repeatable work goes first and runs without
/// savepoints, then each piece of work that runs once, in a savepoint of its own. If any
/// repeatable work fails, the transaction is rolled back and the whole batch runs again
/// with a savepoint for each, so that a failure takes back only its own writes.
fn commit(conn: &mut DbConnection, batch: &mut [Box<dyn Job>]) -> Result<(), String> {
    batch.sort_by_key(|job| !job.repeatable());
    let repeatable = batch.iter().take_while(|job| job.repeatable()).count();
    let (plain, alone) = batch.split_at_mut(repeatable);
    let first = write_transaction(conn, |conn| {
        if !plain.iter_mut().all(|job| job.run(conn, false)) {
            return Err(diesel::result::Error::RollbackTransaction);
        }
        for job in alone.iter_mut() {
            job.run(conn, true);
        }
        Ok(())
    });
    let committed = match first {
        Err(diesel::result::Error::RollbackTransaction) => {
            write_transaction::<_, diesel::result::Error, _>(conn, |conn| {
                for job in batch.iter_mut() {
                    job.run(conn, true);
                }
                Ok(())
            })
        }
        other => other,
    };
    committed.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::RunQueryDsl;

    use super::{commit, Job, Queued, Repeatable};
    use crate::db::{Database, DbConnection, DbError};

    async fn database(dir: &tempfile::TempDir) -> Database {
        let url = dir.path().join("t.sqlite3").to_string_lossy().into_owned();
        let db = Database::connect(&url, 4).expect("connect");
        db.write(|conn| {
            conn.batch_execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)")?;
            Ok(())
        })
        .await
        .expect("create table");
        db
    }

    fn insert(conn: &mut DbConnection, v: &str) -> Result<(), DbError> {
        diesel::sql_query("INSERT INTO t (v) VALUES (?)")
            .bind::<diesel::sql_types::Text, _>(v)
            .execute(conn)?;
        Ok(())
    }

    fn rows(db: &Database) -> Vec<String> {
        #[derive(diesel::QueryableByName)]
        struct Row {
            #[diesel(sql_type = diesel::sql_types::Text)]
            v: String,
        }
        let mut conn = db.get().expect("connection");
        let rows: Vec<Row> = diesel::sql_query("SELECT v FROM t ORDER BY v")
            .load(&mut *conn)
            .expect("select");
        rows.into_iter().map(|r| r.v).collect()
    }

    /// 300 concurrent writes, every tenth written and then refused (a duplicate): the
    /// refused ones fail alone, the rest are committed. `repeatable` picks which writes
    /// go through `write_repeatable` (and so share savepoints).
    async fn writes_with_failures(repeatable: fn(usize) -> bool) {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir).await;
        let mut tasks = Vec::new();
        for i in 0..300 {
            let db = db.clone();
            let work = move |conn: &mut DbConnection| {
                insert(conn, &format!("row-{i:03}"))?;
                if i % 10 == 7 {
                    // Written, then refused: the savepoint must take the row back.
                    insert(conn, &format!("row-{i:03}"))?;
                }
                Ok(i)
            };
            tasks.push(tokio::spawn(async move {
                if repeatable(i) {
                    db.write_repeatable(work).await
                } else {
                    db.write(work).await
                }
            }));
        }
        let mut refused = 0;
        for (i, task) in tasks.into_iter().enumerate() {
            match task.await.expect("task") {
                Ok(n) => assert_eq!(n, i),
                Err(e) => {
                    assert!(e.is_unique_violation(), "{e}");
                    assert_eq!(i % 10, 7);
                    refused += 1;
                }
            }
        }
        assert_eq!(refused, 30);
        let expected: Vec<String> = (0..300)
            .filter(|i| i % 10 != 7)
            .map(|i| format!("row-{i:03}"))
            .collect();
        assert_eq!(rows(&db), expected);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_writes_all_commit_and_a_failure_spoils_only_itself() {
        writes_with_failures(|_| false).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn repeatable_writes_share_savepoints_and_a_failure_still_spoils_only_itself() {
        writes_with_failures(|_| true).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn repeatable_and_single_writes_mixed_in_one_batch() {
        writes_with_failures(|i| i % 3 != 0).await;
    }

    #[test]
    fn repeatable_work_that_failed_together_runs_again_alone() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Arc;

        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let dir = tempfile::tempdir().expect("temp dir");
        let db = runtime.block_on(database(&dir));
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = runs.clone();
        let mut answers = Vec::new();
        let mut batch: Vec<Box<dyn Job>> = Vec::new();
        type Work = Box<dyn Fn(&mut DbConnection) -> Result<(), DbError> + Send>;
        let mut queue = |work: Work| {
            let (answer, answered) = tokio::sync::oneshot::channel();
            answers.push(answered);
            batch.push(Box::new(Queued {
                work: Repeatable(work),
                result: None,
                answer,
            }));
        };
        queue(Box::new(move |conn| {
            counted.fetch_add(1, Ordering::SeqCst);
            insert(conn, "a")
        }));
        queue(Box::new(|conn| insert(conn, "a")));
        queue(Box::new(|conn| insert(conn, "b")));

        let mut conn = db.get().expect("connection");
        commit(&mut conn, &mut batch).expect("the batch commits");
        for job in batch {
            job.answer(Ok(()));
        }
        let answers: Vec<_> = answers
            .into_iter()
            .map(|a| a.blocking_recv().expect("answered"))
            .collect();
        assert!(answers[0].is_ok());
        assert!(answers[1]
            .as_ref()
            .expect_err("a duplicate")
            .is_unique_violation());
        assert!(answers[2].is_ok());
        assert_eq!(rows(&db), vec!["a".to_owned(), "b".to_owned()]);
        // Run together, rolled back with the duplicate, then run alone.
        assert_eq!(runs.load(Ordering::SeqCst), 2);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_panicking_write_fails_its_caller_and_the_writer_carries_on() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir).await;
        let panicked = db
            .write(|conn| -> Result<(), DbError> {
                insert(conn, "lost")?;
                panic!("a bug in a handler");
            })
            .await;
        assert!(matches!(panicked, Err(DbError::WorkerGone)), "{panicked:?}");
        db.write(|conn| insert(conn, "kept"))
            .await
            .expect("write after panic");
        assert_eq!(rows(&db), vec!["kept".to_owned()]);
    }

    #[test]
    fn blocking_writers_take_turns_with_the_group_writer() {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let dir = tempfile::tempdir().expect("temp dir");
        let db = runtime.block_on(database(&dir));
        let blocking = {
            let db = db.clone();
            std::thread::spawn(move || {
                for i in 0..50 {
                    db.write_blocking(|conn| insert(conn, &format!("b-{i:02}")))
                        .expect("blocking write");
                }
            })
        };
        runtime.block_on(async {
            for i in 0..50 {
                db.write(move |conn| insert(conn, &format!("a-{i:02}")))
                    .await
                    .expect("group write");
            }
        });
        blocking.join().expect("blocking thread");
        assert_eq!(rows(&db).len(), 100);
    }
}
