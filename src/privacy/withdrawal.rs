//! Withdrawing a signature from its private link (the link in the confirmation email,
//! which keeps working once the signature is confirmed). Possible while the campaign is
//! open; once it closes its final count stands, and the signer's details are erased with
//! everyone else's when the campaign is anonymised.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

use crate::db::models::erasure::person;
use crate::db::models::{campaign, token};
use crate::db::{DbConnection, DbError};
use crate::domain::SecretToken;

/// What a signature's private link allows now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Withdrawable {
    Unknown,
    Open {
        signature_id: i64,
        slug: String,
        headline: String,
    },
    /// Closed on `closed_on`; everyone's details are erased from `erased_from`.
    Closed {
        slug: String,
        headline: String,
        closed_on: NaiveDate,
        erased_from: NaiveDate,
    },
}

/// What the link allows at `now`, with closed campaigns anonymised `keep_for` after closing.
pub fn check(
    conn: &mut DbConnection,
    secret: &SecretToken,
    now: NaiveDateTime,
    keep_for: TimeDelta,
) -> Result<Withdrawable, DbError> {
    let Some(target) = token::find(conn, &secret.hash())? else {
        return Ok(Withdrawable::Unknown);
    };
    let Some(campaign) = campaign::find_by_slug(conn, &target.campaign_slug)? else {
        return Ok(Withdrawable::Unknown);
    };
    Ok(match campaign.closes_at.filter(|closes| *closes <= now) {
        Some(closed) => Withdrawable::Closed {
            slug: campaign.slug,
            headline: campaign.headline,
            closed_on: closed.date(),
            erased_from: (closed + keep_for).date(),
        },
        None => Withdrawable::Open {
            signature_id: target.signature_id,
            slug: campaign.slug,
            headline: campaign.headline,
        },
    })
}

/// What pressing "Withdraw my signature" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Withdrawal {
    /// The signature and its signer's details are gone; the count shown drops at its next
    /// refresh.
    Done {
        slug: String,
    },
    NotPossible(Withdrawable),
}

/// Withdraws the signature the link belongs to. Call inside a write transaction.
pub fn withdraw(
    conn: &mut DbConnection,
    secret: &SecretToken,
    now: NaiveDateTime,
    keep_for: TimeDelta,
) -> Result<Withdrawal, DbError> {
    match check(conn, secret, now, keep_for)? {
        Withdrawable::Open {
            signature_id, slug, ..
        } => {
            person::delete_signature(conn, signature_id, now)?;
            Ok(Withdrawal::Done { slug })
        }
        other => Ok(Withdrawal::NotPossible(other)),
    }
}
