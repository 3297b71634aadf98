//! `loadgen`: runs benchmark cells, seeds databases, checks acknowledged writes against
//! stored rows, measures start-up, and prints the results as Markdown.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};

use missive_loadgen::results::{self, Check, Place, Record, Startup};
use missive_loadgen::scenario::Kind;
use missive_loadgen::seed::{self, Engine};
use missive_loadgen::{cell, http, startup, table};

#[derive(Parser)]
#[command(about = "Load generator and report for missive's benchmark suite (bench/run.sh)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Which server, scenario and load a record belongs to.
#[derive(clap::Args, Clone)]
struct PlaceArgs {
    /// Server label: baseline, sqlite, postgres, postgres-2.
    #[arg(long)]
    target: String,
    /// Scenario label, e.g. sign, confirm, page-1k, page-1m, count.
    #[arg(long)]
    scenario: String,
    /// Load label, e.g. 64 (connections) or "rate 500/s".
    #[arg(long)]
    load: String,
}

impl From<PlaceArgs> for Place {
    fn from(args: PlaceArgs) -> Place {
        Place {
            target: args.target,
            scenario: args.scenario,
            load: args.load,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Runs one cell and appends its figures to the results file.
    Run {
        #[command(flatten)]
        place: PlaceArgs,
        /// Server root, e.g. http://127.0.0.1:18080.
        #[arg(long, value_parser = http::parse_host)]
        host: SocketAddr,
        #[arg(long, value_enum)]
        kind: Kind,
        #[arg(long, default_value = "british-values")]
        slug: String,
        /// Simulated browsers (one connection each).
        #[arg(long)]
        users: usize,
        /// Fixed rate in iterations a second; without it the users run flat out.
        #[arg(long, value_parser = positive)]
        rate: Option<f64>,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Seeded `TOKEN EMAIL` lines (confirm).
        #[arg(long)]
        tokens: Option<PathBuf>,
        /// Start of the emails the sign scenario makes up.
        #[arg(long, default_value = "sign")]
        email_prefix: String,
        /// Server process ids, for peak memory.
        #[arg(long = "pid")]
        pids: Vec<u32>,
        /// Generator threads, each with its own event loop.
        #[arg(long, default_value_t = 2)]
        threads: usize,
        /// Where to write the acknowledged emails, one a line.
        #[arg(long)]
        acknowledged: Option<PathBuf>,
        #[arg(long)]
        results: PathBuf,
    },
    /// Prints SQL adding COUNT confirmed, already counted signatures to a campaign.
    SeedConfirmed {
        #[arg(long, value_enum)]
        engine: Engine,
        #[arg(long)]
        slug: String,
        #[arg(long)]
        count: u64,
    },
    /// Prints SQL adding COUNT pending signatures with confirmation tokens; writes the raw
    /// tokens (with each signature's email) to TOKENS.
    SeedPending {
        #[arg(long, value_enum)]
        engine: Engine,
        #[arg(long)]
        slug: String,
        #[arg(long)]
        prefix: String,
        #[arg(long)]
        count: usize,
        #[arg(long)]
        tokens: PathBuf,
    },
    /// Compares acknowledged emails with the stored ones; prints OK or FAIL and appends
    /// the check to the results file. Exits 0 either way (the report shows the failure).
    Check {
        #[command(flatten)]
        place: PlaceArgs,
        #[arg(long)]
        acknowledged: PathBuf,
        #[arg(long)]
        stored: PathBuf,
        #[arg(long)]
        results: PathBuf,
    },
    /// Measures start-up (spawn to first good /health) RUNS times, and idle memory.
    Startup {
        #[arg(long)]
        target: String,
        /// What the database holds, for the report.
        #[arg(long)]
        database: String,
        /// The server's root, whose /health is polled.
        #[arg(long, value_parser = http::parse_host)]
        host: SocketAddr,
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Seconds to wait after the first answer before reading idle memory.
        #[arg(long, default_value_t = 3)]
        settle: u64,
        #[arg(long)]
        results: PathBuf,
        /// The server command line.
        #[arg(last = true, required = true)]
        command: Vec<String>,
    },
    /// Prints the results file as Markdown.
    Table { results: PathBuf },
}

fn positive(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(rate) if rate > 0.0 && rate.is_finite() => Ok(rate),
        _ => Err(format!("{text:?} is not a positive number")),
    }
}

fn lines(path: &PathBuf) -> anyhow::Result<Vec<String>> {
    Ok(std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect())
}

fn main() -> anyhow::Result<()> {
    let now = chrono::Utc::now().naive_utc();
    match Cli::parse().command {
        Command::Run {
            place,
            host,
            kind,
            slug,
            users,
            rate,
            seconds,
            tokens,
            email_prefix,
            pids,
            threads,
            acknowledged,
            results: results_path,
        } => {
            let spec = cell::Spec {
                place: place.into(),
                address: host,
                kind,
                slug,
                users,
                rate,
                seconds,
                tokens,
                email_prefix,
                pids,
                threads,
            };
            let (cell, acked) = cell::run(&spec)?;
            if let Some(path) = acknowledged {
                let mut text = acked.join("\n");
                text.push('\n');
                std::fs::write(&path, text)
                    .map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
            }
            println!(
                "{:<10} {:<8} {:<12} {:>9.0} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms  max {:>8.2} ms  errors {}{}",
                cell.place.target,
                cell.place.scenario,
                cell.place.load,
                cell.per_second,
                cell.p50_ms,
                cell.p99_ms,
                cell.max_ms,
                cell.errors,
                cell.acknowledged.map_or(String::new(), |n| format!("  303s {n}")),
            );
            results::append(&results_path, &Record::Cell(cell))?;
        }
        Command::SeedConfirmed {
            engine,
            slug,
            count,
        } => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            seed::confirmed(&mut out, engine, &slug, count, now)?;
            out.flush()?;
        }
        Command::SeedPending {
            engine,
            slug,
            prefix,
            count,
            tokens,
        } => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let seeded = seed::pending(&mut out, engine, &slug, &prefix, count, now)?;
            out.flush()?;
            let mut file = std::io::BufWriter::new(std::fs::File::create(&tokens)?);
            for s in &seeded {
                writeln!(file, "{} {}", s.token, s.email)?;
            }
            file.flush()?;
        }
        Command::Check {
            place,
            acknowledged,
            stored,
            results: results_path,
        } => {
            let check = Check::compare(place.into(), &lines(&acknowledged)?, &lines(&stored)?);
            println!(
                "lost/doubled check, {} {} {}: {} ({} acknowledged, {} stored, {} lost, {} unacknowledged, {} doubled)",
                check.place.target,
                check.place.scenario,
                check.place.load,
                if check.ok() { "OK" } else { "FAIL" },
                check.acknowledged,
                check.stored,
                check.lost,
                check.unacknowledged,
                check.doubled
            );
            results::append(&results_path, &Record::Check(check))?;
        }
        Command::Startup {
            target,
            database,
            host,
            runs,
            settle,
            results: results_path,
            command,
        } => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let (runs_ms, idle_rss_kib) = runtime.block_on(startup::measure(
                &command,
                host,
                runs,
                Duration::from_secs(settle),
            ))?;
            let shown: Vec<String> = runs_ms.iter().map(|t| format!("{t:.0} ms")).collect();
            println!(
                "start-up {target} ({database}): {}; idle RSS {:.1} MiB",
                shown.join(", "),
                idle_rss_kib as f64 / 1024.0
            );
            let record = Record::Startup(Startup {
                target,
                database,
                runs_ms,
                idle_rss_kib,
            });
            results::append(&results_path, &record)?;
        }
        Command::Table { results: path } => {
            print!("{}", table::markdown(results::load(&path)?));
        }
    }
    Ok(())
}
