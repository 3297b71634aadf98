//! Confirming in batches: confirmation links posted together are looked up with one query
//! and their signatures confirmed with one `UPDATE`, with the same outcome as [`confirm`]
//! on each in turn.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;

use super::{confirm, state_of, LinkState};
use crate::db::models::{letter, signature, token};
use crate::db::{Batch, DbConnection, DbError};
use crate::domain::SecretToken;

/// One confirmation link posted, waiting for the writer.
#[derive(Debug, Clone)]
pub struct ConfirmRequest {
    pub secret: SecretToken,
    pub now: NaiveDateTime,
}

impl Batch for ConfirmRequest {
    type Output = LinkState;

    fn run_one(&self, conn: &mut DbConnection) -> Result<LinkState, DbError> {
        confirm(conn, &self.secret, self.now)
    }

    fn run_all(
        conn: &mut DbConnection,
        all: &[&ConfirmRequest],
    ) -> Result<Vec<LinkState>, DbError> {
        // SQLite has no round trips to save, and its two statements per link stay prepared
        // where the batch's are compiled each time: measured faster one by one.
        if let DbConnection::Sqlite(_) = conn {
            return all.iter().map(|request| request.run_one(conn)).collect();
        }
        let hashes: Vec<_> = all.iter().map(|request| request.secret.hash()).collect();
        let keys: Vec<&str> = hashes.iter().map(|hash| hash.as_str()).collect();
        let mut found: HashMap<String, token::TokenTarget> =
            token::find_many(conn, &keys)?.into_iter().collect();
        // A signature may have several links (reminders); the first to arrive confirms it.
        let mut confirmed_now: HashSet<i64> = HashSet::new();
        let mut confirming: Vec<(i64, NaiveDateTime)> = Vec::new();
        let mut states = Vec::with_capacity(all.len());
        for (request, key) in all.iter().zip(&keys) {
            let Some(target) = found.get_mut(*key) else {
                states.push(LinkState::Unknown);
                continue;
            };
            if confirmed_now.contains(&target.signature_id) {
                target.confirmed_at.get_or_insert(request.now);
            }
            let state = match state_of(target.clone(), request.now) {
                LinkState::Pending {
                    signature_id,
                    slug,
                    headline,
                } => {
                    target.confirmed_at = Some(request.now);
                    confirmed_now.insert(signature_id);
                    confirming.push((signature_id, request.now));
                    LinkState::Confirmed { slug, headline }
                }
                other => other,
            };
            states.push(state);
        }
        signature::confirm_many(conn, &confirming)?;
        if let Some(latest) = confirming.iter().map(|(_, when)| *when).max() {
            let ids: Vec<i64> = confirming.iter().map(|(id, _)| *id).collect();
            letter::writers_confirmed(conn, &ids, latest)?;
        }
        Ok(states)
    }
}
