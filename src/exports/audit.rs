//! Exports holding people's names or contact details are written to the audit log (who,
//! which campaign, which export): they are the way personal data leaves Missive. So are
//! API reads that return signers' contact details.

use chrono::Utc;

use super::{Export, Format};
use crate::auth::ApiClient;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::{DbConnection, DbError};

/// Records an export of contact details by `actor` (`cli` from the terminal); other
/// exports are not recorded.
pub fn record(
    conn: &mut DbConnection,
    actor_id: Option<i64>,
    actor: &str,
    slug: &str,
    export: Export,
    format: Format,
) -> Result<(), DbError> {
    let action = match export {
        Export::Signers => "export.signers",
        Export::Letters { with_writers: true } => "export.letters_with_writers",
        _ => return Ok(()),
    };
    audit::record(
        conn,
        &AuditEntry {
            actor_id,
            actor,
            action,
            subject_type: "campaign",
            subject_id: Some(slug.to_owned()),
            old_state: None,
            new_state: Some(format.extension().to_owned()),
            reason: None,
            created_at: Utc::now().naive_utc(),
        },
    )
}

/// Records a read through the API that returned signers' contact details: the token, its
/// maker, the campaign and what was read (`page 2`, `signature 17`).
pub fn record_api_read(
    conn: &mut DbConnection,
    client: &ApiClient,
    slug: &str,
    what: &str,
) -> Result<(), DbError> {
    audit::record(
        conn,
        &AuditEntry {
            actor_id: Some(client.maker_id),
            actor: &client.maker_email,
            action: "api.signers",
            subject_type: "campaign",
            subject_id: Some(slug.to_owned()),
            old_state: None,
            new_state: Some(format!("API token {}: {what}", client.token_id)),
            reason: None,
            created_at: Utc::now().naive_utc(),
        },
    )
}
