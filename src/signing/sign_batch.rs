//! Signing in batches: sign forms queued for the writer together are recorded with a few
//! multi-row statements (find, rate-limit read, one `INSERT` per table) instead of four or
//! five statements each, with the same rows and emails as [`sign`] on each in turn.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;

use super::decision::{decide, Ask, Prior, Send};
use super::email_rule::{Earlier, EmailsSent};
use super::{
    confirmation, judge, new_signature, sign, Links, Origin, Signature, Signed, WhenConfirmed,
};
use crate::db::models::campaign::Campaign;
use crate::db::models::signature::NewSignature;
use crate::db::models::token::NewToken;
use crate::db::models::{outbox, signature, signature_origin, token};
use crate::db::{Batch, DbConnection, DbError};
use crate::domain::TokenHash;
use crate::forms::sign::Signer;
use crate::fraud::address;
use crate::i18n::Lang;
use crate::mail::messages::{self, About};
use crate::mail::quota::{self, mailbox_key, Allowance, SlowLane};

/// One accepted sign form, waiting for the writer.
#[derive(Debug, Clone)]
pub struct SignRequest {
    pub campaign: Campaign,
    pub signer: Signer,
    pub links: Links,
    pub when_confirmed: WhenConfirmed,
    pub origin: Origin,
    pub now: NaiveDateTime,
}

impl Batch for SignRequest {
    type Output = Signature;

    fn run_one(&self, conn: &mut DbConnection) -> Result<Signature, DbError> {
        sign(
            conn,
            &self.campaign,
            &self.signer,
            &self.links,
            self.when_confirmed,
            &self.origin,
            self.now,
        )
    }

    fn run_all(conn: &mut DbConnection, all: &[&SignRequest]) -> Result<Vec<Signature>, DbError> {
        if all.is_empty() {
            return Ok(Vec::new());
        }
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
    prior: Prior,
    /// The language the signature was made in: its emails are in it.
    lang: Lang,
}

/// The answers a request's decision needs, from what the batch read up front: the
/// address's recent signatures (each new one joins them) and the mailboxes' allowance.
struct Answers<'a> {
    request: &'a SignRequest,
    bucket: Option<&'a str>,
    recent: &'a mut HashMap<(i64, String), Vec<NaiveDateTime>>,
    allowance: &'a mut Allowance,
    mailbox: &'a str,
}

impl Ask for Answers<'_> {
    type Error = DbError;

    fn over_rate_limit(&mut self) -> Result<bool, DbError> {
        let Some(bucket) = self.bucket else {
            return Ok(false);
        };
        let request = self.request;
        let campaign_id = request.campaign.id;
        let made = self
            .recent
            .entry((campaign_id, bucket.to_owned()))
            .or_default();
        let suspect = judge(campaign_id, &request.origin, |window| {
            let since = request.now - window;
            Ok(made.iter().filter(|m| **m > since).count() as i64)
        })?;
        made.push(request.now);
        Ok(suspect)
    }

    fn mailbox_has_room(&mut self) -> Result<bool, DbError> {
        Ok(self.allowance.take(self.mailbox))
    }
}

/// Each request's canonical email, mailbox and stored address, and what the database holds
/// about them: signatures already made, the latest signatures from each address, what
/// each mailbox may still receive, and the slow lane's queue.
struct Facts {
    canonical: Vec<String>,
    mailboxes: Vec<String>,
    ips: Vec<Option<String>>,
    /// What each request's address is rate-limited by (`address::limit_bucket`).
    buckets: Vec<Option<String>>,
    known: HashMap<(i64, String), Known>,
    recent: HashMap<(i64, String), Vec<NaiveDateTime>>,
    allowance: Allowance,
    lane: SlowLane,
}

impl Facts {
    fn read(conn: &mut DbConnection, all: &[&SignRequest]) -> Result<Facts, DbError> {
        let canonical: Vec<String> = all.iter().map(|r| r.signer.email.canonical()).collect();
        let mailboxes: Vec<String> = all.iter().map(|r| mailbox_key(&r.signer.email)).collect();
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
                    prior: Prior {
                        earlier: Earlier::of(&state),
                        suspect: state.suspect,
                    },
                    lang: Lang::stored(&state.language),
                };
                known.insert((*campaign_id, email), stored);
            }
        }

        // The rate limits' reads, after taking their locks (PostgreSQL), as `sign` does one
        // at a time; for repeats too, so that signing again costs what signing first does.
        let buckets: Vec<Option<String>> = ips
            .iter()
            .map(|ip| ip.as_deref().map(address::bucket_of_stored))
            .collect();
        let mut addresses: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
        let mut since: Option<NaiveDateTime> = None;
        let mut most = 0;
        for (request, bucket) in all.iter().zip(&buckets) {
            let Some(bucket) = bucket else { continue };
            addresses
                .entry(request.campaign.id)
                .or_default()
                .push(bucket);
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
                    let bucket = address::bucket_of_stored(&ip);
                    recent.entry((*campaign_id, bucket)).or_default().push(made);
                }
            }
        }
        // Every request of a batch shares its limits (they come from the settings).
        let limits = all
            .first()
            .map(|r| r.origin.mail)
            .ok_or(DbError::Query(diesel::result::Error::NotFound))?;
        let keys: Vec<&str> = mailboxes.iter().map(String::as_str).collect();
        let now = all.iter().map(|r| r.now).min().unwrap_or_default();
        let allowance = Allowance::read(conn, &limits, &keys, now)?;
        let lane = SlowLane::read(conn, &limits)?;
        Ok(Facts {
            canonical,
            mailboxes,
            ips,
            buckets,
            known,
            recent,
            allowance,
            lane,
        })
    }
}

