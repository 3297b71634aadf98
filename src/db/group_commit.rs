//! Group commit: one writer thread takes every write transaction queued since its last
//! commit and commits them together with one fsync. Each caller hears back only after the
//! commit that holds its work, so an answer still means the write is durable; under load,
//! hundreds of signatures share one fsync. SQLite sends every write through it; PostgreSQL
//! only work that is done for many callers at once ([`Batch`]).
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
//!
//! Work of one [`Batch`] kind queued together is done together, with multi-row statements
//! instead of a few statements per caller; it is repeatable work, so a failure likewise
//! rolls the batch back and does each piece alone.

use std::any::{Any, TypeId};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::Connection;
use tokio::sync::oneshot;

use super::{establish, write_transaction, DbConnection, DbError};

/// Most transactions one commit takes; beyond this a batch's fsync is no longer what costs.
const MAX_BATCH: usize = 512;

/// Work the writer can do for many callers at once, with the same effect as doing each in
/// turn in the order queued. Each piece may be done again after a rollback, so it must act
/// only on the database.
pub trait Batch: Sized + Send + 'static {
    type Output: Send + 'static;
    /// Does every piece in the current transaction; one output for each, in order.
    fn run_all(conn: &mut DbConnection, all: &[&Self]) -> Result<Vec<Self::Output>, DbError>;
    /// Does one piece alone (after the batch it was in failed).
    fn run_one(&self, conn: &mut DbConnection) -> Result<Self::Output, DbError>;
}

/// Runs queued jobs of one batch kind together; false when it failed.
type RunAll = fn(&mut DbConnection, &mut [Box<dyn Job>]) -> bool;

/// A write transaction queued for a batch, with the caller waiting for its answer.
trait Job: Send {
    /// Whether the work may run again after its writes were rolled back.
    fn repeatable(&self) -> bool;
    /// The batch kind the work can be done with, and how such work is done together.
    fn batch(&self) -> Option<(TypeId, RunAll)>;
    fn as_any(&mut self) -> &mut dyn Any;
    /// Runs the work, in a savepoint of its own when `alone` (always, if not repeatable),
    /// and keeps its result; false when it failed.
    fn run(&mut self, conn: &mut DbConnection, alone: bool) -> bool;
    /// Answers the caller once the batch has committed, or has failed with the reason.
    fn answer(self: Box<Self>, committed: Result<(), &str>);
}

/// How a caller's work runs: once, or as often as the batch needs.
trait Work<T>: Send {
    const REPEATABLE: bool;
    fn batch() -> Option<(TypeId, RunAll)> {
        None
    }
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

struct Batched<B>(B);

impl<B: Batch> Work<B::Output> for Batched<B> {
    const REPEATABLE: bool = true;

    fn batch() -> Option<(TypeId, RunAll)> {
        Some((TypeId::of::<B>(), run_all::<B>))
    }

    fn run(&mut self, conn: &mut DbConnection, alone: bool) -> Result<B::Output, DbError> {
        if alone {
            conn.transaction(|conn| self.0.run_one(conn))
        } else {
            self.0.run_one(conn)
        }
    }
}

/// Does jobs of batch kind `B` together and keeps each one's result.
fn run_all<B: Batch>(conn: &mut DbConnection, jobs: &mut [Box<dyn Job>]) -> bool {
    let count = jobs.len();
    let mut queued: Vec<&mut Queued<B::Output, Batched<B>>> = jobs
        .iter_mut()
        .filter_map(|job| job.as_any().downcast_mut())
        .collect();
    if queued.len() != count {
        return false;
    }
    let all: Vec<&B> = queued.iter().map(|job| &job.work.0).collect();
    match B::run_all(conn, &all) {
        Ok(outputs) if outputs.len() == queued.len() => {
            for (job, output) in queued.iter_mut().zip(outputs) {
                job.result = Some(Ok(output));
            }
            true
        }
        Ok(_) | Err(_) => false,
    }
}

struct Queued<T, W> {
    work: W,
    result: Option<Result<T, DbError>>,
    answer: oneshot::Sender<Result<T, DbError>>,
}

impl<T: Send + 'static, W: Work<T> + 'static> Job for Queued<T, W> {
    fn repeatable(&self) -> bool {
        W::REPEATABLE
    }

    fn batch(&self) -> Option<(TypeId, RunAll)> {
        W::batch()
    }

    fn as_any(&mut self) -> &mut dyn Any {
        self
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
            (Some(Ok(_)) | None, Err(why)) => Err(DbError::CommitFailed(why.to_owned())),
            (None, Ok(())) => Err(DbError::WorkerGone),
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
            .name("db-writer".into())
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

    /// Queues one piece of batch work, done with the other pieces of its kind in the next
    /// batch; returns its output once that batch has committed.
    pub async fn write_batched<B: Batch>(&self, work: B) -> Result<B::Output, DbError> {
        self.queue(Batched(work)).await
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
                        // A PostgreSQL server that restarted leaves the connection dead.
                        if c.batch_execute("SELECT 1").is_err() {
                            tracing::warn!("the database writer's connection is lost; reopening");
                            conn = None;
                        }
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
        tracing::debug!("the database writer stopped");
    }

    /// The writer's connection, reopened if a failure closed it; `None` (after a pause, so
    /// a missing disk does not spin) when it cannot be opened.
    fn connection<'a>(&self, conn: &'a mut Option<DbConnection>) -> Option<&'a mut DbConnection> {
        if conn.is_none() {
            match establish(&self.url) {
                Ok(fresh) => *conn = Some(fresh),
                Err(e) => {
                    tracing::error!(error = %e, "the database writer cannot open the database");
                    thread::sleep(Duration::from_millis(100));
                }
            }
        }
        conn.as_mut()
    }
}

