//! Joint letters: near-copies of the featured letter approved since the last run go to
//! each official together, once every `MISSIVE_JOINT_LETTER_HOURS`. A joint letter
//! carries the featured text once, then each writer by name and place, with the
//! paragraphs they added or changed quoted under their name, so nobody's words are lost.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use super::compose::featured_text;
use crate::db::models::campaign::{self, Campaign};
use crate::db::models::delivery::{self, Status, Waiting};
use crate::db::models::{constituency, official, outbox};
use crate::db::{Database, DbConnection, DbError};
use crate::domain::letter_text::paragraphs;
use crate::domain::Country;
use crate::mail::letter_messages;
use crate::plumbing::shutdown::Stopping;

/// When joint letters go out: every `hours`, counted from midnight UTC (so once a day at
/// midnight UTC by default), so that every page and email can name the same date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub hours: u32,
}

impl Schedule {
    /// The first run after `now`.
    pub fn next_after(self, now: NaiveDateTime) -> NaiveDateTime {
        let period = i64::from(self.hours.max(1)) * 3600;
        let next = (now.and_utc().timestamp().div_euclid(period) + 1) * period;
        DateTime::<Utc>::from_timestamp(next, 0)
            .map(|at| at.naive_utc())
            .unwrap_or(now)
    }

    /// The next run's date in English, e.g. "5 December 2026".
    pub fn next_date(self, now: NaiveDateTime) -> String {
        self.next_after(now).format("%-d %B %Y").to_string()
    }

    /// The next run's day, for pages and emails to write in their language (`Lang::date`).
    pub fn next_day(self, now: NaiveDateTime) -> NaiveDate {
        self.next_after(now).date()
    }
}

/// The paragraphs of `body` that are not paragraphs of `featured` (spacing aside): what
/// the writer added or changed.
pub fn own_paragraphs<'a>(featured: &str, body: &'a str) -> Vec<&'a str> {
    let squash = |p: &str| p.split_whitespace().collect::<Vec<_>>().join(" ");
    let featured: std::collections::HashSet<String> = paragraphs(featured).map(squash).collect();
    paragraphs(body)
        .filter(|p| !featured.contains(&squash(p)))
        .collect()
}

/// Whether a letter goes on its own or in the joint letter, as its writer is told before
/// and after submitting it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// A near-copy: it goes in the joint letter (else on its own).
    pub joint: bool,
    /// The next joint letter's day (written with `Lang::date`).
    pub joint_date: NaiveDate,
    /// The paragraphs the writer added or changed, quoted under their name if joint.
    pub own: Vec<String>,
}

impl Route {
    pub fn of(
        campaign: &Campaign,
        body: &str,
        similarity: i32,
        schedule: Schedule,
        now: NaiveDateTime,
    ) -> Route {
        Route {
            joint: similarity >= campaign.similarity_threshold,
            joint_date: schedule.next_day(now),
            own: own_paragraphs(&featured_text(campaign), body)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        }
    }
}

/// One joint letter made by [`send_joint_letters`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JointLetter {
    pub id: i64,
    pub official_name: String,
    pub signers: usize,
    /// False when the official has no email address: the letter waits to be printed.
    pub emailed: bool,
    pub text: String,
}

/// One writer in a joint letter.
struct Signer {
    /// "Name, place", and the postal address when given.
    heading: String,
    own: Vec<String>,
}

