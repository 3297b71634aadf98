//! Start-up time: from spawning the server to its first good `/health` answer (which reads
//! the database), and its resident memory once it has settled with nothing to do.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::process::Command;

use crate::http::Connection;
use crate::rss;

/// Longest a server may take to answer before the measurement gives up.
const PATIENCE: Duration = Duration::from_secs(60);

/// Starts `command` `runs` times (each stopped before the next); returns each run's
/// start-up in milliseconds and the resident memory of the last one `settle` after it
/// first answered.
pub async fn measure(
    command: &[String],
    address: SocketAddr,
    runs: usize,
    settle: Duration,
) -> anyhow::Result<(Vec<f64>, u64)> {
    let (program, args) = command
        .split_first()
        .ok_or_else(|| anyhow::anyhow!("no server command given"))?;
    let mut times = Vec::with_capacity(runs);
    let mut idle_kib = 0;
    for run in 1..=runs.max(1) {
        let started = Instant::now();
        let mut child = Command::new(program)
            .args(args)
            .kill_on_drop(true)
            .spawn()?;
        loop {
            let answered = Connection::new(address)
                .get("/health", "127.0.0.1")
                .await
                .is_ok_and(|answer| answer.status == 200);
            if answered {
                break;
            }
            if let Some(status) = child.try_wait()? {
                anyhow::bail!("{program} exited before answering: {status}");
            }
            if started.elapsed() > PATIENCE {
                anyhow::bail!("{program} did not answer on {address} within {PATIENCE:?}");
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        if run == runs.max(1) {
            tokio::time::sleep(settle).await;
            let pid = child
                .id()
                .ok_or_else(|| anyhow::anyhow!("{program} has already exited"))?;
            idle_kib = rss::current_kib(pid)?;
        }
        child.kill().await?;
    }
    Ok((times, idle_kib))
}
