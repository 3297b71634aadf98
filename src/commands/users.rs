//! `missive user …`: staff accounts from the terminal. This is how the first admin is made;
//! every change is written to the audit log with the actor `cli`.

use std::io::{BufRead, IsTerminal};

use anyhow::{anyhow, bail};
use chrono::{NaiveDateTime, Utc};

use crate::auth::password::hash_blocking;
use crate::auth::Role;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::user::{self, User};
use crate::db::{Database, DbConnection, DbError};
use crate::domain::{EmailAddress, NewPassword};

const ACTOR: &str = "cli";
const RULES: &str = "Passwords need at least 12 characters, must not be a common or leaked \
                     password, and must not contain the email address.";

/// Adds an account with a password read from the terminal (or one line of standard input).
pub fn add(db: &Database, email: &str, role: &str) -> anyhow::Result<()> {
    let email = parse_email(email)?;
    let role = Role::parse(role).ok_or_else(|| {
        anyhow!("there is no role called {role:?}: use admin, moderator or organiser")
    })?;
    if user::find_by_email(&mut *db.get()?, &email)?.is_some() {
        bail!("an account with the email {email} already exists");
    }
    let password = read_new_password(&email)?;
    let hash = hash_blocking(&password)?;
    let now = Utc::now().naive_utc();
    let created = db.write_blocking(|conn| {
        let id = user::create(conn, &email, &hash, role, now)?;
        let new_state = state(role.as_str(), false);
        record(conn, "user.add", id, None, Some(new_state), now)?;
        Ok(id)
    });
    match created {
        Ok(id) => println!("added {role} {email} (account {id})"),
        Err(e) if e.is_unique_violation() => {
            bail!("an account with the email {email} already exists")
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// Sets a new password, which also ends the account's sessions.
pub fn passwd(db: &Database, email: &str) -> anyhow::Result<()> {
    let email = parse_email(email)?;
    let account = existing(db, &email)?;
    let password = read_new_password(&email)?;
    let hash = hash_blocking(&password)?;
    let now = Utc::now().naive_utc();
    db.write_blocking(|conn| {
        if !user::set_password(conn, account.id, &hash, now)? {
            return Err(DbError::Query(diesel::result::Error::NotFound));
        }
        let note = "new password; other sessions ended".to_owned();
        record(conn, "user.passwd", account.id, None, Some(note), now)
    })?;
    println!("changed the password of {}", account.email);
    Ok(())
}

/// Prints every account: email, role, whether it is enabled, and the last sign-in.
pub fn list(db: &Database) -> anyhow::Result<()> {
    let users = user::list(&mut *db.get()?)?;
    if users.is_empty() {
        println!("no staff accounts yet: add the first with `missive user add EMAIL --role admin`");
        return Ok(());
    }
    let width = users
        .iter()
        .map(|u| u.email.chars().count())
        .max()
        .unwrap_or(5);
    println!(
        "{:<width$}  {:<9}  {:<8}  LAST LOGIN",
        "EMAIL", "ROLE", "STATUS"
    );
    for u in users {
        let last_login = u.last_login_at.map_or_else(
            || "never".to_owned(),
            |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
        );
        println!(
            "{:<width$}  {:<9}  {:<8}  {last_login}",
            u.email,
            role_name(&u),
            enabled_word(u.disabled)
        );
    }
    Ok(())
}

/// Disables an account and ends its sessions; refused for the last enabled admin.
pub fn disable(db: &Database, email: &str) -> anyhow::Result<()> {
    set_enabled(db, email, false)
}

/// Lets a disabled account sign in again.
pub fn enable(db: &Database, email: &str) -> anyhow::Result<()> {
    set_enabled(db, email, true)
}

enum Toggled {
    Done,
    Already,
    LastAdmin,
}

fn set_enabled(db: &Database, email: &str, enabled: bool) -> anyhow::Result<()> {
    let email = parse_email(email)?;
    let account = existing(db, &email)?;
    let now = Utc::now().naive_utc();
    // Checked again inside the transaction, so two commands cannot both pass the check.
    let outcome = db.write_blocking(|conn| {
        let Some(current) = user::find(conn, account.id)? else {
            return Err(DbError::Query(diesel::result::Error::NotFound));
        };
        if current.disabled != enabled {
            return Ok(Toggled::Already);
        }
        if !enabled && current.is_active_admin() && user::count_admins(conn)? <= 1 {
            return Ok(Toggled::LastAdmin);
        }
        user::set_disabled(conn, current.id, !enabled, now)?;
        let role = role_name(&current);
        let (old, new) = (state(role, current.disabled), state(role, !enabled));
        let action = if enabled {
            "user.enable"
        } else {
            "user.disable"
        };
        record(conn, action, current.id, Some(old), Some(new), now)?;
        Ok(Toggled::Done)
    })?;
    let word = enabled_word(!enabled);
    match outcome {
        Toggled::Done => println!("{word} {}", account.email),
        Toggled::Already => println!("{} is already {word}", account.email),
        Toggled::LastAdmin => bail!(
            "{} is the last enabled admin: add or enable another admin first, \
             so that someone can still manage accounts",
            account.email
        ),
    }
    Ok(())
}

fn parse_email(input: &str) -> anyhow::Result<EmailAddress> {
    EmailAddress::parse(input).map_err(|e| anyhow!("{input:?} is not an email address: {e}"))
}

fn existing(db: &Database, email: &EmailAddress) -> anyhow::Result<User> {
    user::find_by_email(&mut *db.get()?, email)?
        .ok_or_else(|| anyhow!("there is no account with the email {email}"))
}

fn role_name(user: &User) -> &'static str {
    user.role().map_or("unknown", Role::as_str)
}

fn enabled_word(disabled: bool) -> &'static str {
    if disabled {
        "disabled"
    } else {
        "enabled"
    }
}

/// How an account's access is described in the audit log: never a password or hash.
fn state(role: &str, disabled: bool) -> String {
    format!("role={role}, {}", enabled_word(disabled))
}

fn record(
    conn: &mut DbConnection,
    action: &str,
    user_id: i64,
    old_state: Option<String>,
    new_state: Option<String>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    audit::record(
        conn,
        &AuditEntry {
            actor_id: None,
            actor: ACTOR,
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

/// The new password: typed twice without echo at a terminal, else the first line of
/// standard input (for scripts). Checked against the rules before anything is written.
fn read_new_password(email: &EmailAddress) -> anyhow::Result<NewPassword> {
    let typed = if std::io::stdin().is_terminal() {
        eprintln!("{RULES}");
        let first = rpassword::prompt_password(format!("New password for {email}: "))?;
        let second = rpassword::prompt_password("The same password again: ")?;
        if first != second {
            bail!("the two passwords were different; nothing was changed");
        }
        first
    } else {
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line)? == 0 {
            bail!("no password was given on standard input; nothing was changed");
        }
        let end = line.trim_end_matches(['\n', '\r']).len();
        line.truncate(end);
        line
    };
    NewPassword::parse(&typed, email.as_str())
        .map_err(|e| anyhow!("that password cannot be used: {e}. Nothing was changed"))
}
