//! Answers from officials: staff record one (audited), and it is emailed once, through the
//! outbox's bulk lane, to the campaign's opted-in signers and to every writer whose letter
//! went to that official, each address once. Corrections are audited and not re-sent.

use std::collections::HashSet;

use chrono::NaiveDateTime;

use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::campaign::Campaign;
use crate::db::models::official_response::{self as stored, ResponseFields};
use crate::db::models::{audience, outbox};
use crate::db::{DbConnection, DbError};
use crate::domain::EmailAddress;
use crate::i18n::Lang;
use crate::mail::quota::mailbox_key;
use crate::mail::reply_messages::{response_email, Reason, ResponseNews};

/// Who records or corrects an answer, as the audit log names them.
#[derive(Debug, Clone, Copy)]
pub struct By<'a> {
    pub id: Option<i64>,
    pub email: &'a str,
}

/// Stores a new answer, writes it to the audit log and queues its emails, all in the
/// caller's transaction. Returns the answer's id and how many emails were queued.
pub fn record(
    conn: &mut DbConnection,
    campaign: &Campaign,
    fields: &ResponseFields,
    by: By<'_>,
    base_url: &str,
    now: NaiveDateTime,
) -> Result<(i64, usize), DbError> {
    let id = stored::create(conn, campaign.id, fields, by.id, now)?;
    audit::record(
        conn,
        &AuditEntry {
            actor_id: by.id,
            actor: by.email,
            action: "response.record",
            subject_type: "official_response",
            subject_id: Some(id.to_string()),
            old_state: None,
            new_state: Some(described(campaign, fields)),
            reason: None,
            created_at: now,
        },
    )?;
    let emailed = email_once(conn, campaign, id, base_url, now)?;
    Ok((id, emailed))
}

/// Corrects an answer and writes the change to the audit log. Nobody is emailed again:
/// the first email pointed at the campaign page, which shows the corrected text. False
/// when there is no such answer.
pub fn correct(
    conn: &mut DbConnection,
    campaign: &Campaign,
    id: i64,
    fields: &ResponseFields,
    by: By<'_>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some(old) = stored::find(conn, campaign.id, id)? else {
        return Ok(false);
    };
    stored::update(conn, campaign.id, id, fields, now)?;
    let before = ResponseFields {
        official_id: old.official_id,
        received_on: old.received_on,
        summary: old.summary,
        body: old.body,
        as_received: old.as_received,
    };
    audit::record(
        conn,
        &AuditEntry {
            actor_id: by.id,
            actor: by.email,
            action: "response.correct",
            subject_type: "official_response",
            subject_id: Some(id.to_string()),
            old_state: Some(described(campaign, &before)),
            new_state: Some(described(campaign, fields)),
            reason: None,
            created_at: now,
        },
    )?;
    Ok(true)
}

fn described(campaign: &Campaign, fields: &ResponseFields) -> String {
    serde_json::json!({
        "campaign": campaign.slug,
        "official_id": fields.official_id,
        "received_on": fields.received_on.format("%Y-%m-%d").to_string(),
        "summary": fields.summary,
        "as_received": fields.as_received,
        "body_chars": fields.body.chars().count(),
    })
    .to_string()
}

/// Queues the answer's emails unless they were queued before: writers to the official
/// first, then opted-in signers, each mailbox once.
fn email_once(
    conn: &mut DbConnection,
    campaign: &Campaign,
    id: i64,
    base_url: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let Some(answer) = stored::find(conn, campaign.id, id)? else {
        return Ok(0);
    };
    if !stored::claim_emailing(conn, id, now)? {
        return Ok(0);
    }
    let page_url = format!("{base_url}/campaigns/{}#responses", campaign.slug);
    let news = ResponseNews {
        headline: &campaign.headline,
        official_name: &answer.official_name,
        official_office: &answer.official_office,
        received_on: answer.received_on.date(),
        summary: &answer.summary,
        body: &answer.body,
        page_url: &page_url,
    };
    // Each in the language of the letter or signature it answers.
    let writers = stored::writers_to(conn, campaign.id, answer.official_id)?
        .into_iter()
        .map(|(_, email, language)| (email, language, Reason::Writer));
    let supporters = audience::opted_in(conn, campaign.id)?
        .into_iter()
        .map(|s| (s.email, s.language, Reason::Supporter));
    let mut seen = HashSet::new();
    let mut emails = Vec::new();
    for (address, language, reason) in writers.chain(supporters) {
        let Ok(to) = EmailAddress::parse(&address) else {
            continue;
        };
        if seen.insert(mailbox_key(&to)) {
            emails.push(response_email(
                &to,
                Lang::stored(&language),
                &news,
                reason,
                now,
            ));
        }
    }
    for chunk in emails.chunks(500) {
        outbox::enqueue_many(conn, chunk)?;
    }
    Ok(emails.len())
}
