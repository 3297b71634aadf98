//! Group commit for SQLite: one writer thread takes every write transaction queued since
//! its last commit, runs each in its own savepoint, and commits them together with one
//! fsync. Each caller hears back only after the commit that holds its work, so an answer
//! still means the write is durable; under load, hundreds of signatures share one fsync.
//!
//! Nothing waits to fill a batch: while one commit is being flushed, the requests that
//! arrive meanwhile queue up and form the next batch, so a quiet server answers as fast as
//! before and a busy one batches as much as its disk is slow.

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

/// Told, after the batch's commit (or its failure), how the batch ended.
type Completion = Box<dyn FnOnce(Result<(), &str>) + Send>;
/// A write transaction's work: runs inside the batch, returns how to answer its caller.
type Job = Box<dyn FnOnce(&mut DbConnection) -> Completion + Send>;

/// The handle on the writer thread. Cloning shares the thread; it stops once every handle
/// is dropped, after finishing what was queued.
#[derive(Clone)]
pub struct GroupCommit {
    jobs: mpsc::Sender<Job>,
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
        let (answer, answered) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let result = conn.transaction(work);
            Box::new(move |committed: Result<(), &str>| {
                let outcome = match (result, committed) {
                    (Ok(value), Ok(())) => Ok(value),
                    (Err(e), _) => Err(e),
                    (Ok(_), Err(why)) => Err(DbError::CommitFailed(why.to_owned())),
                };
                let _ = answer.send(outcome);
            })
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
    fn run(self, first: DbConnection, queue: Receiver<Job>) {
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
            match catch_unwind(AssertUnwindSafe(|| commit(c, batch))) {
                Ok((completions, committed)) => {
                    if let Err(why) = &committed {
                        tracing::error!(error = %why, "a group commit failed");
                    }
                    let committed = committed.as_ref().map(|_| ()).map_err(String::as_str);
                    for complete in completions {
                        complete(committed);
                    }
                }
                Err(_) => {
                    // The transaction is abandoned with its connection; SQLite rolls it back.
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

/// Runs a batch in one transaction; each job's own `transaction` call becomes a savepoint.
fn commit(conn: &mut DbConnection, batch: Vec<Job>) -> (Vec<Completion>, Result<(), String>) {
    let mut completions = Vec::with_capacity(batch.len());
    let committed = write_transaction::<_, diesel::result::Error, _>(conn, |conn| {
        for job in batch {
            completions.push(job(conn));
        }
        Ok(())
    });
    (completions, committed.map_err(|e| e.to_string()))
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::RunQueryDsl;

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

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_writes_all_commit_and_a_failure_spoils_only_itself() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir).await;
        let mut tasks = Vec::new();
        for i in 0..300 {
            let db = db.clone();
            tasks.push(tokio::spawn(async move {
                db.write(move |conn| {
                    insert(conn, &format!("row-{i:03}"))?;
                    if i % 10 == 7 {
                        // Written, then refused: the savepoint must take the row back.
                        insert(conn, &format!("row-{i:03}"))?;
                    }
                    Ok(i)
                })
                .await
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