/// Gathers every near-copy waiting since the last run into one joint letter per campaign
/// and official, and queues it. Only letters whose writers confirmed their address are
/// taken. Call inside a write transaction, once per delivery period.
pub fn send_joint_letters(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> Result<Vec<JointLetter>, DbError> {
    let waiting = delivery::waiting_for_joint(conn)?;
    let mut made = Vec::new();
    for group in
        waiting.chunk_by(|a, b| (a.campaign_id, a.official_id) == (b.campaign_id, b.official_id))
    {
        let (campaign_id, official_id) = (group[0].campaign_id, group[0].official_id);
        let (Some(campaign), Some(official)) = (
            campaign::find_by_id(conn, campaign_id)?,
            official::find_by_id(conn, official_id)?,
        ) else {
            continue;
        };
        let featured = featured_text(&campaign);
        let mut signers = Vec::with_capacity(group.len());
        for waiting in group {
            signers.push(signer(conn, waiting, &featured)?);
        }
        let text = joint_text(&campaign, &official.salutation(), &signers);
        let ids: Vec<i64> = group.iter().map(|w| w.delivery_id).collect();
        let email = official.email.as_deref().filter(|e| !e.trim().is_empty());
        let status = if email.is_some() {
            Status::Bundled
        } else {
            Status::ReadyToPrint
        };
        let id = delivery::create_joint(conn, campaign_id, official_id, &ids, status, now)?;
        let emailed =
            match email.map(|to| letter_messages::joint(to, &campaign.headline, &text, id, now)) {
                Some(Ok(message)) => {
                    outbox::enqueue(conn, &message)?;
                    true
                }
                Some(Err(reason)) => {
                    delivery::set_joint_status(conn, id, Status::Failed, Some(&reason), now)?;
                    false
                }
                None => {
                    let detail = "in a joint letter, ready to print and post";
                    delivery::set_joint_status(conn, id, Status::ReadyToPrint, Some(detail), now)?;
                    false
                }
            };
        made.push(JointLetter {
            id,
            official_name: official.name,
            signers: signers.len(),
            emailed,
            text,
        });
    }
    Ok(made)
}

fn signer(conn: &mut DbConnection, waiting: &Waiting, featured: &str) -> Result<Signer, DbError> {
    let place = match &waiting.constituency_code {
        Some(code) => constituency::find(conn, code)?.map(|c| c.name),
        None => Country::parse(&waiting.country_code)
            .ok()
            .map(|c| c.name().to_owned()),
    };
    let mut heading = match place {
        Some(place) => format!("{}, {place}", waiting.writer_name),
        None => waiting.writer_name.clone(),
    };
    let address: Vec<&str> = waiting
        .address_lines
        .iter()
        .flat_map(|lines| lines.lines())
        .chain(waiting.town.as_deref())
        .chain(waiting.postcode.as_deref())
        .collect();
    if !address.is_empty() {
        heading.push('\n');
        heading.push_str(&address.join(", "));
    }
    let own = own_paragraphs(featured, &waiting.body)
        .into_iter()
        .map(str::to_owned)
        .collect();
    Ok(Signer { heading, own })
}

fn joint_text(campaign: &Campaign, salutation: &str, signers: &[Signer]) -> String {
    let mut text = format!("{salutation},\n\n{}\n\n", featured_text(campaign));
    text.push_str(&format!(
        "This letter is sent jointly by the following {} people, each of whom chose to send it \
         to you. Where they added words of their own, these are quoted under their name.\n\n",
        signers.len()
    ));
    for signer in signers {
        text.push_str(&signer.heading);
        text.push_str("\n\n");
        for paragraph in &signer.own {
            let quoted: Vec<String> = paragraph.lines().map(|l| format!("> {l}")).collect();
            text.push_str(&quoted.join("\n"));
            text.push_str("\n\n");
        }
    }
    text.push_str("Yours sincerely,\n\nThe signatories above\n");
    text
}

/// Sends joint letters at each time `schedule` names for as long as the server runs.
pub async fn run(
    db: Database,
    schedule: Schedule,
    wake: std::sync::Arc<tokio::sync::Notify>,
    mut stopping: Stopping,
) {
    loop {
        let now = Utc::now().naive_utc();
        let wait = (schedule.next_after(now) - now)
            .to_std()
            .unwrap_or_default();
        tokio::select! {
            () = stopping.wait() => break,
            () = tokio::time::sleep(wait) => {}
        }
        let now = Utc::now().naive_utc();
        match db.write(move |conn| send_joint_letters(conn, now)).await {
            Ok(made) if !made.is_empty() => {
                tracing::info!(joint_letters = made.len(), "joint letters made");
                wake.notify_one();
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "could not make joint letters"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_fall_on_whole_periods_from_midnight() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap();
        let daily = Schedule { hours: 24 };
        assert_eq!(
            daily.next_after(at("2026-12-04 16:10:00")),
            at("2026-12-05 00:00:00")
        );
        assert_eq!(
            daily.next_after(at("2026-12-05 00:00:00")),
            at("2026-12-06 00:00:00")
        );
        assert_eq!(
            daily.next_date(at("2026-12-04 16:10:00")),
            "5 December 2026"
        );
        let six = Schedule { hours: 6 };
        assert_eq!(
            six.next_after(at("2026-12-04 16:10:00")),
            at("2026-12-04 18:00:00")
        );
    }

    #[test]
    fn own_paragraphs_are_those_added_or_changed() {
        let featured = "First paragraph.\n\nSecond  paragraph.\n\nThird.";
        let body = "First paragraph.\n\nMy own words.\n\nSecond\nparagraph.\n\nThird, changed.";
        assert_eq!(
            own_paragraphs(featured, body),
            vec!["My own words.", "Third, changed."]
        );
        assert!(own_paragraphs(featured, featured).is_empty());
    }
}
