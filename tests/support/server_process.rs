//! The server binary as a child process on a fixed port, for tests that kill it or stop
//! it: the release build when there is one (see [`server_binary`]), on a fresh database.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant, SystemTime};

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};

/// The binary to run: `MISSIVE_CRASH_BIN`, else the release build beside the debug one,
/// else (with a warning, and never when `MISSIVE_REQUIRE_RELEASE=1`) the debug build cargo
/// made for these tests.
pub fn server_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("MISSIVE_CRASH_BIN").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "MISSIVE_CRASH_BIN={} is not a file",
            path.display()
        );
        return path;
    }
    // The debug binary is `<target dir>/debug/missive`, wherever CARGO_TARGET_DIR put it.
    let debug = Path::new(env!("CARGO_BIN_EXE_missive"));
    let release = debug
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf)
        .join("release/missive");
    if release.is_file() {
        warn_if_stale(&release);
        return release;
    }
    assert!(
        std::env::var("MISSIVE_REQUIRE_RELEASE").as_deref() != Ok("1"),
        "MISSIVE_REQUIRE_RELEASE=1 but there is no release server at {}: run \
         `cargo build --release --bin missive` first (or set MISSIVE_CRASH_BIN)",
        release.display()
    );
    eprintln!(
        "warning: no release server at {}; testing the debug build instead \
         (`cargo build --release --bin missive` to test the release one)",
        release.display()
    );
    PathBuf::from(env!("CARGO_BIN_EXE_missive"))
}

/// Says so when a source file is newer than the release binary about to be tested.
fn warn_if_stale(binary: &Path) {
    let Ok(built) = binary.metadata().and_then(|m| m.modified()) else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let newest = ["src", "migrations", "campaigns", "static"]
        .iter()
        .filter_map(|dir| newest_in(&root.join(dir)))
        .max();
    if newest.is_some_and(|newest| newest > built) {
        eprintln!(
            "warning: {} is older than the source; rebuild it with \
             `cargo build --release --bin missive`",
            binary.display()
        );
    }
}

fn newest_in(dir: &Path) -> Option<SystemTime> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let meta = entry.metadata().ok()?;
            if meta.is_dir() {
                newest_in(&entry.path())
            } else {
                meta.modified().ok()
            }
        })
        .max()
}

/// A port nobody is listening on just now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// A fresh database (see `fresh_database`) that outlives server processes; a PostgreSQL
/// one is dropped with this.
pub struct ScratchDatabase {
    pub url: String,
    postgres: Option<(String, String)>,
}

impl ScratchDatabase {
    pub fn new(dir: &Path) -> ScratchDatabase {
        let (url, postgres) = super::fresh_database(dir);
        ScratchDatabase { url, postgres }
    }

    pub fn is_sqlite(&self) -> bool {
        self.postgres.is_none()
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.postgres.take() {
            if let Ok(mut conn) = PgConnection::establish(&admin) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// One run of the server binary, its standard error going to a log file.
pub struct ServerProcess {
    child: Child,
    pub port: u16,
    pub log: PathBuf,
}

impl ServerProcess {
    /// Starts `binary` on 127.0.0.1:`port` with only the given environment (nothing is
    /// inherited, so a developer's MISSIVE_* settings cannot leak in).
    pub fn start(binary: &Path, port: u16, env: &[(&str, String)], log: PathBuf) -> Self {
        let stderr = std::fs::File::create(&log).expect("server log file");
        let child = Command::new(binary)
            .arg("serve")
            .env_clear()
            .env("MISSIVE_BIND", format!("127.0.0.1:{port}"))
            .env("RUST_BACKTRACE", "1")
            .env("MISSIVE_POSTCODE_API", "off")
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        ServerProcess { child, port, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Polls `/health` until it answers 200; returns how long that took. Panics, with the
    /// log, if the process exits or `limit` passes first.
    pub async fn wait_healthy(&mut self, limit: Duration) -> Duration {
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .timeout(Duration::from_secs(2))
            .build()
            .expect("client");
        let started = Instant::now();
        loop {
            if let Ok(response) = client.get(self.url("/health")).send().await {
                if response.status() == 200 {
                    return started.elapsed();
                }
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "the server exited ({status}) before answering /health:\n{}",
                    self.log_text()
                );
            }
            assert!(
                started.elapsed() < limit,
                "the server did not answer /health within {limit:?}:\n{}",
                self.log_text()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// `kill -9`: the process gets no chance to tidy anything.
    pub fn kill_hard(&mut self) {
        // Child::kill sends SIGKILL on Unix.
        self.child.kill().expect("SIGKILL the server");
        self.child.wait().expect("reap the server");
    }

    /// Asks the server to stop, as a service manager would.
    pub fn terminate(&self) {
        let pid = libc::pid_t::try_from(self.child.id()).expect("pid fits pid_t");
        // SAFETY: kill(2) with a valid signal number has no memory-safety preconditions;
        // the pid is our own unreaped child, so it cannot have been reused.
        let sent = unsafe { libc::kill(pid, libc::SIGTERM) };
        assert_eq!(sent, 0, "SIGTERM the server");
    }

    /// Waits up to `limit` for the process to exit.
    pub async fn wait_exit(&mut self, limit: Duration) -> Option<ExitStatus> {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("server status") {
                return Some(status);
            }
            if started.elapsed() > limit {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Lines of a server log that report a panic.
pub fn panics_in(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|line| line.contains("panicked"))
        .collect()
}
