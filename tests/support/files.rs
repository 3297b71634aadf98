//! What an erasure leaves in the database's files: on SQLite the bytes of the database, its
//! log and its shared memory, searched for what was erased; on PostgreSQL whether the tables
//! holding personal data were vacuumed since.

use std::time::{Duration, Instant};

use diesel::sql_types::BigInt;
use diesel::{QueryableByName, RunQueryDsl};
use missive::db::Backend;

use super::TestApp;

#[derive(QueryableByName)]
struct Vacuums {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// The state before an erasure.
pub struct Before {
    vacuums: i64,
}

/// Every byte of the SQLite database's files, read by another process: closing a file
/// descriptor of the database in this one would drop the locks SQLite holds on it here (they
/// are POSIX locks, one set per process), and another connection could then reset the log
/// under this process's feet.
pub fn sqlite_bytes(app: &TestApp) -> Vec<u8> {
    let mut bytes = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", app.database_url);
        if std::path::Path::new(&path).exists() {
            let out = std::process::Command::new("cat")
                .arg(&path)
                .output()
                .expect("cat");
            bytes.extend(out.stdout);
        }
    }
    bytes
}

fn holds(bytes: &[u8], needle: &str) -> bool {
    bytes
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

async fn vacuums(app: &TestApp) -> i64 {
    app.db
        .read(|conn| {
            Ok(diesel::sql_query(
                "SELECT COALESCE(SUM(vacuum_count), 0)::BIGINT AS n FROM pg_stat_user_tables \
                 WHERE relname IN ('signatures', 'letters', 'outbox')",
            )
            .get_result::<Vacuums>(conn)?
            .n)
        })
        .await
        .unwrap()
}

/// Before an erasure: on SQLite, checks that each of `needles` can be read in the files
/// (so that their absence afterwards means something); on PostgreSQL, counts vacuums.
pub async fn before_erasure(app: &TestApp, needles: &[&str]) -> Before {
    if app.db.backend() == Backend::Sqlite {
        let bytes = sqlite_bytes(app);
        for needle in needles {
            assert!(holds(&bytes, needle), "{needle:?} is not in the files yet");
        }
        return Before { vacuums: 0 };
    }
    Before {
        vacuums: vacuums(app).await,
    }
}

/// After an erasure: waits (up to 10 s) until none of `needles` can be read in the SQLite
/// files, or until the PostgreSQL tables have been vacuumed.
pub async fn assert_scrubbed(app: &TestApp, before: &Before, needles: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left: Vec<&str> = if app.db.backend() == Backend::Sqlite {
            let bytes = sqlite_bytes(app);
            needles
                .iter()
                .copied()
                .filter(|n| holds(&bytes, n))
                .collect()
        } else if vacuums(app).await > before.vacuums {
            Vec::new()
        } else {
            vec!["(no vacuum yet)"]
        };
        if left.is_empty() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "still readable in the database's files: {left:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
