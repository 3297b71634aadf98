//! The rules for changing staff accounts, shared by the CLI and the admin pages: one
//! account per email, the last enabled admin cannot be disabled or demoted, and every
//! change is audited (never with a password or hash) in the same transaction.

use chrono::NaiveDateTime;

use super::Role;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::user::{self, User};
use crate::db::models::{outbox, password_reset};
use crate::db::{DbConnection, DbError};
use crate::domain::{EmailAddress, TokenHash};
use crate::i18n::Lang;
use crate::mail::messages;

/// Who is making a change, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub id: Option<i64>,
    /// The staff member's email, or `cli`.
    pub label: &'a str,
}

/// Why a change was not made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    EmailTaken,
    NoSuchAccount,
    LastAdmin,
}

impl Refusal {
    /// The refusal as a form error, worded in the page's language where it is shown.
    pub fn error(self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            Refusal::EmailTaken => "error-account-email-taken",
            Refusal::NoSuchAccount => "error-account-none",
            Refusal::LastAdmin => "error-account-last-admin",
        })
    }

    /// The refusal in English (the command line).
    pub fn message(self) -> &'static str {
        match self {
            Refusal::EmailTaken => "An account with this email address already exists",
            Refusal::NoSuchAccount => "There is no such account",
            Refusal::LastAdmin => {
                "This is the last enabled admin: add or enable another admin first, so that someone can still manage accounts"
            }
        }
    }
}

/// Whether a change did anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    Done,
    Already,
}

pub type Outcome<T> = Result<T, Refusal>;

/// How an account's access is described in the audit log.
pub fn state(role: Option<Role>, disabled: bool) -> String {
    let role = role.map_or("unknown", Role::as_str);
    format!(
        "role={role}, {}",
        if disabled { "disabled" } else { "enabled" }
    )
}

fn record(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    action: &str,
    user_id: i64,
    old_state: Option<String>,
    new_state: Option<String>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    audit::record(
        conn,
        &AuditEntry {
            actor_id: actor.id,
            actor: actor.label,
            action,
            subject_type: "user",
            subject_id: Some(user_id.to_string()),
            old_state,
            new_state,
            reason: None,
            created_at: now,
        },
    )
}

pub fn add(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    email: &EmailAddress,
    password_hash: &str,
    role: Role,
    now: NaiveDateTime,
) -> Result<Outcome<i64>, DbError> {
    if user::find_by_email(conn, email)?.is_some() {
        return Ok(Err(Refusal::EmailTaken));
    }
    let id = user::create(conn, email, password_hash, role, now)?;
    record(
        conn,
        actor,
        "user.add",
        id,
        None,
        Some(state(Some(role), false)),
        now,
    )?;
    Ok(Ok(id))
}

fn current(conn: &mut DbConnection, id: i64) -> Result<Outcome<User>, DbError> {
    Ok(user::find(conn, id)?.ok_or(Refusal::NoSuchAccount))
}

fn is_last_admin(conn: &mut DbConnection, account: &User) -> Result<bool, DbError> {
    Ok(account.is_active_admin() && user::count_admins(conn)? <= 1)
}

pub fn set_enabled(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    id: i64,
    enabled: bool,
    now: NaiveDateTime,
) -> Result<Outcome<Changed>, DbError> {
    let account = match current(conn, id)? {
        Ok(account) => account,
        Err(refusal) => return Ok(Err(refusal)),
    };
    if account.disabled != enabled {
        return Ok(Ok(Changed::Already));
    }
    if !enabled && is_last_admin(conn, &account)? {
        return Ok(Err(Refusal::LastAdmin));
    }
    user::set_disabled(conn, id, !enabled, now)?;
    if !enabled {
        // Re-enabling the account later must not bring its tokens back.
        crate::db::models::api_token::revoke_all_made_by(conn, id, now)?;
    }
    let action = if enabled {
        "user.enable"
    } else {
        "user.disable"
    };
    let (old, new) = (
        state(account.role(), account.disabled),
        state(account.role(), !enabled),
    );
    record(conn, actor, action, id, Some(old), Some(new), now)?;
    Ok(Ok(Changed::Done))
}

pub fn set_role(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    id: i64,
    role: Role,
    now: NaiveDateTime,
) -> Result<Outcome<Changed>, DbError> {
    let account = match current(conn, id)? {
        Ok(account) => account,
        Err(refusal) => return Ok(Err(refusal)),
    };
    if account.role() == Some(role) {
        return Ok(Ok(Changed::Already));
    }
    if role != Role::Admin && is_last_admin(conn, &account)? {
        return Ok(Err(Refusal::LastAdmin));
    }
    user::set_role(conn, id, role, now)?;
    let (old, new) = (
        state(account.role(), account.disabled),
        state(Some(role), account.disabled),
    );
    record(conn, actor, "user.role", id, Some(old), Some(new), now)?;
    Ok(Ok(Changed::Done))
}

/// Sets a new password (already checked and hashed) and ends the account's sessions.
pub fn set_password(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    id: i64,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<Outcome<()>, DbError> {
    if !user::set_password(conn, id, password_hash, now)? {
        return Ok(Err(Refusal::NoSuchAccount));
    }
    let note = "new password; other sessions ended".to_owned();
    record(conn, actor, "user.passwd", id, None, Some(note), now)?;
    Ok(Ok(()))
}

/// Stores a reset link to account `id` (only its hash; earlier links stop working) and queues
/// the email that carries `url`, audited.
pub fn send_reset(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    id: i64,
    hash: &TokenHash,
    url: &str,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> Result<Outcome<()>, DbError> {
    let account = match current(conn, id)? {
        Ok(account) => account,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let Ok(to) = EmailAddress::parse(&account.email) else {
        return Ok(Err(Refusal::NoSuchAccount));
    };
    password_reset::forget(conn, id, now)?;
    password_reset::insert(conn, hash, id, now, expires_at)?;
    let minutes = (expires_at - now).num_minutes();
    // Sent by an admin: in English, the language the account was set up in.
    let email = messages::password_reset(Lang::En, &to, url, minutes, now);
    outbox::enqueue(conn, &email)?;
    let note = format!(
        "reset link sent, valid until {} UTC",
        expires_at.format("%Y-%m-%d %H:%M")
    );
    record(conn, actor, "user.reset_link", id, None, Some(note), now)?;
    Ok(Ok(()))
}

/// Sets the new password (already checked and hashed) of the account a reset link was for,
/// if the link still works: the link is used up, the account's sessions end, audited as the
/// account itself. Its email, or `None` for a used, expired or unknown link.
pub fn reset_password(
    conn: &mut DbConnection,
    hash: &TokenHash,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<String>, DbError> {
    let Some(id) = password_reset::take(conn, hash, now)? else {
        return Ok(None);
    };
    let Some(account) = user::find(conn, id)? else {
        return Ok(None);
    };
    password_reset::forget(conn, id, now)?;
    user::set_password(conn, id, password_hash, now)?;
    let actor = Actor {
        id: Some(id),
        label: &account.email,
    };
    let note = "new password by reset link; sessions ended".to_owned();
    record(
        conn,
        actor,
        "user.password_reset",
        id,
        None,
        Some(note),
        now,
    )?;
    Ok(Some(account.email))
}
