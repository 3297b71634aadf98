//! Fixed-rate pacing, so coordinated omission cannot hide latency: iteration k is due at
//! `start + k / rate` whatever the server is doing, and its latency is counted from that
//! moment, not from when a free connection got round to sending it. When the server
//! stalls, the iterations that fell due meanwhile are sent late and their wait is counted,
//! as an open model (arrivals independent of answers) would see it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct Schedule {
    start: Instant,
    per_second: f64,
    next: AtomicU64,
}

impl Schedule {
    /// A schedule of `per_second` iterations a second from `start`; `per_second` must be
    /// positive (the command line checks).
    pub fn new(per_second: f64, start: Instant) -> Schedule {
        Schedule {
            start,
            per_second,
            next: AtomicU64::new(0),
        }
    }

    /// Takes the next iteration: when it is due (possibly already past).
    pub fn take(&self) -> Instant {
        let k = self.next.fetch_add(1, Ordering::Relaxed);
        self.start + Duration::from_secs_f64(k as f64 / self.per_second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_evenly_spaced_from_the_start_and_each_taken_once() {
        let start = Instant::now();
        let schedule = Schedule::new(200.0, start);
        let due: Vec<Duration> = (0..5).map(|_| schedule.take() - start).collect();
        let expected: Vec<Duration> = (0..5).map(|k| Duration::from_millis(5 * k)).collect();
        assert_eq!(due, expected);
    }
}
