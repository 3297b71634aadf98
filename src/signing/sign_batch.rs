//! Signing in batches: sign forms queued for the writer together are recorded with a few
//! multi-row statements (find, rate-limit read, one `INSERT` per table) instead of four or
//! five statements each, with the same rows and emails as [`sign`] on each in turn.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDateTime, TimeDelta};

use super::{
    confirmation, judge, new_signature, sign, Links, Origin, Signature, Signed, WhenConfirmed,
    MAX_EMAILS_PER_SIGNATURE,
};
use crate::db::models::campaign::Campaign;
use crate::db::models::signature::NewSignature;
use crate::db::models::token::NewToken;
use crate::db::models::{outbox, signature, signature_origin, token};
use crate::db::{Batch, DbConnection, DbError};
use crate::domain::TokenHash;
use crate::forms::sign::Signer;
use crate::fraud::address;
use crate::mail::messages::{self, About};

/// One accepted sign form, waiting for the writer.
#[derive(Debug, Clone)]
pub struct SignRequest {
    pub campaign: Campaign,
    pub signer: Signer,
    pub base_url: String,
    pub token_lifetime: TimeDelta,
    pub when_confirmed: WhenConfirmed,
    pub origin: Origin,
    pub now: NaiveDateTime,
}

impl SignRequest {
    fn links(&self) -> Links<'_> {
        Links {
            base_url: &self.base_url,
            token_lifetime: self.token_lifetime,
        }
    }
}

impl Batch for SignRequest {
    type Output = Signature;

    fn run_one(&self, conn: &mut DbConnection) -> Result<Signature, DbError> {
        let links = self.links();
        sign(
            conn,
            &self.campaign,
            &self.signer,
            &links,
            self.when_confirmed,
            &self.origin,
            self.now,
        )
    }

    fn run_all(conn: &mut DbConnection, all: &[&SignRequest]) -> Result<Vec<Signature>, DbError> {
        let facts = Facts::read(conn, all)?;
        let plan = Plan::make(all, facts)?;
        plan.write(conn, all)
    }
}

/// A signature row: one the database held before the batch, or the batch's `n`th new one.
#[derive(Debug, Clone, Copy)]
enum RowRef {
    Stored(i64),
    New(usize),
}

/// What signing needs to know about a person's signature on a campaign.
#[derive(Debug, Clone, Copy)]
struct Known {
    row: RowRef,
    confirmed: bool,
    emails_sent: i32,
}

/// Each request's canonical email and stored address, and what the database holds about
/// them: signatures already made, and the latest signatures from each address.
struct Facts {
    canonical: Vec<String>,
    ips: Vec<Option<String>>,
    known: HashMap<(i64, String), Known>,
    recent: HashMap<(i64, String), Vec<NaiveDateTime>>,
}

impl Facts {
    fn read(conn: &mut DbConnection, all: &[&SignRequest]) -> Result<Facts, DbError> {
        let canonical: Vec<String> = all.iter().map(|r| r.signer.email.canonical()).collect();
        let ips: Vec<Option<String>> = all
            .iter()
            .map(|r| r.origin.ip.map(address::stored))
            .collect();

        let mut emails: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
        for (request, email) in all.iter().zip(&canonical) {
            emails.entry(request.campaign.id).or_default().push(email);
        }
        let mut known = HashMap::new();
        for (campaign_id, emails) in &emails {
            for (email, state) in signature::find_many(conn, *campaign_id, emails)? {
                let stored = Known {
                    row: RowRef::Stored(state.id),
                    confirmed: state.confirmed_at.is_some(),
                    emails_sent: state.emails_sent,
                };
                known.insert((*campaign_id, email), stored);
            }
        }

        // The rate limits' reads for every address that may make a new signature, after
        // taking their locks (PostgreSQL), as `sign` does one at a time.
        let mut addresses: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
        let mut since: Option<NaiveDateTime> = None;
        let mut most = 0;
        for ((request, email), ip) in all.iter().zip(&canonical).zip(&ips) {
            let Some(ip) = ip else { continue };
            if known.contains_key(&(request.campaign.id, email.clone())) {
                continue;
            }
            addresses.entry(request.campaign.id).or_default().push(ip);
            let (longest, reach) = request.origin.limits.reach();
            let from = request.now - longest;
            since = Some(since.map_or(from, |s| s.min(from)));
            most = most.max(reach);
        }
        let mut recent: HashMap<(i64, String), Vec<NaiveDateTime>> = HashMap::new();
        if let Some(since) = since.filter(|_| most > 0) {
            let locks: Vec<(i64, &str)> = addresses
                .iter()
                .flat_map(|(campaign, ips)| ips.iter().map(|ip| (*campaign, *ip)))
                .collect();
            signature_origin::lock_addresses(conn, &locks)?;
            for (campaign_id, ips) in &addresses {
                let rows =
                    signature_origin::latest_since_many(conn, *campaign_id, ips, since, most)?;
                for (ip, made) in rows {
                    recent.entry((*campaign_id, ip)).or_default().push(made);
                }
            }
        }
        Ok(Facts {
            canonical,
            ips,
            known,
            recent,
        })
    }
}

/// A new signature the batch will insert: the request it comes from and what it decided.
struct NewRow {
    request: usize,
    suspect: bool,
    emails_sent: i32,
}

