//! One cell of the benchmark: one scenario at one load against one server. `users`
//! simulated browsers, each with one keep-alive connection, iterate until the time is up
//! (flat out, or each iteration at its fixed-rate slot); an iteration under way when time
//! is up is finished and counted. Then the figures are summarised with the server's peak
//! memory.
//!
//! The browsers are shared out between a few threads, each with its own single-threaded
//! event loop (as wrk does): no task ever wakes a task on another thread, cross-thread
//! wake-ups having cost a work-stealing runtime much of its throughput on two busy cores.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::http::Connection;
use crate::pacing::Schedule;
use crate::results::{Cell, Place};
use crate::rss;
use crate::scenario::{self, Kind, Plan, Stats, Step};
use crate::tokens::TokenQueue;

/// Time the simulated browsers get to connect before the first fixed-rate slot.
const LAUNCH: Duration = Duration::from_millis(300);

#[derive(Debug, Clone)]
pub struct Spec {
    pub place: Place,
    pub address: SocketAddr,
    pub kind: Kind,
    pub slug: String,
    /// Simulated browsers, each with one connection.
    pub users: usize,
    /// Iterations a second in fixed-rate mode; `None` runs the users flat out.
    pub rate: Option<f64>,
    pub seconds: u64,
    pub tokens: Option<PathBuf>,
    pub email_prefix: String,
    /// Server processes whose peak memory is measured (summed).
    pub pids: Vec<u32>,
    /// Generator threads.
    pub threads: usize,
}

/// Runs the cell; returns its figures and the acknowledged emails.
pub fn run(spec: &Spec) -> anyhow::Result<(Cell, Vec<String>)> {
    let tokens = spec.tokens.as_deref().map(TokenQueue::load).transpose()?;
    let start = Instant::now() + LAUNCH;
    let deadline = start + Duration::from_secs(spec.seconds);
    let schedule = spec.rate.map(|rate| Schedule::new(rate, start));
    let plan = Arc::new(Plan::new(
        spec.kind,
        spec.slug.clone(),
        spec.email_prefix.clone(),
        tokens,
        schedule,
    ));
    for &pid in &spec.pids {
        rss::reset_peak(pid)?;
    }
    let users = spec.users.max(1);
    let threads = spec.threads.clamp(1, users);
    let loops: Vec<_> = (0..threads)
        .map(|t| {
            // Browsers t, t + threads, t + 2 × threads…
            let share = (users - t).div_ceil(threads);
            let plan = plan.clone();
            let address = spec.address;
            std::thread::spawn(move || -> std::io::Result<(Stats, Instant)> {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()?;
                Ok(runtime.block_on(async move {
                    let browsers: Vec<_> = (0..share)
                        .map(|_| tokio::spawn(browser(plan.clone(), address, start, deadline)))
                        .collect();
                    let mut stats = Stats::new();
                    let mut last_end = start;
                    for browser in browsers {
                        if let Ok((theirs, ended)) = browser.await {
                            stats.merge(theirs);
                            last_end = last_end.max(ended);
                        }
                    }
                    (stats, last_end)
                }))
            })
        })
        .collect();
    let mut stats = Stats::new();
    let mut last_end = start;
    for event_loop in loops {
        let (theirs, ended) = event_loop
            .join()
            .map_err(|_| anyhow::anyhow!("a generator thread panicked"))??;
        stats.merge(theirs);
        last_end = last_end.max(ended);
    }
    let mut peak = 0;
    for &pid in &spec.pids {
        peak += rss::peak_kib(pid)?;
    }

    let measured = match spec.rate {
        Some(_) => Step::Paced,
        None => spec.kind.measured(),
    };
    let latency = stats.latency(measured);
    let ms = |us: u64| us as f64 / 1000.0;
    let seconds = last_end.saturating_duration_since(start).as_secs_f64();
    let requests = latency.len();
    let exhausted = plan.exhausted.load(Ordering::Relaxed);
    let not_started = spec.rate.map_or(0, |rate| {
        ((rate * spec.seconds as f64).ceil() as u64).saturating_sub(requests)
    });
    let note = match (exhausted, not_started) {
        (true, _) => Some("seeded links ran out: stopped early".to_owned()),
        (false, 0) => None,
        (false, n) => Some(format!("{n} iterations due were never started")),
    };
    let cell = Cell {
        place: spec.place.clone(),
        requests,
        seconds,
        per_second: if seconds > 0.0 {
            requests as f64 / seconds
        } else {
            0.0
        },
        p50_ms: ms(latency.value_at_quantile(0.5)),
        p99_ms: ms(latency.value_at_quantile(0.99)),
        max_ms: ms(latency.max()),
        errors: stats.errors(),
        acknowledged: spec
            .kind
            .acknowledges()
            .then_some(stats.acknowledged.len() as u64),
        peak_rss_kib: (!spec.pids.is_empty()).then_some(peak),
        note,
    };
    Ok((cell, stats.acknowledged))
}

/// One simulated browser: iterates from `start` until `deadline`; returns what it saw and
/// when its last iteration ended.
async fn browser(
    plan: Arc<Plan>,
    address: SocketAddr,
    start: Instant,
    deadline: Instant,
) -> (Stats, Instant) {
    let mut connection = Connection::new(address);
    let mut forms = scenario::FormMemo::default();
    let mut stats = Stats::new();
    let mut ended = start;
    // A failure here shows again, and is counted, at the first request.
    let _ = connection.connect().await;
    tokio::time::sleep_until(start.into()).await;
    while !plan.exhausted.load(Ordering::Relaxed) {
        let due = match &plan.schedule {
            Some(schedule) => {
                // As wrk2 does, nothing new starts after the deadline: slots the server is
                // too far behind to reach are reported as not started.
                let due = schedule.take();
                if due >= deadline || Instant::now() >= deadline {
                    break;
                }
                tokio::time::sleep_until(due.into()).await;
                Some(due)
            }
            None if Instant::now() >= deadline => break,
            None => None,
        };
        let ok = scenario::iteration(&mut connection, &mut forms, &plan, &mut stats).await;
        ended = Instant::now();
        if let Some(due) = due {
            stats.record_paced(ended - due, ok);
        }
    }
    (stats, ended)
}
