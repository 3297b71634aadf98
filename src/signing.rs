//! Signing and confirming: the rules that sit between the sign form and the tables.
//!
//! A signature, its confirmation token and its email are written in one transaction.
//! Whether the address had signed before never changes what the visitor sees; it only
//! changes which email (if any) goes to the address's owner.

mod confirm_batch;
pub mod counts;
mod decision;
mod email_rule;
mod outcome;
mod sign_batch;

use std::net::IpAddr;

use chrono::{NaiveDateTime, TimeDelta};

use crate::db::models::campaign::Campaign;
use crate::db::models::{letter, outbox, signature, signature_origin, token};
use crate::db::{DbConnection, DbError};
use crate::domain::{SecretToken, TokenHash};
use crate::forms::sign::{Place, Signer};
use crate::fraud::{address, rate_limit};
use crate::i18n::Lang;
pub use crate::mail::links::Links;
use crate::mail::messages::{self, About};
use crate::mail::quota::{self, MailLimits, SlowLane};
pub use confirm_batch::ConfirmRequest;
use decision::{decide, Ask, Prior, Send};
use email_rule::Earlier;
pub use email_rule::{EmailsSent, MAX_EMAILS_PER_SIGNATURE};
pub use outcome::{Signed, WhenConfirmed};
pub use sign_batch::SignRequest;

/// The signature a signing attempt led to, and what was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signature {
    pub id: i64,
    pub outcome: Signed,
}

/// Where a signing attempt came from (the client's address, when known), the rate limits
/// new signatures from it are held to, and the limits on the emails it may cause.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The language the signer reads: stored with a new signature, and the emails that
    /// this attempt causes are written in it.
    pub lang: Lang,
    pub ip: Option<IpAddr>,
    pub limits: rate_limit::SignLimits,
    pub mail: MailLimits,
}

/// Records a signature (or a repeat attempt) and queues the email it calls for. Call inside
/// a write transaction. A new signature over a rate limit is stored as suspect (it does
/// not count until reviewed) and its emails go in the slow lane; nothing else about the
/// attempt changes. No email goes to a mailbox that has had its fill (`MailLimits`).
pub fn sign(
    conn: &mut DbConnection,
    campaign: &Campaign,
    signer: &Signer,
    links: &Links,
    when_confirmed: WhenConfirmed,
    origin: &Origin,
    now: NaiveDateTime,
) -> Result<Signature, DbError> {
    let canonical = signer.email.canonical();
    let page_url = links.campaign(&campaign.slug);
    let existing = signature::find(conn, campaign.id, &canonical)?;
    // The emails go in the language the person signed in first; a new signature's is the
    // language of this attempt.
    let lang = existing
        .as_ref()
        .map_or(origin.lang, |state| Lang::stored(&state.language));
    let about = About {
        headline: &campaign.headline,
        page_url: &page_url,
        lang,
    };
    let ip = origin.ip.map(address::stored);
    let prior = existing.as_ref().map(|state| Prior {
        earlier: Earlier::of(state),
        suspect: state.suspect,
    });
    let mut reads = Reads {
        conn,
        campaign_id: campaign.id,
        origin,
        ip: ip.as_deref(),
        signer,
        now,
    };
    let decision = decide(prior, when_confirmed, now, &mut reads)?;
    let id = match &existing {
        None => signature::insert(
            conn,
            &signature::NewSignature {
                language: origin.lang.code(),
                ..new_signature(
                    campaign.id,
                    signer,
                    &canonical,
                    ip.as_deref(),
                    now,
                    decision.emails,
                    decision.suspect,
                )
            },
        )?,
        Some(existing) => {
            let sent = decision.emails;
            signature::set_emails_sent(conn, existing.id, sent.count, sent.since)?;
            existing.id
        }
    };
    let email = match decision.send {
        Send::Nothing => None,
        Send::AlreadySignedNotice => Some(messages::already_signed(&signer.email, &about, now)),
        Send::ConfirmationLink => {
            let (hash, email) = confirmation(signer, &about, links, now);
            token::insert(conn, &hash, id, now, now + links.token_lifetime)?;
            Some(email)
        }
    };
    if let Some(mut email) = email {
        pace(conn, &mut email, decision.suspect, &origin.mail, now)?;
        outbox::enqueue(conn, &email)?;
    }
    Ok(Signature {
        id,
        outcome: decision.outcome,
    })
}

/// The answers signing alone needs, read from the database when the decision asks.
struct Reads<'a> {
    conn: &'a mut DbConnection,
    campaign_id: i64,
    origin: &'a Origin,
    ip: Option<&'a str>,
    signer: &'a Signer,
    now: NaiveDateTime,
}

impl Ask for Reads<'_> {
    type Error = DbError;

    fn over_rate_limit(&mut self) -> Result<bool, DbError> {
        is_suspect(self.conn, self.campaign_id, self.origin, self.ip, self.now)
    }

    fn mailbox_has_room(&mut self) -> Result<bool, DbError> {
        quota::has_room(self.conn, &self.origin.mail, &self.signer.email, self.now)
    }
}

