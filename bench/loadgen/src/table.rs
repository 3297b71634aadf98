//! The results as Markdown: every cell beside its baseline, the start-up figures, and each
//! of issue 6's targets judged met or missed from the figures.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::results::{Cell, Check, Place, Record, Startup};

/// Display order of scenarios, loads and servers; anything else sorts after these.
const SCENARIOS: [&str; 5] = ["sign", "confirm", "page-1k", "page-1m", "count"];
const TARGETS: [&str; 4] = ["baseline", "sqlite", "postgres", "postgres-2"];

fn target_name(target: &str) -> &str {
    match target {
        "baseline" => "baseline (bare actix-web)",
        "sqlite" => "SQLite",
        "postgres" => "PostgreSQL",
        "postgres-2" => "PostgreSQL, 2 instances + nginx",
        other => other,
    }
}

fn scenario_name(scenario: &str) -> &str {
    match scenario {
        "sign" => "sign (POST → 303)",
        "confirm" => "confirm (POST → 303)",
        "page" => "8 KB page",
        "page-1k" => "campaign page, 1,000 signatures",
        "page-1m" => "campaign page, 1,000,000 signatures",
        "count" => "count.json",
        other => other,
    }
}

/// The baseline scenario a missive scenario is compared with.
fn baseline_of(scenario: &str) -> &str {
    if scenario.starts_with("page") {
        "page"
    } else {
        scenario
    }
}

fn rank<T: PartialEq>(order: &[T], item: T) -> usize {
    order.iter().position(|o| *o == item).unwrap_or(order.len())
}

/// Connections first in numeric order, then fixed rates.
fn load_key(load: &str) -> (u8, u64) {
    match load.parse::<u64>() {
        Ok(n) => (0, n),
        Err(_) => (1, 0),
    }
}

#[derive(Default)]
struct Results {
    cells: BTreeMap<Place, Cell>,
    checks: BTreeMap<Place, Check>,
    startups: Vec<Startup>,
}

impl Results {
    fn from(records: Vec<Record>) -> Results {
        let mut results = Results::default();
        for record in records {
            match record {
                Record::Cell(cell) => {
                    results.cells.insert(cell.place.clone(), cell);
                }
                Record::Check(check) => {
                    results.checks.insert(check.place.clone(), check);
                }
                Record::Startup(startup) => results.startups.push(startup),
            }
        }
        results
    }

    fn baseline(&self, place: &Place) -> Option<&Cell> {
        self.cells.get(&Place {
            target: "baseline".to_owned(),
            scenario: baseline_of(&place.scenario).to_owned(),
            load: place.load.clone(),
        })
    }

    fn ratio(&self, cell: &Cell) -> Option<f64> {
        let base = self.baseline(&cell.place)?;
        (base.per_second > 0.0).then(|| cell.per_second / base.per_second)
    }

    fn cell(&self, target: &str, scenario: &str, load: &str) -> Option<&Cell> {
        self.cells.get(&Place {
            target: target.to_owned(),
            scenario: scenario.to_owned(),
            load: load.to_owned(),
        })
    }
}

fn thousands(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.1}")
    }
}

fn mib(kib: u64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

fn check_text(check: Option<&Check>) -> String {
    match check {
        None => "—".to_owned(),
        Some(check) if check.ok() => format!("OK ({} rows)", thousands(check.stored as f64)),
        Some(check) => format!(
            "FAIL: {} lost, {} unacknowledged, {} doubled",
            check.lost, check.unacknowledged, check.doubled
        ),
    }
}

/// The whole report: the table of cells, start-up, and the targets.
pub fn markdown(records: Vec<Record>) -> String {
    let results = Results::from(records);
    let mut out = String::new();
    let mut places: Vec<&Place> = results.cells.keys().collect();
    places.sort_by_key(|p| {
        let scenario = if p.target == "baseline" {
            // A baseline row sits with the first scenario that uses it.
            SCENARIOS
                .iter()
                .position(|s| baseline_of(s) == p.scenario)
                .unwrap_or(SCENARIOS.len())
        } else {
            rank(&SCENARIOS, p.scenario.as_str())
        };
        (
            scenario,
            load_key(&p.load),
            rank(&TARGETS, p.target.as_str()),
            p.scenario.clone(),
        )
    });
    out.push_str(
        "| scenario | server | load | req/s | × baseline | p50 ms | p99 ms | max ms | errors | 303s | peak RSS MiB | lost/doubled |\n\
         |---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n",
    );
    for place in places {
        let cell = &results.cells[place];
        let ratio = results
            .ratio(cell)
            .filter(|_| place.target != "baseline")
            .map_or("—".to_owned(), |r| format!("{r:.2}"));
        let load = match place.load.parse::<u64>() {
            Ok(n) => format!("{n} conns"),
            Err(_) => place.load.clone(),
        };
        let note = cell
            .note
            .as_deref()
            .map_or(String::new(), |n| format!(" ({n})"));
        let _ = writeln!(
            out,
            "| {}{note} | {} | {load} | {} | {ratio} | {} | {} | {} | {} | {} | {} | {} |",
            scenario_name(&place.scenario),
            target_name(&place.target),
            thousands(cell.per_second),
            ms(cell.p50_ms),
            ms(cell.p99_ms),
            ms(cell.max_ms),
            cell.errors,
            cell.acknowledged
                .map_or("—".to_owned(), |n| thousands(n as f64)),
            cell.peak_rss_kib.map_or("—".to_owned(), mib),
            check_text(results.checks.get(place)),
        );
    }
    if !results.startups.is_empty() {
        out.push_str(
            "\n| server | database | start-up to first /health answer, ms | idle RSS MiB |\n|---|---|---|--:|\n",
        );
        for startup in &results.startups {
            let runs: Vec<String> = startup.runs_ms.iter().map(|t| format!("{t:.0}")).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                target_name(&startup.target),
                startup.database,
                runs.join(", "),
                mib(startup.idle_rss_kib)
            );
        }
    }
    out.push_str("\nTargets (issue 6):\n\n");
    for line in verdicts(&results) {
        let _ = writeln!(out, "- {line}");
    }
    out
}