/// Everything the batch will write, decided request by request in queue order.
struct Plan {
    canonical: Vec<String>,
    ips: Vec<Option<String>>,
    new_rows: Vec<NewRow>,
    tokens: Vec<(RowRef, TokenHash, NaiveDateTime, NaiveDateTime)>,
    emails: Vec<outbox::NewEmail>,
    stored_emails_sent: BTreeMap<i64, i32>,
    outcomes: Vec<(RowRef, Signed)>,
}

impl Plan {
    fn make(all: &[&SignRequest], facts: Facts) -> Result<Plan, DbError> {
        let Facts {
            canonical,
            ips,
            mut known,
            mut recent,
        } = facts;
        let mut plan = Plan {
            canonical: Vec::new(),
            ips: Vec::new(),
            new_rows: Vec::new(),
            tokens: Vec::new(),
            emails: Vec::new(),
            stored_emails_sent: BTreeMap::new(),
            outcomes: Vec::with_capacity(all.len()),
        };
        for (i, request) in all.iter().enumerate() {
            let campaign_id = request.campaign.id;
            let links = request.links();
            let page_url = links.campaign(&request.campaign.slug);
            let about = About {
                headline: &request.campaign.headline,
                page_url: &page_url,
            };
            let key = (campaign_id, canonical[i].clone());
            let Some(earlier) = known.get_mut(&key) else {
                let suspect = match &ips[i] {
                    None => false,
                    Some(ip) => {
                        let made = recent.entry((campaign_id, ip.clone())).or_default();
                        let suspect = judge(campaign_id, &request.origin, |window| {
                            let since = request.now - window;
                            Ok(made.iter().filter(|m| **m > since).count() as i64)
                        })?;
                        made.push(request.now);
                        suspect
                    }
                };
                let row = RowRef::New(plan.new_rows.len());
                plan.new_rows.push(NewRow {
                    request: i,
                    suspect,
                    emails_sent: 1,
                });
                plan.confirmation(row, request, &about, &links);
                let state = Known {
                    row,
                    confirmed: false,
                    emails_sent: 1,
                };
                known.insert(key, state);
                plan.outcomes.push((row, Signed::New));
                continue;
            };
            let outcome = if earlier.emails_sent >= MAX_EMAILS_PER_SIGNATURE
                || (earlier.confirmed && request.when_confirmed == WhenConfirmed::StayQuiet)
            {
                Signed::NothingSent
            } else {
                earlier.emails_sent += 1;
                plan.note_email_sent(earlier.row);
                if earlier.confirmed {
                    let email =
                        messages::already_signed(&request.signer.email, &about, request.now);
                    plan.emails.push(email);
                    Signed::AlreadyConfirmedNotice
                } else {
                    plan.confirmation(earlier.row, request, &about, &links);
                    Signed::ReminderSent
                }
            };
            plan.outcomes.push((earlier.row, outcome));
        }
        plan.canonical = canonical;
        plan.ips = ips;
        Ok(plan)
    }

    fn note_email_sent(&mut self, row: RowRef) {
        match row {
            RowRef::Stored(id) => *self.stored_emails_sent.entry(id).or_default() += 1,
            RowRef::New(n) => self.new_rows[n].emails_sent += 1,
        }
    }

    /// A new confirmation link for the signature and the email that carries it.
    fn confirmation(
        &mut self,
        row: RowRef,
        request: &SignRequest,
        about: &About<'_>,
        links: &Links<'_>,
    ) {
        let now = request.now;
        let (hash, email) = confirmation(&request.signer, about, links, now);
        self.tokens
            .push((row, hash, now, now + links.token_lifetime));
        self.emails.push(email);
    }

    fn write(
        self,
        conn: &mut DbConnection,
        all: &[&SignRequest],
    ) -> Result<Vec<Signature>, DbError> {
        let rows: Vec<NewSignature<'_>> = self
            .new_rows
            .iter()
            .map(|row| {
                let request = all[row.request];
                new_signature(
                    request.campaign.id,
                    &request.signer,
                    &self.canonical[row.request],
                    self.ips[row.request].as_deref(),
                    request.now,
                    row.emails_sent,
                    row.suspect,
                )
            })
            .collect();
        let inserted = signature::insert_many(conn, &rows)?;
        let ids: HashMap<(i64, &str), i64> = inserted
            .iter()
            .map(|(id, campaign_id, email)| ((*campaign_id, email.as_str()), *id))
            .collect();
        let id_of = |row: RowRef| match row {
            RowRef::Stored(id) => Ok(id),
            RowRef::New(n) => {
                let request = self.new_rows[n].request;
                let key = (all[request].campaign.id, self.canonical[request].as_str());
                ids.get(&key)
                    .copied()
                    .ok_or(DbError::Query(diesel::result::Error::NotFound))
            }
        };
        let tokens = self
            .tokens
            .iter()
            .map(|(row, hash, created_at, expires_at)| {
                Ok(NewToken {
                    hash,
                    signature_id: id_of(*row)?,
                    created_at: *created_at,
                    expires_at: *expires_at,
                })
            })
            .collect::<Result<Vec<_>, DbError>>()?;
        token::insert_many(conn, &tokens)?;
        for (id, sent) in &self.stored_emails_sent {
            signature::note_emails_sent(conn, *id, *sent)?;
        }
        outbox::enqueue_many(conn, &self.emails)?;
        self.outcomes
            .iter()
            .map(|(row, outcome)| {
                Ok(Signature {
                    id: id_of(*row)?,
                    outcome: *outcome,
                })
            })
            .collect()
    }
}
