//! Anonymising campaigns once `MISSIVE_ANONYMISE_AFTER_DAYS` have passed since they closed
//! (six months by default, as on the UK petitions site): supporters' names, emails,
//! postcodes, IP addresses, private links and the emails sent to them are erased; every
//! figure stays. Run from the CLI (`missive privacy anonymise`) and once a day by the
//! server. A run changes only what still holds personal data, so running again changes
//! nothing; each campaign it changes is written to the audit log. Old copies of what it
//! erased are then scrubbed from the database's files (`Database::scrub_blocking`).

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta, Utc};

use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::erasure::campaign::{self as closed, ClosedCampaign};
use crate::db::models::erasure::{emails_holding_data, erase_emails, Erased, Unsent};
use crate::db::{Database, DbConnection, DbError};
use crate::plumbing::shutdown::Stopping;

/// Rows erased per transaction, so that writers never wait long behind a run.
const BATCH: i64 = 1_000;
/// How the server's daily run appears in the audit log.
pub const SCHEDULED: &str = "scheduled";
const DAY: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Count what would be erased; change nothing.
    DryRun,
    Erase,
}

/// One campaign a run looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRun {
    pub slug: String,
    pub closes_at: Option<NaiveDateTime>,
    pub erased: Erased,
}

/// What a run did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Campaigns that closed at or before this were due.
    pub cutoff: NaiveDateTime,
    pub campaigns: Vec<CampaignRun>,
}

/// Anonymises every campaign closed at least `keep_for` before `now`. `actor` is who the
/// audit log names (`cli`, or [`SCHEDULED`]); `stop` is asked between batches. Runs on the
/// calling thread: call it from a blocking one.
pub fn anonymise(
    db: &Database,
    keep_for: TimeDelta,
    now: NaiveDateTime,
    mode: Mode,
    actor: &str,
    stop: &dyn Fn() -> bool,
) -> Result<Report, DbError> {
    let cutoff = now - keep_for;
    let due = closed::closed_before(&mut *db.get()?, cutoff)?;
    // Emails still unsent when their campaign's data goes are never going to be sent.
    let unsent = Unsent::DropQueuedBefore(cutoff);
    let mut report = Report {
        cutoff,
        campaigns: Vec::with_capacity(due.len()),
    };
    for campaign in due {
        if stop() {
            break;
        }
        let erased = match mode {
            Mode::DryRun => plan(&mut *db.get()?, campaign.id, unsent)?,
            Mode::Erase => erase(db, campaign.id, unsent, stop)?,
        };
        if mode == Mode::Erase && !erased.is_empty() {
            db.write_blocking(|conn| record(conn, &campaign, &erased, actor, keep_for, now))?;
        }
        report.campaigns.push(CampaignRun {
            slug: campaign.slug,
            closes_at: campaign.closes_at,
            erased,
        });
    }
    let erased_any = report.campaigns.iter().any(|c| !c.erased.is_empty());
    if mode == Mode::Erase && erased_any {
        db.scrub_blocking()?;
    }
    Ok(report)
}

/// Counts what [`erase`] would change, reading the same rows the same way.
fn plan(conn: &mut DbConnection, campaign_id: i64, unsent: Unsent) -> Result<Erased, DbError> {
    let mut erased = Erased::default();
    let mut emails = BTreeSet::new();
    let mut after = 0;
    loop {
        let ids = closed::signatures_holding_data(conn, campaign_id, after, BATCH)?;
        let Some(&last) = ids.last() else { break };
        erased.signatures += ids.len();
        let mail = closed::emails_of_signatures(conn, &ids)?;
        emails.extend(emails_holding_data(conn, &mail, unsent)?);
        after = last;
    }
    let mut after = 0;
    loop {
        let ids = closed::letters_holding_data(conn, campaign_id, after, BATCH)?;
        let Some(&last) = ids.last() else { break };
        erased.letters += ids.len();
        let mail = closed::emails_of_letters(conn, &ids)?;
        emails.extend(emails_holding_data(conn, &mail, unsent)?);
        after = last;
    }
    let mail = closed::emails_of_joint_letters(conn, campaign_id)?;
    emails.extend(emails_holding_data(conn, &mail, unsent)?);
    erased.emails = emails.len();
    erased.links = closed::links(conn, campaign_id)?;
    erased.searches = closed::searches_holding_data(conn, campaign_id)?.len();
    Ok(erased)
}

