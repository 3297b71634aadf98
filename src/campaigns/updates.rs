//! Updates to supporters: an organiser's preview, sending an update to every opted-in
//! supporter of a campaign (one email each, in the bulk lane, each with its own one-click
//! unsubscribe link), and editing one, which replaces its emails not yet tried. The staff
//! pages and `missive updates send` both come here.

use chrono::NaiveDateTime;

use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::campaign::Campaign;
use crate::db::models::campaign_update::{self, CampaignUpdate, NewUpdate};
use crate::db::models::unsubscribe_link::{self, NewLink};
use crate::db::models::{audience, outbox};
use crate::db::{Database, DbConnection, DbError};
use crate::domain::{EmailAddress, SecretToken};
use crate::forms::update::Draft;
use crate::i18n::Lang;
use crate::mail::update_messages::{self, UpdateText};

/// Supporters queued per transaction: big enough to be quick, small enough that signers
/// never wait long for the write lock.
const CHUNK: usize = 1000;

/// Who did it, for the audit log.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<i64>,
    /// The staff member's email, or `cli`.
    pub email: String,
}

/// The campaign being written about, and where links point.
pub struct Context<'a> {
    pub campaign: &'a Campaign,
    /// The site's public address, without a trailing slash.
    pub base_url: &'a str,
}

impl Context<'_> {
    fn text(&self, subject: &str, body_markdown: &str) -> UpdateText {
        let page = format!("{}/campaigns/{}", self.base_url, self.campaign.slug);
        UpdateText::new(&self.campaign.headline, &page, subject, body_markdown)
    }
}

/// How many people an update to the campaign would reach now.
pub fn audience_size(conn: &mut DbConnection, campaign_id: i64) -> Result<usize, DbError> {
    Ok(audience::opted_in(conn, campaign_id)?.len())
}

/// Queues the update to `to` alone (not in the bulk lane, with no unsubscribe link), its
/// fixed words in `lang` (the organiser's; the update's own words stay as written).
pub fn preview(
    db: &Database,
    at: &Context<'_>,
    draft: &Draft,
    to: &EmailAddress,
    lang: Lang,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let email = at
        .text(&draft.subject, &draft.body_markdown)
        .to(to, lang, None, None, now, now);
    db.write_blocking(|conn| {
        outbox::enqueue(conn, &email)?;
        audit::record(
            conn,
            &AuditEntry {
                actor_id: actor.id,
                actor: &actor.email,
                action: "update.preview",
                subject_type: "campaign",
                subject_id: Some(at.campaign.slug.clone()),
                old_state: None,
                new_state: Some(draft.subject.clone()),
                reason: None,
                created_at: now,
            },
        )
    })
}

/// An update stored and queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub id: i64,
    /// How many supporters it was queued for.
    pub queued: usize,
}

/// Stores the update (on the campaign page from `send_at`) and queues one email, due at
/// `send_at`, to each opted-in supporter, each mailbox once, in transactions of
/// [`CHUNK`]. Each chunk takes the update's words as they are then, so an edit made
/// while it is being queued reaches everyone not yet sent the first words.
pub fn publish(
    db: &Database,
    at: &Context<'_>,
    draft: &Draft,
    actor: &Actor,
    send_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Published, DbError> {
    let campaign_id = at.campaign.id;
    let supporters = audience::opted_in(&mut *db.get()?, campaign_id)?;
    let id = db.write_blocking(|conn| {
        let id = campaign_update::insert(
            conn,
            &NewUpdate {
                campaign_id,
                subject: &draft.subject,
                body_markdown: &draft.body_markdown,
                created_by: &actor.email,
                created_at: now,
                published_at: Some(send_at),
            },
        )?;
        audit::record(
            conn,
            &AuditEntry {
                actor_id: actor.id,
                actor: &actor.email,
                action: "update.send",
                subject_type: "campaign_update",
                subject_id: Some(id.to_string()),
                old_state: None,
                new_state: Some(format!(
                    "{}: to {} supporters of {} at {} UTC",
                    draft.subject,
                    supporters.len(),
                    at.campaign.slug,
                    send_at.format("%Y-%m-%d %H:%M")
                )),
                reason: None,
                created_at: now,
            },
        )?;
        Ok(id)
    })?;
    let mut queued = 0;
    for chunk in supporters.chunks(CHUNK) {
        queued += db.write_blocking(|conn| {
            let Some(update) = campaign_update::find(conn, id)? else {
                return Ok(0);
            };
            let text = at.text(&update.subject, &update.body_markdown);
            let mut links = Vec::with_capacity(chunk.len());
            let mut emails = Vec::with_capacity(chunk.len());
            for supporter in chunk {
                let Ok(to) = EmailAddress::parse(&supporter.email) else {
                    continue;
                };
                let token = SecretToken::generate();
                let url = format!("{}{}", at.base_url, unsubscribe_link::path(&token));
                let lang = Lang::stored(&supporter.language);
                emails.push(text.to(&to, lang, Some(&url), Some(id), now, send_at));
                links.push(NewLink {
                    hash: token.hash(),
                    signature_id: supporter.signature_id,
                    created_at: now,
                });
            }
            unsubscribe_link::insert_many(conn, &links)?;
            outbox::enqueue_many(conn, &emails)?;
            Ok(emails.len())
        })?;
    }
    Ok(Published { id, queued })
}

/// What editing an update did to its emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edited {
    /// Emails not yet tried, now carrying the new words.
    pub replaced: usize,
    /// Emails already sent or being sent, which keep the words they had.
    pub kept: i64,
}

/// Replaces the update's words, on the campaign page and in every email of it no sender
/// has tried yet (each such email is taken out and queued again, with the same recipient,
/// unsubscribe link and time, in one transaction). Nobody gets both versions.
pub fn edit(
    db: &Database,
    at: &Context<'_>,
    update: &CampaignUpdate,
    draft: &Draft,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<Edited, DbError> {
    let text = at.text(&draft.subject, &draft.body_markdown);
    db.write_blocking(|conn| {
        campaign_update::set_text(conn, update.id, &draft.subject, &draft.body_markdown, now)?;
        let untried = outbox::take_untried_of_update(conn, update.id)?;
        let mut replaced = 0;
        for chunk in untried.chunks(CHUNK) {
            let emails: Vec<_> = chunk
                .iter()
                .filter_map(|old| {
                    let to = EmailAddress::parse(&old.recipient).ok()?;
                    let mut email = text.to(
                        &to,
                        update_messages::lang_of(&old.html_start),
                        old.unsubscribe_url.as_deref(),
                        Some(update.id),
                        now,
                        old.next_attempt_at,
                    );
                    email.mailbox.clone_from(&old.mailbox);
                    Some(email)
                })
                .collect();
            outbox::enqueue_many(conn, &emails)?;
            replaced += emails.len();
        }
        let (sent, waiting) = outbox::update_progress(conn, update.id)?;
        let kept = sent + waiting - i64::try_from(replaced).unwrap_or(i64::MAX);
        audit::record(
            conn,
            &AuditEntry {
                actor_id: actor.id,
                actor: &actor.email,
                action: "update.edit",
                subject_type: "campaign_update",
                subject_id: Some(update.id.to_string()),
                old_state: Some(update.subject.clone()),
                new_state: Some(format!(
                    "{}: {replaced} queued emails replaced, {kept} already sent or being sent",
                    draft.subject
                )),
                reason: None,
                created_at: now,
            },
        )?;
        Ok(Edited { replaced, kept })
    })
}
