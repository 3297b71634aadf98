//! `missive privacy …`: erasing supporters' personal data from the terminal.

use chrono::{NaiveDateTime, Utc};
use clap::Subcommand;

use crate::db::models::erasure::Erased;
use crate::plumbing::config::Settings;
use crate::plumbing::shipped::prepare_database;
use crate::privacy::anonymise::{self, Mode, Report};

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Erase the personal data of campaigns that closed more than
    /// MISSIVE_ANONYMISE_AFTER_DAYS days ago (names, emails, postcodes, IP addresses,
    /// private links, emails sent); counts and statistics stay. Safe to run again.
    Anonymise {
        /// Say what would be erased, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

pub fn run(settings: &Settings, command: PrivacyCommand) -> anyhow::Result<()> {
    let PrivacyCommand::Anonymise { dry_run } = command;
    let db = prepare_database(settings)?;
    let mode = if dry_run { Mode::DryRun } else { Mode::Erase };
    let now = Utc::now().naive_utc();
    let report =
        anonymise::anonymise(&db, settings.anonymise_after(), now, mode, "cli", &|| false)?;
    print!("{}", describe(&report, mode));
    Ok(())
}

/// What the command prints: a line per campaign due, then a total.
fn describe(report: &Report, mode: Mode) -> String {
    let mut out = format!(
        "campaigns closed on or before {}:\n",
        day(Some(report.cutoff))
    );
    let mut total = Erased::default();
    for campaign in &report.campaigns {
        let what = if campaign.erased.is_empty() {
            "nothing left to erase".to_owned()
        } else {
            match mode {
                Mode::DryRun => format!("would erase {}", tally(&campaign.erased)),
                Mode::Erase => format!("erased {}", tally(&campaign.erased)),
            }
        };
        out.push_str(&format!(
            "{} (closed {}): {what}\n",
            campaign.slug,
            day(campaign.closes_at)
        ));
        total += campaign.erased;
    }
    let summary = match (report.campaigns.is_empty(), total.is_empty(), mode) {
        (true, _, _) => "none: nothing to anonymise\n".to_owned(),
        (false, true, _) => "nothing to anonymise: every one is already anonymised\n".to_owned(),
        (false, false, Mode::DryRun) => {
            format!("dry run: nothing changed; would erase {}\n", tally(&total))
        }
        (false, false, Mode::Erase) => format!("in all: erased {}\n", tally(&total)),
    };
    out.push_str(&summary);
    out
}

fn day(at: Option<NaiveDateTime>) -> String {
    at.map_or_else(|| "never".to_owned(), |t| t.format("%Y-%m-%d").to_string())
}

fn tally(erased: &Erased) -> String {
    let parts = [
        (erased.signatures, "signature", "signatures"),
        (erased.letters, "letter", "letters"),
        (erased.links, "private link", "private links"),
        (erased.emails, "email", "emails"),
        (erased.searches, "fraud search", "fraud searches"),
    ];
    parts
        .iter()
        .map(|&(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_say_what_was_erased_in_plain_words() {
        let erased = Erased {
            signatures: 2,
            letters: 1,
            links: 3,
            emails: 0,
            searches: 1,
        };
        assert_eq!(
            tally(&erased),
            "2 signatures, 1 letter, 3 private links, 0 emails, 1 fraud search"
        );
    }
}
