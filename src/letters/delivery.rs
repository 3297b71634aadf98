//! Delivering approved letters: by email (the writer as Reply-To), on paper (the writer
//! prints it), or, for near-copies of the featured letter, in the joint letter (see
//! `joint`). Only letters whose writers confirmed their email address are approved.

use chrono::NaiveDateTime;

use super::compose::{featured_text, plain_text, SignOff};
use super::drafting::new_link;
use super::joint::{own_paragraphs, Schedule};
use super::recipients;
use crate::db::models::campaign;
use crate::db::models::constituency::{self, Constituency};
use crate::db::models::delivery::{self, Method, Status};
use crate::db::models::letter::{self, Letter, LetterStatus};
use crate::db::models::outbox;
use crate::db::{DbConnection, DbError};
use crate::domain::{Country, EmailAddress};
use crate::i18n::Lang;
use crate::mail::letter_messages::{self, Ahead, ToOfficial};
use crate::mail::links::Links;

/// Why a letter could not be approved.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    #[error("there is no letter {0}")]
    NotFound(i64),
    #[error("letter {0} is not waiting for moderation")]
    NotPending(i64),
    #[error("the writer of letter {0} has not confirmed their email address")]
    Unconfirmed(i64),
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

/// How the writer signs off: their name, their postal address when given, and their
/// constituency (else postcode or country).
pub fn sign_off(letter: &Letter, constituency: Option<&Constituency>) -> SignOff {
    let address = SignOff::address_of(
        letter.address_lines.as_deref(),
        letter.town.as_deref(),
        letter.postcode.as_deref(),
    );
    let place = constituency
        .map(|c| c.name.clone())
        .or_else(|| letter.postcode.clone().filter(|_| address.is_empty()))
        .or_else(|| {
            Country::parse(&letter.country_code)
                .ok()
                .map(|c| c.name().to_owned())
        });
    SignOff {
        name: letter.writer_name.clone(),
        address,
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

/// Approves a pending letter and starts its deliveries; the email to its writer says what
/// happens to it, as their private page does. Refuses a letter whose writer has not
/// confirmed their address. Call inside a write transaction.
pub fn approve(
    conn: &mut DbConnection,
    letter_id: i64,
    links: &Links,
    schedule: Schedule,
    now: NaiveDateTime,
) -> Result<Approval, LetterError> {
    let letter = letter::find(conn, letter_id)?.ok_or(LetterError::NotFound(letter_id))?;
    let campaign =
        campaign::find_by_id(conn, letter.campaign_id)?.ok_or(LetterError::NotFound(letter_id))?;
    if letter.writer_confirmed_at.is_none() {
        return Err(LetterError::Unconfirmed(letter_id));
    }
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
    let mut ahead = Ahead {
        joint_date: schedule.next_day(now),
        ..Ahead::default()
    };
    for recipient in recipients::resolve(conn, campaign.id, constituency.as_ref())?.list {
        let official_id = recipient.official_id(conn, constituency.as_ref(), now)?;
        if letter.similarity >= campaign.similarity_threshold {
            ahead.joint.push(recipient.name.clone());
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
            ahead.to_print.push(recipient.name.clone());
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
                ahead.emailed.push(recipient.name.clone());
                approval.emailed += 1;
            }
            Err(reason) => {
                delivery::set_status(conn, delivery_id, Status::Failed, Some(&reason), now)?
            }
        }
    }
    if let Ok(writer) = EmailAddress::parse(&letter.writer_email) {
        let link = new_link(conn, letter_id, links, now)?;
        ahead.own_paragraphs = own_paragraphs(&featured_text(&campaign), &letter.body).len();
        let message = letter_messages::approved(
            &writer,
            Lang::stored(&letter.language),
            &campaign.headline,
            &link,
            &ahead,
            now,
        )
        .about_letter(letter_id);
        outbox::enqueue(conn, &message)?;
    }
    Ok(approval)
}
