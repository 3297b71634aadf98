//! What a run writes: one JSON line per measured cell, lost/doubled check or start-up
//! measurement, appended to a results file that `table` turns into Markdown.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Record {
    Cell(Cell),
    Check(Check),
    Startup(Startup),
}

/// Where a cell ran: which server, which scenario, which load (e.g. `64` connections or
/// `rate 500/s`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Place {
    pub target: String,
    pub scenario: String,
    pub load: String,
}

/// One scenario at one load against one server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    #[serde(flatten)]
    pub place: Place,
    /// Measured requests (for `sign`, the POSTs) answered as expected or not.
    pub requests: u64,
    pub seconds: f64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Requests answered with another status or not at all, plus failed iterations.
    pub errors: u64,
    /// POSTs answered 303 (sign and confirm).
    pub acknowledged: Option<u64>,
    /// Server's peak resident memory during the cell (summed over its processes).
    pub peak_rss_kib: Option<u64>,
    pub note: Option<String>,
}

/// After a signing or confirming cell: the acknowledged emails against the stored rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    #[serde(flatten)]
    pub place: Place,
    pub acknowledged: u64,
    pub stored: u64,
    /// Acknowledged but not stored.
    pub lost: u64,
    /// Stored but never acknowledged (a commit whose answer did not arrive).
    pub unacknowledged: u64,
    /// Emails listed more than once, stored or acknowledged.
    pub doubled: u64,
}

impl Check {
    /// Compares the acknowledged emails with the stored ones.
    pub fn compare(place: Place, acknowledged: &[String], stored: &[String]) -> Check {
        let acked: BTreeSet<&str> = acknowledged.iter().map(String::as_str).collect();
        let kept: BTreeSet<&str> = stored.iter().map(String::as_str).collect();
        let doubled = (acknowledged.len() - acked.len()) + (stored.len() - kept.len());
        Check {
            place,
            acknowledged: acknowledged.len() as u64,
            stored: stored.len() as u64,
            lost: acked.difference(&kept).count() as u64,
            unacknowledged: kept.difference(&acked).count() as u64,
            doubled: doubled as u64,
        }
    }

    pub fn ok(&self) -> bool {
        self.lost == 0 && self.unacknowledged == 0 && self.doubled == 0
    }
}

/// Start-up to the first good `/health` answer, and resident memory once idle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Startup {
    pub target: String,
    /// What the database held, e.g. "migrated, empty".
    pub database: String,
    pub runs_ms: Vec<f64>,
    pub idle_rss_kib: u64,
}

pub fn append(path: &Path, record: &Record) -> anyhow::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| anyhow::anyhow!("opening {}: {e}", path.display()))?;
    writeln!(file, "{}", serde_json::to_string(record)?)?;
    Ok(())
}

pub fn load(path: &Path) -> anyhow::Result<Vec<Record>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line)
                .map_err(|e| anyhow::anyhow!("{}: line {}: {e}", path.display(), i + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place() -> Place {
        Place {
            target: "sqlite".into(),
            scenario: "sign".into(),
            load: "64".into(),
        }
    }

    fn emails(list: &[&str]) -> Vec<String> {
        list.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn a_check_passes_only_when_every_acknowledged_email_is_stored_once() {
        let same = Check::compare(place(), &emails(&["a", "b"]), &emails(&["b", "a"]));
        assert!(same.ok());
        let lost = Check::compare(place(), &emails(&["a", "b"]), &emails(&["a"]));
        assert_eq!((lost.lost, lost.unacknowledged, lost.ok()), (1, 0, false));
        let extra = Check::compare(place(), &emails(&["a"]), &emails(&["a", "c"]));
        assert_eq!(
            (extra.lost, extra.unacknowledged, extra.ok()),
            (0, 1, false)
        );
        let doubled = Check::compare(place(), &emails(&["a", "a"]), &emails(&["a"]));
        assert_eq!((doubled.doubled, doubled.ok()), (1, false));
    }

    #[test]
    fn records_round_trip_through_a_results_file() {
        let path = std::env::temp_dir().join(format!("loadgen-results-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let check = Record::Check(Check::compare(place(), &emails(&["a"]), &emails(&["a"])));
        let startup = Record::Startup(Startup {
            target: "sqlite".into(),
            database: "migrated, empty".into(),
            runs_ms: vec![41.5, 39.0],
            idle_rss_kib: 12_000,
        });
        append(&path, &check).unwrap();
        append(&path, &startup).unwrap();
        let back = load(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(back, vec![check, startup]);
    }
}