/// Puts a suspect signature's email in the slow lane.
fn pace(
    conn: &mut DbConnection,
    email: &mut outbox::NewEmail,
    suspect: bool,
    limits: &MailLimits,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    if suspect {
        let turn = SlowLane::read(conn, limits)?.next_turn(now);
        quota::slow_down(email, turn);
    }
    Ok(())
}

/// Whether a new signature from `origin` goes over a rate limit (counted by its address,
/// or its IPv6 /64); on PostgreSQL, holds the address's signing lock until the transaction
/// ends so that the count stays exact.
fn is_suspect(
    conn: &mut DbConnection,
    campaign_id: i64,
    origin: &Origin,
    ip: Option<&str>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some(ip) = ip else {
        return Ok(false);
    };
    let bucket = address::bucket_of_stored(ip);
    // One query answers every limit (see `SignLimits::reach`), made only if one is asked.
    let mut recent: Option<Vec<NaiveDateTime>> = None;
    judge(campaign_id, origin, |window| {
        if recent.is_none() {
            signature_origin::lock_address(conn, campaign_id, &bucket)?;
            let (longest, most) = origin.limits.reach();
            let since = now - longest;
            recent = Some(signature_origin::latest_since(
                conn,
                campaign_id,
                &bucket,
                since,
                most,
            )?);
        }
        let since = now - window;
        let within = recent.iter().flatten().filter(|made| **made > since);
        Ok(within.count() as i64)
    })
}

/// Whether a new signature from `origin` goes over a rate limit, given how many signatures
/// the address made on the campaign within a window (asked only if a limit applies).
fn judge(
    campaign_id: i64,
    origin: &Origin,
    made_within: impl FnMut(TimeDelta) -> Result<i64, DbError>,
) -> Result<bool, DbError> {
    let verdict = rate_limit::check(&origin.limits, origin.ip, made_within)?;
    if verdict.is_suspect() {
        tracing::info!(
            campaign_id,
            ?verdict,
            "new signature over a rate limit: suspect"
        );
    }
    Ok(verdict.is_suspect())
}

/// The row a new signature by `signer` is stored as.
fn new_signature<'a>(
    campaign_id: i64,
    signer: &'a Signer,
    canonical: &'a str,
    ip: Option<&'a str>,
    now: NaiveDateTime,
    emails: EmailsSent,
    suspect: bool,
) -> signature::NewSignature<'a> {
    let (postcode, country) = match &signer.place {
        Place::Uk(postcode) => (Some(postcode.as_str()), "GB"),
        Place::Abroad(country) => (None, country.code()),
    };
    signature::NewSignature {
        campaign_id,
        full_name: signer.name.as_str(),
        email: signer.email.as_str(),
        email_canonical: canonical,
        postcode,
        country_code: country,
        wants_updates: signer.wants_updates,
        created_at: now,
        emails_sent: emails.count,
        emails_since: emails.since,
        ip,
        suspect,
        language: Lang::default().code(),
    }
}

/// A new confirmation link for `signer`: the hash to store, and the email that carries it.
fn confirmation(
    signer: &Signer,
    about: &About<'_>,
    links: &Links,
    now: NaiveDateTime,
) -> (TokenHash, outbox::NewEmail) {
    let secret = SecretToken::generate();
    let days = u32::try_from(links.token_lifetime.num_days()).unwrap_or(u32::MAX);
    let email =
        messages::confirm_signature(&signer.email, about, &links.confirm(&secret), days, now);
    (secret.hash(), email)
}

/// What a confirmation link leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkState {
    Unknown,
    Expired {
        slug: String,
    },
    Pending {
        signature_id: i64,
        slug: String,
        headline: String,
    },
    Confirmed {
        slug: String,
        headline: String,
    },
}

pub fn link_state(
    conn: &mut DbConnection,
    secret: &SecretToken,
    now: NaiveDateTime,
) -> Result<LinkState, DbError> {
    Ok(match token::find(conn, &secret.hash())? {
        Some(target) => state_of(target, now),
        None => LinkState::Unknown,
    })
}

/// What a link pointing at `target` leads to at `now`.
fn state_of(target: token::TokenTarget, now: NaiveDateTime) -> LinkState {
    let slug = target.campaign_slug;
    let headline = target.campaign_headline;
    if target.confirmed_at.is_some() {
        LinkState::Confirmed { slug, headline }
    } else if target.expires_at <= now {
        LinkState::Expired { slug }
    } else {
        LinkState::Pending {
            signature_id: target.signature_id,
            slug,
            headline,
        }
    }
}

/// Confirms the signature a link belongs to; confirming again changes nothing. Call inside a
/// write transaction. Returns the link's state after the attempt.
pub fn confirm(
    conn: &mut DbConnection,
    secret: &SecretToken,
    now: NaiveDateTime,
) -> Result<LinkState, DbError> {
    match link_state(conn, secret, now)? {
        LinkState::Pending {
            signature_id,
            slug,
            headline,
        } => {
            signature::confirm(conn, signature_id, now)?;
            letter::writers_confirmed(conn, &[signature_id], now)?;
            Ok(LinkState::Confirmed { slug, headline })
        }
        other => Ok(other),
    }
}