fn verdict(met: bool) -> &'static str {
    if met {
        "**met**"
    } else {
        "**missed**"
    }
}

/// Issue 6's targets against the SQLite figures (PostgreSQL's own target separately).
fn verdicts(results: &Results) -> Vec<String> {
    let mut lines = Vec::new();
    for (scenario, what) in [("sign", "Signing"), ("confirm", "Confirming")] {
        match results.cell("sqlite", scenario, "64") {
            Some(cell) => {
                let ratio = results.ratio(cell).unwrap_or(0.0);
                let met = ratio >= 0.40 && cell.p99_ms <= 25.0 && cell.errors == 0;
                lines.push(format!(
                    "{what} ≥ 40 % of the bare-POST baseline at 64 connections, p99 ≤ 25 ms, 0 errors: {} ({:.0} %, {}/s, p99 {} ms, {} errors)",
                    verdict(met),
                    ratio * 100.0,
                    thousands(cell.per_second),
                    ms(cell.p99_ms),
                    cell.errors
                ));
            }
            None => lines.push(format!("{what}: not measured (SQLite, 64 connections)")),
        }
    }
    match (
        results.cell("sqlite", "page-1k", "64"),
        results.cell("sqlite", "page-1m", "64"),
    ) {
        (Some(small), Some(large)) => {
            let (r_small, r_large) = (
                results.ratio(small).unwrap_or(0.0),
                results.ratio(large).unwrap_or(0.0),
            );
            let spread = if small.per_second > 0.0 {
                (large.per_second / small.per_second - 1.0).abs()
            } else {
                1.0
            };
            let met = r_small >= 0.5 && r_large >= 0.5 && spread <= 0.05;
            lines.push(format!(
                "Campaign page ≥ 50 % of the 8 KB baseline and within 5 % between 1,000 and 1,000,000 signatures (64 connections): {} ({:.0} % and {:.0} %; {} and {}/s, {:.1} % apart)",
                verdict(met),
                r_small * 100.0,
                r_large * 100.0,
                thousands(small.per_second),
                thousands(large.per_second),
                spread * 100.0
            ));
        }
        _ => lines.push("Campaign page: not measured (SQLite, 64 connections)".to_owned()),
    }
    for target in ["postgres", "postgres-2"] {
        let best = results
            .cells
            .values()
            .filter(|c| c.place.target == target && c.place.scenario == "sign")
            .max_by(|a, b| a.per_second.total_cmp(&b.per_second));
        if let Some(best) = best {
            lines.push(format!(
                "{} signing ≥ 10,000/s: {} (best {}/s, at {})",
                target_name(target),
                verdict(best.per_second >= 10_000.0),
                thousands(best.per_second),
                best.place.load
            ));
        }
    }
    for startup in &results.startups {
        let mut sorted = startup.runs_ms.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted.get(sorted.len() / 2).copied().unwrap_or(f64::MAX);
        lines.push(format!(
            "{} ({}): start-up ≤ 300 ms {} (median {median:.0} ms); idle RSS ≤ 30 MiB {} ({} MiB)",
            target_name(&startup.target),
            startup.database,
            verdict(median <= 300.0),
            verdict(startup.idle_rss_kib <= 30 * 1024),
            mib(startup.idle_rss_kib)
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(target: &str, scenario: &str, load: &str, per_second: f64, p99_ms: f64) -> Record {
        Record::Cell(Cell {
            place: Place {
                target: target.into(),
                scenario: scenario.into(),
                load: load.into(),
            },
            requests: 1000,
            seconds: 10.0,
            per_second,
            p50_ms: 1.0,
            p99_ms,
            max_ms: 30.0,
            errors: 0,
            acknowledged: None,
            peak_rss_kib: Some(20 * 1024),
            note: None,
        })
    }

    #[test]
    fn rows_carry_their_ratio_to_the_baseline_and_targets_are_judged() {
        let report = markdown(vec![
            cell("sqlite", "sign", "64", 1_000.0, 20.0),
            cell("baseline", "sign", "64", 2_000.0, 5.0),
            cell("sqlite", "page-1k", "64", 4_000.0, 9.0),
            cell("sqlite", "page-1m", "64", 3_000.0, 9.0),
            cell("baseline", "page", "64", 10_000.0, 2.0),
        ]);
        let sign_row = report
            .lines()
            .find(|l| l.starts_with("| sign") && l.contains("SQLite"))
            .unwrap();
        assert!(sign_row.contains("| 1,000 | 0.50 |"), "{sign_row}");
        assert!(report.contains("Signing ≥ 40 %"));
        assert!(
            report.contains("**met** (50 %, 1,000/s, p99 20.0 ms, 0 errors)"),
            "{report}"
        );
        assert!(report.contains("Campaign page ≥ 50 %"));
        assert!(report.contains("**missed** (40 % and 30 %"), "{report}");
        assert!(report.contains("Confirming: not measured"));
        let baseline_first = report.find("| sign (POST → 303) | baseline").unwrap();
        assert!(baseline_first < report.find("| sign (POST → 303) | SQLite").unwrap());
    }

    #[test]
    fn numbers_are_written_for_people() {
        assert_eq!(thousands(1_234_567.4), "1,234,567");
        assert_eq!(thousands(999.0), "999");
        assert_eq!(ms(4.567), "4.57");
        assert_eq!(ms(25.04), "25.0");
    }
}