/// Erases the campaign's personal data, one batch per transaction; the emails about each
/// batch go in the same transaction as its rows.
fn erase(
    db: &Database,
    campaign_id: i64,
    unsent: Unsent,
    stop: &dyn Fn() -> bool,
) -> Result<Erased, DbError> {
    let mut erased = Erased::default();
    let mut after = 0;
    while !stop() {
        let (last, batch) = db.write_blocking(|conn| {
            closed::lock(conn, campaign_id)?;
            let ids = closed::signatures_holding_data(conn, campaign_id, after, BATCH)?;
            let mail = closed::emails_of_signatures(conn, &ids)?;
            let batch = Erased {
                emails: erase_emails(conn, &mail, unsent)?,
                signatures: closed::erase_signatures(conn, &ids)?,
                ..Erased::default()
            };
            Ok((ids.last().copied(), batch))
        })?;
        erased += batch;
        match last {
            Some(last) => after = last,
            None => break,
        }
    }
    let mut after = 0;
    while !stop() {
        let (last, batch) = db.write_blocking(|conn| {
            closed::lock(conn, campaign_id)?;
            let ids = closed::letters_holding_data(conn, campaign_id, after, BATCH)?;
            let mail = closed::emails_of_letters(conn, &ids)?;
            let batch = Erased {
                emails: erase_emails(conn, &mail, unsent)?,
                letters: closed::erase_letters(conn, &ids)?,
                ..Erased::default()
            };
            Ok((ids.last().copied(), batch))
        })?;
        erased += batch;
        match last {
            Some(last) => after = last,
            None => break,
        }
    }
    if stop() {
        return Ok(erased);
    }
    erased += db.write_blocking(|conn| {
        closed::lock(conn, campaign_id)?;
        let mail = closed::emails_of_joint_letters(conn, campaign_id)?;
        let searches = closed::searches_holding_data(conn, campaign_id)?;
        for (id, kept) in &searches {
            closed::rewrite_search(conn, *id, kept)?;
        }
        Ok(Erased {
            emails: erase_emails(conn, &mail, unsent)?,
            links: closed::delete_links(conn, campaign_id)?,
            searches: searches.len(),
            ..Erased::default()
        })
    })?;
    Ok(erased)
}

fn record(
    conn: &mut DbConnection,
    campaign: &ClosedCampaign,
    erased: &Erased,
    actor: &str,
    keep_for: TimeDelta,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let reason = format!(
        "closed more than {} days ago (MISSIVE_ANONYMISE_AFTER_DAYS)",
        keep_for.num_days()
    );
    audit::record(
        conn,
        &AuditEntry {
            actor_id: None,
            actor,
            action: "privacy.anonymise",
            subject_type: "campaign",
            subject_id: Some(campaign.id.to_string()),
            old_state: None,
            new_state: serde_json::to_string(erased).ok(),
            reason: Some(&reason),
            created_at: now,
        },
    )
}

/// Anonymises what is due at start-up and then once a day, until asked to stop (between
/// batches, never inside one).
pub async fn run(db: Database, keep_for: TimeDelta, mut stopping: Stopping) {
    loop {
        let (db_for_run, stop) = (db.clone(), stopping.clone());
        let outcome = tokio::task::spawn_blocking(move || {
            let now = Utc::now().naive_utc();
            anonymise(&db_for_run, keep_for, now, Mode::Erase, SCHEDULED, &|| {
                stop.is_set()
            })
        })
        .await;
        match outcome {
            Ok(Ok(report)) => {
                for run in report.campaigns.iter().filter(|r| !r.erased.is_empty()) {
                    let e = &run.erased;
                    tracing::info!(
                        campaign = %run.slug,
                        signatures = e.signatures,
                        letters = e.letters,
                        links = e.links,
                        emails = e.emails,
                        searches = e.searches,
                        "closed campaign anonymised"
                    );
                }
            }
            Ok(Err(error)) => tracing::warn!(%error, "could not anonymise closed campaigns"),
            Err(error) => tracing::error!(%error, "the anonymising task failed"),
        }
        tokio::select! {
            () = stopping.wait() => break,
            () = tokio::time::sleep(DAY) => {}
        }
    }
}