/// Runs a batch in one transaction. Its transactions were all in flight together, so any
/// order is one they could have run in: batch work goes first, each kind done together in
/// the order it was queued, then the other repeatable work, both without savepoints, then
/// each piece of work that runs once, in a savepoint of its own. If any repeatable work
/// fails, the transaction is rolled back and the whole batch runs again with a savepoint
/// for each, so that a failure takes back only its own writes.
fn commit(conn: &mut DbConnection, batch: &mut [Box<dyn Job>]) -> Result<(), String> {
    batch.sort_by_key(|job| match job.batch() {
        Some((kind, _)) => (0, Some(kind)),
        None if job.repeatable() => (1, None),
        None => (2, None),
    });
    let repeatable = batch.iter().take_while(|job| job.repeatable()).count();
    let (plain, alone) = batch.split_at_mut(repeatable);
    let first = write_transaction(conn, |conn| {
        if !run_together(conn, plain) {
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

/// Runs repeatable work without savepoints, each batch kind's run together; false as soon
/// as any fails.
fn run_together(conn: &mut DbConnection, mut jobs: &mut [Box<dyn Job>]) -> bool {
    while let Some(first) = jobs.first() {
        let Some((kind, run_all)) = first.batch() else {
            return jobs.iter_mut().all(|job| job.run(conn, false));
        };
        let same = jobs
            .iter()
            .take_while(|job| job.batch().is_some_and(|(k, _)| k == kind))
            .count();
        let (group, rest) = std::mem::take(&mut jobs).split_at_mut(same);
        if !run_all(conn, group) {
            return false;
        }
        jobs = rest;
    }
    true
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use diesel::connection::SimpleConnection;
    use diesel::RunQueryDsl;
    use tokio::sync::oneshot;

    use super::{commit, Batch, Batched, Job, Queued, Repeatable, Work};
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

    /// A job for `commit`, and where its answer will arrive.
    fn queued<T, W>(work: W) -> (Box<dyn Job>, oneshot::Receiver<Result<T, DbError>>)
    where
        T: Send + 'static,
        W: Work<T> + 'static,
    {
        let (answer, answered) = oneshot::channel();
        let job = Queued {
            work,
            result: None,
            answer,
        };
        (Box::new(job), answered)
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
            let (job, answered) = queued(Repeatable(work));
            answers.push(answered);
            batch.push(job);
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

    thread_local! {
        /// How often `Put`s were run together on this thread (tests run side by side).
        static PUT_BATCHES: Cell<usize> = const { Cell::new(0) };
    }

    /// Inserts its value; together, every value in one statement.
    struct Put(String);

    impl Batch for Put {
        type Output = String;

        fn run_all(conn: &mut DbConnection, all: &[&Put]) -> Result<Vec<String>, DbError> {
            PUT_BATCHES.with(|n| n.set(n.get() + 1));
            let values: Vec<String> = all.iter().map(|put| format!("('{}')", put.0)).collect();
            conn.batch_execute(&format!("INSERT INTO t (v) VALUES {}", values.join(", ")))?;
            Ok(all
                .iter()
                .map(|put| format!("together {}", put.0))
                .collect())
        }

        fn run_one(&self, conn: &mut DbConnection) -> Result<String, DbError> {
            insert(conn, &self.0)?;
            Ok(format!("alone {}", self.0))
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn batch_work_is_done_together_and_each_caller_gets_its_own_output() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir).await;
        let tasks: Vec<_> = (0..200)
            .map(|i| {
                let db = db.clone();
                tokio::spawn(async move { db.write_batched(Put(format!("p-{i:03}"))).await })
            })
            .collect();
        let mut together = 0;
        for (i, task) in tasks.into_iter().enumerate() {
            let output = task.await.expect("task").expect("written");
            assert!(output.ends_with(&format!(" p-{i:03}")), "{output}");
            together += usize::from(output.starts_with("together"));
        }
        assert_eq!(together, 200, "no batch failed, so none ran alone");
        assert_eq!(rows(&db).len(), 200);
    }

    #[test]
    fn a_failed_batch_runs_each_piece_alone_so_only_the_failure_is_lost() {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let dir = tempfile::tempdir().expect("temp dir");
        let db = runtime.block_on(database(&dir));
        let mut answers = Vec::new();
        let mut batch: Vec<Box<dyn Job>> = Vec::new();
        for value in ["a", "b", "a", "c"] {
            let (job, answered) = queued(Batched(Put(value.to_owned())));
            answers.push(answered);
            batch.push(job);
        }
        let (job, repeatable) = queued(Repeatable(|conn: &mut DbConnection| insert(conn, "d")));
        batch.insert(1, job);

        let before = PUT_BATCHES.with(Cell::get);
        let mut conn = db.get().expect("connection");
        commit(&mut conn, &mut batch).expect("the batch commits");
        for job in batch {
            job.answer(Ok(()));
        }
        let answers: Vec<_> = answers
            .into_iter()
            .map(|a| a.blocking_recv().expect("answered"))
            .collect();
        assert_eq!(answers[0].as_deref().ok(), Some("alone a"));
        assert_eq!(answers[1].as_deref().ok(), Some("alone b"));
        assert!(answers[2]
            .as_ref()
            .expect_err("a duplicate")
            .is_unique_violation());
        assert_eq!(answers[3].as_deref().ok(), Some("alone c"));
        assert!(repeatable.blocking_recv().expect("answered").is_ok());
        assert_eq!(rows(&db), ["a", "b", "c", "d"]);
        assert!(PUT_BATCHES.with(Cell::get) > before);
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