/// A new signature the batch will insert: the request it comes from and what it decided.
struct NewRow {
    request: usize,
    suspect: bool,
    emails: EmailsSent,
}

/// Everything the batch will write, decided request by request in queue order.
struct Plan {
    canonical: Vec<String>,
    ips: Vec<Option<String>>,
    new_rows: Vec<NewRow>,
    tokens: Vec<(RowRef, TokenHash, NaiveDateTime, NaiveDateTime)>,
    emails: Vec<outbox::NewEmail>,
    stored_emails_sent: BTreeMap<i64, EmailsSent>,
    outcomes: Vec<(RowRef, Signed)>,
}

impl Plan {
    fn make(all: &[&SignRequest], facts: Facts) -> Result<Plan, DbError> {
        let Facts {
            canonical,
            mailboxes,
            ips,
            buckets,
            mut known,
            mut recent,
            mut allowance,
            mut lane,
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
            let links = &request.links;
            let page_url = links.campaign(&request.campaign.slug);
            let key = (campaign_id, canonical[i].clone());
            let prior = known.get(&key).map(|k| k.prior);
            let lang = known.get(&key).map_or(request.origin.lang, |k| k.lang);
            let about = About {
                headline: &request.campaign.headline,
                page_url: &page_url,
                lang,
            };
            let mut answers = Answers {
                request,
                bucket: buckets[i].as_deref(),
                recent: &mut recent,
                allowance: &mut allowance,
                mailbox: &mailboxes[i],
            };
            let decision = decide(prior, request.when_confirmed, request.now, &mut answers)?;
            let row = match known.get_mut(&key) {
                Some(known_row) => {
                    known_row.prior.earlier.sent = decision.emails;
                    plan.note_emails_sent(known_row.row, decision.emails);
                    known_row.row
                }
                None => {
                    let row = RowRef::New(plan.new_rows.len());
                    plan.new_rows.push(NewRow {
                        request: i,
                        suspect: decision.suspect,
                        emails: decision.emails,
                    });
                    let prior = Prior {
                        earlier: Earlier {
                            confirmed: false,
                            sent: decision.emails,
                        },
                        suspect: decision.suspect,
                    };
                    known.insert(key, Known { row, prior, lang });
                    row
                }
            };
            let email = match decision.send {
                Send::Nothing => None,
                Send::AlreadySignedNotice => Some(messages::already_signed(
                    &request.signer.email,
                    &about,
                    request.now,
                )),
                Send::ConfirmationLink => Some(plan.confirmation(row, request, &about, links)),
            };
            if let Some(mut email) = email {
                pace(&mut lane, &mut email, decision.suspect, request.now);
                plan.emails.push(email);
            }
            plan.outcomes.push((row, decision.outcome));
        }
        plan.canonical = canonical;
        plan.ips = ips;
        Ok(plan)
    }

    fn note_emails_sent(&mut self, row: RowRef, sent: EmailsSent) {
        match row {
            RowRef::Stored(id) => {
                self.stored_emails_sent.insert(id, sent);
            }
            RowRef::New(n) => self.new_rows[n].emails = sent,
        }
    }

    /// A new confirmation link for the signature; returns the email that carries it.
    fn confirmation(
        &mut self,
        row: RowRef,
        request: &SignRequest,
        about: &About<'_>,
        links: &Links,
    ) -> outbox::NewEmail {
        let now = request.now;
        let (hash, email) = confirmation(&request.signer, about, links, now);
        self.tokens
            .push((row, hash, now, now + links.token_lifetime));
        email
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
                NewSignature {
                    language: request.origin.lang.code(),
                    ..new_signature(
                        request.campaign.id,
                        &request.signer,
                        &self.canonical[row.request],
                        self.ips[row.request].as_deref(),
                        request.now,
                        row.emails,
                        row.suspect,
                    )
                }
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
            signature::set_emails_sent(conn, *id, sent.count, sent.since)?;
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

/// Puts a suspect signature's email in the slow lane, as [`super::pace`] does.
fn pace(lane: &mut SlowLane, email: &mut outbox::NewEmail, suspect: bool, now: NaiveDateTime) {
    if suspect {
        quota::slow_down(email, lane.next_turn(now));
    }
}
