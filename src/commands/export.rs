//! `missive export …`: the staff exports from the terminal, written to standard output as
//! they are read (never collected in memory). The CLI is for operators with database
//! access, so it may include contact details; those exports are audited as `cli`.

use std::io::{BufWriter, ErrorKind, Write};

use clap::Subcommand;

use crate::db::models::campaign;
use crate::exports::{self, By, Export, ExportError, Format};
use crate::plumbing::config::Settings;
use crate::plumbing::shipped::prepare_database;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Confirmed signatures counted by day, hour, constituency or country.
    Counts {
        /// The campaign's web address, e.g. british-values.
        #[arg(long)]
        campaign: String,
        /// day, hour, constituency or country.
        #[arg(long, value_parser = parse_by)]
        by: By,
        /// csv or json.
        #[arg(long, default_value = "csv", value_parser = parse_format)]
        format: Format,
    },
    /// The campaign's submitted letters (status, times, constituency, similarity, text).
    Letters {
        #[arg(long)]
        campaign: String,
        /// Add each writer's name and email.
        #[arg(long)]
        with_writers: bool,
        #[arg(long, default_value = "csv", value_parser = parse_format)]
        format: Format,
    },
    /// Signers who asked for updates: name, email, postcode, constituency, times.
    Signers {
        #[arg(long)]
        campaign: String,
        #[arg(long, default_value = "csv", value_parser = parse_format)]
        format: Format,
    },
}

fn parse_by(text: &str) -> Result<By, String> {
    By::parse(text).ok_or_else(|| "choose day, hour, constituency or country".to_owned())
}

fn parse_format(text: &str) -> Result<Format, String> {
    Format::parse(text).ok_or_else(|| "choose csv or json".to_owned())
}

/// Runs one export to standard output.
pub fn run(settings: &Settings, command: ExportCommand) -> anyhow::Result<()> {
    let (slug, export, format) = match command {
        ExportCommand::Counts {
            campaign,
            by,
            format,
        } => (campaign, Export::Counts(by), format),
        ExportCommand::Letters {
            campaign,
            with_writers,
            format,
        } => (campaign, Export::Letters { with_writers }, format),
        ExportCommand::Signers { campaign, format } => (campaign, Export::Signers, format),
    };
    let db = prepare_database(settings)?;
    let found = campaign::find_by_slug(&mut *db.get()?, &slug)?
        .ok_or_else(|| anyhow::anyhow!("there is no campaign with the address {slug:?}"))?;
    db.write_blocking(|conn| exports::audit::record(conn, None, "cli", &slug, export, format))?;
    let mut out = BufWriter::with_capacity(256 * 1024, std::io::stdout().lock());
    let mut write = |chunk: Vec<u8>| out.write_all(&chunk).map_err(closed_or_failed);
    let result = exports::run(&db, export.source(found.id).as_mut(), format, &mut write)
        .and_then(|_| out.flush().map_err(closed_or_failed));
    match result {
        // The reader stopped early (`| head`): not a failure of the export.
        Ok(()) | Err(ExportError::Closed) => Ok(()),
        Err(error) => Err(error.into()),
    }
}

fn closed_or_failed(error: std::io::Error) -> ExportError {
    match error.kind() {
        ErrorKind::BrokenPipe => ExportError::Closed,
        _ => ExportError::Io(error),
    }
}
