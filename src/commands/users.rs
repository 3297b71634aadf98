//! `missive user …`: staff accounts from the terminal. This is how the first admin is made;
//! every change is written to the audit log with the actor `cli`.

use std::io::{BufRead, IsTerminal};

use anyhow::{anyhow, bail};
use chrono::Utc;

use crate::auth::accounts::{self, Actor, Changed, Refusal};
use crate::auth::password::hash_blocking;
use crate::auth::Role;
use crate::db::models::user::{self, User};
use crate::db::Database;
use crate::domain::{EmailAddress, NewPassword};

const CLI: Actor<'static> = Actor {
    id: None,
    label: "cli",
};
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
    let created = db.write_blocking(|conn| accounts::add(conn, CLI, &email, &hash, role, now));
    match created {
        Ok(Ok(id)) => println!("added {role} {email} (account {id})"),
        Ok(Err(refusal)) => bail!("{}: {email}", refusal.message()),
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
    if let Err(refusal) =
        db.write_blocking(|conn| accounts::set_password(conn, CLI, account.id, &hash, now))?
    {
        bail!("{}", refusal.message());
    }
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

fn set_enabled(db: &Database, email: &str, enabled: bool) -> anyhow::Result<()> {
    let email = parse_email(email)?;
    let account = existing(db, &email)?;
    let now = Utc::now().naive_utc();
    let outcome =
        db.write_blocking(|conn| accounts::set_enabled(conn, CLI, account.id, enabled, now))?;
    let word = enabled_word(!enabled);
    match outcome {
        Ok(Changed::Done) => println!("{word} {}", account.email),
        Ok(Changed::Already) => println!("{} is already {word}", account.email),
        Err(Refusal::LastAdmin) => bail!(
            "{} is the last enabled admin: add or enable another admin first, \
             so that someone can still manage accounts",
            account.email
        ),
        Err(refusal) => bail!("{}: {}", account.email, refusal.message()),
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
