//! Storage: one diesel connection type over SQLite and PostgreSQL, a pool, and the
//! `Database` handle that runs queries on blocking threads, away from the async workers.

pub mod checkpointer;
mod connection;
pub mod error;
mod group_commit;
pub mod migrations;
pub mod models;
mod multi_row;
pub mod schema;
mod scrub;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};

pub(crate) use connection::write_transaction;
use connection::{configure, sqlite_path};
pub use connection::{establish, Backend, DbConnection, MultiBackend};
pub use error::DbError;
pub use group_commit::Batch;
use group_commit::GroupCommit;

#[derive(Debug)]
struct Customizer;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for Customizer {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        configure(conn).map_err(|e| match e {
            DbError::Query(q) => diesel::r2d2::Error::QueryError(q),
            other => diesel::r2d2::Error::QueryError(diesel::result::Error::QueryBuilderError(
                other.to_string().into(),
            )),
        })
    }
}

/// The application's handle on its database: a pool, the group-commit writer and (on
/// SQLite) the lock that makes this process's write transactions take turns instead of
/// failing with "database is locked". On PostgreSQL the writer does only [`Batch`] work and
/// starts with the first of it.
#[derive(Clone)]
pub struct Database {
    pool: Pool<ConnectionManager<DbConnection>>,
    url: Arc<str>,
    backend: Backend,
    write_lock: Option<Arc<Mutex<()>>>,
    writer: Option<GroupCommit>,
    /// PostgreSQL: the writer for [`Batch`] work, once the first of it has come.
    pg_writer: Arc<Mutex<Option<GroupCommit>>>,
    /// SQLite: keeps the checkpoint thread going while any clone of this handle lives.
    _checkpoints: Option<Arc<()>>,
    scrub: scrub::SharedScrub,
}

impl Database {
    /// Connects to `url`, creating the SQLite file's folder if needed.
    pub fn connect(url: &str, max_connections: u32) -> Result<Database, DbError> {
        Database::connect_with_timeout(url, max_connections, Duration::from_secs(10))
    }

    /// Like [`Database::connect`], waiting at most `timeout` for a free connection.
    pub fn connect_with_timeout(
        url: &str,
        max_connections: u32,
        timeout: Duration,
    ) -> Result<Database, DbError> {
        let backend = Backend::of_url(url);
        if backend == Backend::Sqlite {
            let path = std::path::Path::new(sqlite_path(url));
            crate::plumbing::private_files::prepare_sqlite(path).map_err(DbError::Io)?;
            // One connection switches a new database to WAL before the pool opens several
            // at once: those racing to switch it got "database is locked".
            drop(establish(url)?);
        }
        let manager = ConnectionManager::<DbConnection>::new(url.to_owned());
        let pool = Pool::builder()
            .max_size(max_connections)
            .connection_timeout(timeout)
            .connection_customizer(Box::new(Customizer))
            .build(manager)?;
        let (write_lock, writer, checkpoints) = match backend {
            Backend::Sqlite => {
                let lock = Arc::new(Mutex::new(()));
                let writer = GroupCommit::start(url.to_owned(), lock.clone())?;
                let alive = Arc::new(());
                checkpointer::start(url.to_owned(), lock.clone(), Arc::downgrade(&alive));
                (Some(lock), Some(writer), Some(alive))
            }
            Backend::Postgres => (None, None, None),
        };
        Ok(Database {
            pool,
            url: url.into(),
            backend,
            write_lock,
            pg_writer: Arc::new(Mutex::new(None)),
            writer,
            _checkpoints: checkpoints,
            scrub: scrub::SharedScrub::default(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Runs read-only work on a pooled connection, on a blocking thread.
    pub async fn read<T, F>(&self, work: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || work(&mut *pool.get()?))
            .await
            .map_err(|_| DbError::WorkerGone)?
    }

    /// Runs `work` in one transaction on a blocking thread; it commits when `work` returns
    /// `Ok` (durably, before this returns) and rolls back otherwise. On SQLite the
    /// transaction is a savepoint in a group commit shared with the writes queued with it.
    pub async fn write<T, F>(&self, work: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        if let Some(writer) = &self.writer {
            return writer.write(work).await;
        }
        let db = self.clone();
        tokio::task::spawn_blocking(move || db.write_blocking(work))
            .await
            .map_err(|_| DbError::WorkerGone)?
    }

    /// Like [`Database::write`] for work that may be run more than once, each time after its
    /// earlier writes were rolled back (it must not act outside the database). On SQLite
    /// such writes run in a group commit without a savepoint each.
    pub async fn write_repeatable<T, F>(&self, work: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: Fn(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        match &self.writer {
            Some(writer) => writer.write_repeatable(work).await,
            None => self.write(work).await,
        }
    }

    /// Queues `work` for the writer, which does it together with the other work of its kind
    /// queued meanwhile, in one transaction; returns its output once that has committed.
    pub async fn write_batched<B: Batch>(&self, work: B) -> Result<B::Output, DbError> {
        self.batch_writer()?.write_batched(work).await
    }

    /// The writer; on PostgreSQL started here by the first batch work, which waits for its
    /// connection to open.
    fn batch_writer(&self) -> Result<GroupCommit, DbError> {
        if let Some(sqlite) = &self.writer {
            return Ok(sqlite.clone());
        }
        let mut writer = self
            .pg_writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(started) = writer.as_ref() {
            return Ok(started.clone());
        }
        let started = GroupCommit::start(self.url.to_string(), Arc::new(Mutex::new(())))?;
        *writer = Some(started.clone());
        Ok(started)
    }

    /// The blocking form of [`Database::write`], for the CLI and background threads.
    pub fn write_blocking<T, F>(&self, work: F) -> Result<T, DbError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, DbError>,
    {
        let mut conn = self.pool.get()?;
        let conn: &mut DbConnection = &mut conn;
        let _turn = self
            .write_lock
            .as_ref()
            .map(|lock| lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        write_transaction(conn, work)
    }

    /// A pooled connection for blocking callers (CLI, migrations).
    pub fn get(&self) -> Result<impl std::ops::DerefMut<Target = DbConnection>, DbError> {
        Ok(self.pool.get()?)
    }
}
