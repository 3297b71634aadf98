//! Staff accounts: email, password hash, role, and the session epoch whose bump ends every
//! session the account has open. Found by the canonical email, so `Jane@Example.org` and
//! `jane@example.org` are one account.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::auth::Role;
use crate::db::schema::users;
use crate::db::{DbConnection, DbError};
use crate::domain::EmailAddress;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i64,
    /// As the admin typed it.
    pub email: String,
    pub email_canonical: String,
    /// A PHC string (argon2id). Never shown, logged or audited.
    pub password_hash: String,
    role: String,
    pub disabled: bool,
    /// Sessions carry the epoch they began in; one from an older epoch is ended.
    pub session_epoch: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub last_login_at: Option<NaiveDateTime>,
}

impl User {
    /// The account's role; `None` if the stored text is not one (treat as no access).
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role)
    }

    /// An enabled admin.
    pub fn is_active_admin(&self) -> bool {
        !self.disabled && self.role() == Some(Role::Admin)
    }
}

/// Adds an account and returns its id. A second account with the same canonical email is
/// refused by the unique index ([`DbError::is_unique_violation`]).
pub fn create(
    conn: &mut DbConnection,
    email: &EmailAddress,
    password_hash: &str,
    role: Role,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    let canonical = email.canonical();
    diesel::insert_into(users::table)
        .values((
            users::email.eq(email.as_str()),
            users::email_canonical.eq(&canonical),
            users::password_hash.eq(password_hash),
            users::role.eq(role.as_str()),
            users::disabled.eq(false),
            users::session_epoch.eq(0),
            users::created_at.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(users::table
        .filter(users::email_canonical.eq(&canonical))
        .select(users::id)
        .first(conn)?)
}

pub fn find_by_email(
    conn: &mut DbConnection,
    email: &EmailAddress,
) -> Result<Option<User>, DbError> {
    Ok(users::table
        .filter(users::email_canonical.eq(email.canonical()))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> Result<Option<User>, DbError> {
    Ok(users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// Every account, ordered by email.
pub fn list(conn: &mut DbConnection) -> Result<Vec<User>, DbError> {
    Ok(users::table
        .order((users::email_canonical.asc(), users::id.asc()))
        .select(User::as_select())
        .load(conn)?)
}

/// Stores a new password hash and ends the account's sessions. False if there is no such
/// account.
pub fn set_password(
    conn: &mut DbConnection,
    id: i64,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(password_hash),
            users::session_epoch.eq(users::session_epoch + 1),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(changed > 0)
}

/// Disables (ending the account's sessions) or re-enables an account. False if there is
/// no such account.
pub fn set_disabled(
    conn: &mut DbConnection,
    id: i64,
    disabled: bool,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let bump = i32::from(disabled);
    let changed = diesel::update(users::table.find(id))
        .set((
            users::disabled.eq(disabled),
            users::session_epoch.eq(users::session_epoch + bump),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(changed > 0)
}

/// Changes an account's role and ends its sessions, which were granted under the old one.
pub fn set_role(
    conn: &mut DbConnection,
    id: i64,
    role: Role,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(users::table.find(id))
        .set((
            users::role.eq(role.as_str()),
            users::session_epoch.eq(users::session_epoch + 1),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(changed > 0)
}

pub fn record_login(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set(users::last_login_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// How many admins can sign in: the last one must not be disabled or demoted.
pub fn count_admins(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(users::table
        .filter(users::role.eq(Role::Admin.as_str()))
        .filter(users::disabled.eq(false))
        .count()
        .get_result(conn)?)
}

/// Ends every session of the account (sign-out ends them on all devices: cookies carry no
/// server state, so this is how an old cookie stops working).
pub fn end_sessions(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set(users::session_epoch.eq(users::session_epoch + 1))
        .execute(conn)?;
    Ok(())
}
