//! Delivering approved letters: by email (the writer as Reply-To), on paper (the writer
//! prints it), or, for near-copies of the featured letter, as one name on a joint letter
//! sent to each official once per delivery period.

use chrono::NaiveDateTime;

use super::compose::{featured_text, plain_text, SignOff};
use super::drafting::new_link;
use super::recipients;
use crate::db::models::campaign::{self, Campaign};
use crate::db::models::constituency::{self, Constituency};
use crate::db::models::delivery::{self, Method, Status};
use crate::db::models::letter::{self, Letter, LetterStatus};
use crate::db::models::official;
use crate::db::models::outbox;
use crate::db::{DbConnection, DbError};
use crate::domain::{Country, EmailAddress};
use crate::links::Links;
use crate::mail::letter_messages::{self, ToOfficial};

/// Why a letter could not be approved.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    #[error("there is no letter {0}")]
    NotFound(i64),
    #[error("letter {0} is not waiting for moderation")]
    NotPending(i64),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What approving a letter set in motion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Approval {
    pub emailed: usize,
    pub to_print: usize,
    pub bundled: usize,
}

/// How the writer signs off: their name, and their constituency (else postcode or country).
pub fn sign_off(letter: &Letter, constituency: Option<&Constituency>) -> SignOff {
    let place = constituency
        .map(|c| c.name.clone())
        .or_else(|| letter.postcode.clone())
        .or_else(|| {
            Country::parse(&letter.country_code)
                .ok()
                .map(|c| c.name().to_owned())
        });
    SignOff {
        name: letter.writer_name.clone(),
        place,
    }
}

pub fn constituency_of(
    conn: &mut DbConnection,
    letter: &Letter,
) -> Result<Option<Constituency>, DbError> {
    match &letter.constituency_code {
        Some(code) => constituency::find(conn, code),
        None => Ok(None),
    }
}

/// Approves a pending letter and starts its deliveries. Call inside a write transaction.
pub fn approve(
    conn: &mut DbConnection,
    letter_id: i64,
    links: &Links<'_>,
    now: NaiveDateTime,
) -> Result<Approval, LetterError> {
    let letter = letter::find(conn, letter_id)?.ok_or(LetterError::NotFound(letter_id))?;
    let campaign =
        campaign::find_by_id(conn, letter.campaign_id)?.ok_or(LetterError::NotFound(letter_id))?;
    if !letter::decide(
        conn,
        letter_id,
        LetterStatus::Pending,
        LetterStatus::Approved,
        now,
    )? {
        return Err(LetterError::NotPending(letter_id));
    }
    let constituency = constituency_of(conn, &letter)?;
    let sign_off = sign_off(&letter, constituency.as_ref());
    let mut approval = Approval::default();
    for recipient in recipients::resolve(conn, campaign.id, constituency.as_ref())?.list {
        let official_id = recipient.official_id(conn, constituency.as_ref(), now)?;
        if letter.similarity >= campaign.similarity_threshold {
            delivery::create(
                conn,
                letter_id,
                official_id,
                Method::Joint,
                Status::Bundled,
                now,
            )?;
            approval.bundled += 1;
            continue;
        }
        let Some(address) = recipient.email.as_deref() else {
            delivery::create(
                conn,
                letter_id,
                official_id,
                Method::Print,
                Status::ReadyToPrint,
                now,
            )?;
            approval.to_print += 1;
            continue;
        };
        let delivery_id = delivery::create(
            conn,
            letter_id,
            official_id,
            Method::Email,
            Status::Queued,
            now,
        )?;
        let text = plain_text(&recipient, &letter.body, &sign_off);
        let email = ToOfficial {
            official_email: address,
            writer_email: &letter.writer_email,
            subject: &letter.subject,
            text: &text,
            delivery_id,
        };
        match letter_messages::to_official(&email, now) {
            Ok(message) => {
                outbox::enqueue(conn, &message)?;
                approval.emailed += 1;
            }
            Err(reason) => {
                delivery::set_status(conn, delivery_id, Status::Failed, Some(&reason), now)?
            }
        }
    }
    if let Ok(writer) = EmailAddress::parse(&letter.writer_email) {
        let link = new_link(conn, letter_id, links, now)?;
        let message = letter_messages::approved(
            &writer,
            &campaign.headline,
            &link,
            approval.to_print > 0,
            now,
        )
        .about_letter(letter_id);
        outbox::enqueue(conn, &message)?;
    }
    Ok(approval)
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

/// Gathers every near-copy waiting since the last run into one joint letter per campaign
/// and official, and queues it. Call inside a write transaction, once per delivery period.
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
        let mut signers = Vec::with_capacity(group.len());
        for waiting in group {
            let place = match &waiting.constituency_code {
                Some(code) => constituency::find(conn, code)?.map(|c| c.name),
                None => Country::parse(&waiting.country_code)
                    .ok()
                    .map(|c| c.name().to_owned()),
            };
            signers.push(match place {
                Some(place) => format!("{}, {place}", waiting.writer_name),
                None => waiting.writer_name.clone(),
            });
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

fn joint_text(campaign: &Campaign, salutation: &str, signers: &[String]) -> String {
    let mut text = format!("{salutation},\n\n{}\n\n", featured_text(campaign));
    text.push_str(&format!(
        "This letter is sent jointly by the following {} people, each of whom chose to send it to you:\n\n",
        signers.len()
    ));
    for signer in signers {
        text.push_str(signer);
        text.push('\n');
    }
    text.push_str("\nYours sincerely,\n\nThe signatories above\n");
    text
}

/// Sends joint letters once per `period` for as long as the server runs.
pub async fn run_joint_letters(
    db: crate::db::Database,
    period: std::time::Duration,
    wake: std::sync::Arc<tokio::sync::Notify>,
) {
    let mut ticker = tokio::time::interval(period);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ticker.tick().await;
    loop {
        ticker.tick().await;
        let now = chrono::Utc::now().naive_utc();
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
