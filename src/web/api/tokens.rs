//! Issuing and revoking organisers' API tokens. The secret is made here, returned once to
//! be shown once, and only its SHA-256 stored; each change is audited in its transaction.

use chrono::Utc;

use crate::auth::{Area, Staff};
use crate::db::models::api_token::{self, Revoked};
use crate::db::models::audit::{self, AuditEntry};
use crate::db::{Database, DbError};
use crate::domain::SecretToken;
use crate::forms::api_token::TokenRequest;

/// A token just made: its id and the secret, which nobody can see again.
#[derive(Debug)]
pub struct Issued {
    pub id: i64,
    pub secret: SecretToken,
}

/// Whose tokens `staff` may see and revoke: their own, or everyone's for an admin.
pub fn maker_filter(staff: &Staff) -> Option<i64> {
    (!staff.role.may(Area::Accounts)).then_some(staff.id)
}

pub async fn issue(db: &Database, staff: &Staff, request: TokenRequest) -> Result<Issued, DbError> {
    let secret = SecretToken::generate();
    let hash = secret.hash();
    let staff = staff.clone();
    let id = db
        .write(move |conn| {
            let now = Utc::now().naive_utc();
            let ids: Vec<i64> = request.campaigns.iter().map(|(id, _)| *id).collect();
            let id = api_token::create(
                conn,
                &request.name,
                &hash,
                staff.id,
                &ids,
                request.contacts,
                now,
            )?;
            let slugs: Vec<&str> = request.campaigns.iter().map(|(_, s)| s.as_str()).collect();
            audit::record(
                conn,
                &AuditEntry {
                    actor_id: Some(staff.id),
                    actor: &staff.email,
                    action: "api_token.create",
                    subject_type: "api_token",
                    subject_id: Some(id.to_string()),
                    old_state: None,
                    new_state: Some(format!(
                        "name={}, campaigns={}, contacts={}",
                        request.name,
                        slugs.join(" "),
                        if request.contacts { "yes" } else { "no" }
                    )),
                    reason: None,
                    created_at: now,
                },
            )?;
            Ok(id)
        })
        .await?;
    Ok(Issued { id, secret })
}

/// Revokes token `id` if `staff` may manage it (see [`maker_filter`]).
pub async fn revoke(db: &Database, staff: &Staff, id: i64) -> Result<Revoked, DbError> {
    let staff = staff.clone();
    let maker = maker_filter(&staff);
    db.write(move |conn| {
        let now = Utc::now().naive_utc();
        let outcome = api_token::revoke(conn, id, maker, now)?;
        if let Revoked::Now(name) = &outcome {
            audit::record(
                conn,
                &AuditEntry {
                    actor_id: Some(staff.id),
                    actor: &staff.email,
                    action: "api_token.revoke",
                    subject_type: "api_token",
                    subject_id: Some(id.to_string()),
                    old_state: Some(format!("name={name}, active")),
                    new_state: Some(format!("name={name}, revoked")),
                    reason: None,
                    created_at: now,
                },
            )?;
        }
        Ok(outcome)
    })
    .await
}
