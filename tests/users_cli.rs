//! `missive user …`: staff accounts made and changed from the terminal, with the password
//! piped to standard input as a script would, and every change in the audit log.

mod support;

use std::process::Output;

use missive::auth::password::verify_blocking;
use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter, AuditRow};
use missive::db::models::user::{self, User};
use missive::domain::EmailAddress;
use support::{spawn_app, TestApp};

const GOOD: &str = "a quiet harbour at dawn";
const OTHER: &str = "seven lanterns over the bay";

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "missive failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn refused(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "missive should have refused; it printed {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn add(app: &TestApp, email: &str, role: &str, password: &str) -> Output {
    app.run_cli_with_input(
        &["user", "add", email, "--role", role],
        &format!("{password}\n"),
    )
}

async fn account(app: &TestApp, email: &str) -> Option<User> {
    let email = EmailAddress::parse(email).unwrap();
    app.db
        .read(move |conn| user::find_by_email(conn, &email))
        .await
        .unwrap()
}

async fn accounts(app: &TestApp) -> Vec<User> {
    app.db.read(user::list).await.unwrap()
}

async fn audit_log(app: &TestApp) -> Vec<AuditRow> {
    let mut rows = app
        .db
        .read(|conn| audit::list(conn, &AuditFilter::default(), 100))
        .await
        .unwrap();
    rows.reverse();
    rows
}

/// Every text column of an audit row, to check that no secret reached the log.
fn audit_text(row: &AuditRow) -> String {
    [
        Some(row.actor.as_str()),
        Some(row.action.as_str()),
        Some(row.subject_type.as_str()),
        row.subject_id.as_deref(),
        row.old_state.as_deref(),
        row.new_state.as_deref(),
        row.reason.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" | ")
}

#[tokio::test]
async fn the_first_admin_is_added_and_listed_without_its_hash() {
    let app = spawn_app().await;
    let out = stdout(&app.run_cli(&["user", "list"]));
    assert!(out.contains("no staff accounts yet"), "{out}");

    let out = stdout(&add(&app, "Jane.Admin@example.org", "admin", GOOD));
    assert!(out.contains("added admin Jane.Admin@example.org"), "{out}");

    let jane = account(&app, "jane.admin@example.org").await.unwrap();
    assert_eq!(jane.email, "Jane.Admin@example.org");
    assert_eq!(jane.email_canonical, "jane.admin@example.org");
    assert_eq!(jane.role(), Some(Role::Admin));
    assert!(!jane.disabled);
    assert_eq!(jane.session_epoch, 0);
    assert!(jane.password_hash.starts_with("$argon2id$"));
    assert!(verify_blocking(GOOD, &jane.password_hash).unwrap());
    assert!(!verify_blocking(OTHER, &jane.password_hash).unwrap());

    let listed = stdout(&app.run_cli(&["user", "list"]));
    let line = listed
        .lines()
        .find(|l| l.contains("Jane.Admin@example.org"))
        .unwrap_or_else(|| panic!("not listed: {listed}"));
    assert!(line.contains("admin") && line.contains("enabled") && line.contains("never"));
    assert!(
        !listed.contains("argon2") && !listed.contains(GOOD),
        "{listed}"
    );

    let log = audit_log(&app).await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].action, "user.add");
    assert_eq!(log[0].actor, "cli");
    assert_eq!(log[0].actor_id, None);
    assert_eq!(log[0].subject_type, "user");
    assert_eq!(log[0].subject_id, Some(jane.id.to_string()));
    assert_eq!(log[0].new_state.as_deref(), Some("role=admin, enabled"));
}

#[tokio::test]
async fn weak_passwords_bad_roles_and_bad_emails_are_refused_and_nothing_is_written() {
    let app = spawn_app().await;
    for (password, message) in [
        ("short pass", "Use at least 12 characters"),
        (
            "Password1234",
            "That password is too common: choose one that is not on lists of leaked passwords",
        ),
        (
            "QWERTYUIOP12",
            "That password is too common: choose one that is not on lists of leaked passwords",
        ),
        (
            "my name is ruth.jones!",
            "Do not use your email address in your password",
        ),
        ("", "Use at least 12 characters"),
    ] {
        let err = refused(&add(&app, "Ruth.Jones@example.org", "moderator", password));
        assert!(err.contains(message), "{password:?}: {err}");
        assert!(!err.contains(password) || password.is_empty(), "{err}");
    }
    let err = refused(&add(&app, "ruth@example.org", "root", GOOD));
    assert!(
        err.contains("there is no role called \"root\": use admin, moderator or organiser"),
        "{err}"
    );
    let err = refused(&add(&app, "not-an-email", "admin", GOOD));
    assert!(err.contains("is not an email address"), "{err}");
    let err = refused(
        &app.run_cli_with_input(&["user", "add", "ruth@example.org", "--role", "admin"], ""),
    );
    assert!(err.contains("no password was given"), "{err}");

    assert!(accounts(&app).await.is_empty());
    assert!(audit_log(&app).await.is_empty());
}

#[tokio::test]
async fn an_email_already_in_use_in_another_case_is_refused() {
    let app = spawn_app().await;
    stdout(&add(&app, "sam@example.org", "organiser", GOOD));
    let err = refused(&add(&app, "SAM@Example.ORG", "admin", OTHER));
    assert!(
        err.contains("an account with the email SAM@Example.ORG already exists"),
        "{err}"
    );
    let all = accounts(&app).await;
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].role(), Some(Role::Organiser));
    assert!(verify_blocking(GOOD, &all[0].password_hash).unwrap());
    assert_eq!(audit_log(&app).await.len(), 1);
}

#[tokio::test]
async fn passwd_replaces_the_hash_and_ends_sessions() {
    let app = spawn_app().await;
    stdout(&add(&app, "mo@example.org", "moderator", GOOD));
    let before = account(&app, "mo@example.org").await.unwrap();

    let err =
        refused(&app.run_cli_with_input(&["user", "passwd", "mo@example.org"], "letmein12345\n"));
    assert!(err.contains("too common"), "{err}");
    let err = refused(&app.run_cli_with_input(&["user", "passwd", "nobody@example.org"], OTHER));
    assert!(
        err.contains("there is no account with the email nobody@example.org"),
        "{err}"
    );
    let unchanged = account(&app, "mo@example.org").await.unwrap();
    assert_eq!(unchanged.password_hash, before.password_hash);
    assert_eq!(unchanged.session_epoch, before.session_epoch);

    let out = stdout(&app.run_cli_with_input(
        &["user", "passwd", "MO@example.org"],
        &format!("{OTHER}\r\n"),
    ));
    assert!(
        out.contains("changed the password of mo@example.org"),
        "{out}"
    );
    let after = account(&app, "mo@example.org").await.unwrap();
    assert_ne!(after.password_hash, before.password_hash);
    assert_eq!(after.session_epoch, before.session_epoch + 1);
    assert!(verify_blocking(OTHER, &after.password_hash).unwrap());
    assert!(!verify_blocking(GOOD, &after.password_hash).unwrap());

    let log = audit_log(&app).await;
    let actions: Vec<&str> = log.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(actions, ["user.add", "user.passwd"]);
    assert_eq!(log[1].subject_id, Some(after.id.to_string()));
    for row in &log {
        let text = audit_text(row);
        for secret in [GOOD, OTHER, &before.password_hash, &after.password_hash] {
            assert!(!text.contains(secret), "audit row leaks a secret: {text}");
        }
        assert!(!text.contains("argon2"), "{text}");
    }
}

#[tokio::test]
async fn accounts_are_disabled_and_enabled_but_the_last_admin_stays() {
    let app = spawn_app().await;
    stdout(&add(&app, "first@example.org", "admin", GOOD));
    stdout(&add(&app, "org@example.org", "organiser", GOOD));

    let err = refused(&app.run_cli(&["user", "disable", "first@example.org"]));
    assert!(
        err.contains("first@example.org is the last enabled admin"),
        "{err}"
    );
    assert!(!account(&app, "first@example.org").await.unwrap().disabled);

    let out = stdout(&app.run_cli(&["user", "disable", "org@example.org"]));
    assert!(out.contains("disabled org@example.org"), "{out}");
    let org = account(&app, "org@example.org").await.unwrap();
    assert!(org.disabled);
    assert_eq!(
        org.session_epoch, 1,
        "disabling ends the account's sessions"
    );
    let out = stdout(&app.run_cli(&["user", "disable", "org@example.org"]));
    assert!(out.contains("org@example.org is already disabled"), "{out}");
    let listed = stdout(&app.run_cli(&["user", "list"]));
    let line = listed
        .lines()
        .find(|l| l.contains("org@example.org"))
        .unwrap();
    assert!(
        line.contains("organiser") && line.contains("disabled"),
        "{listed}"
    );

    let out = stdout(&app.run_cli(&["user", "enable", "org@example.org"]));
    assert!(out.contains("enabled org@example.org"), "{out}");
    let org = account(&app, "org@example.org").await.unwrap();
    assert!(!org.disabled);
    assert_eq!(org.session_epoch, 1);

    // With a second admin, the first can be disabled; then the second is the last.
    stdout(&add(&app, "second@example.org", "admin", OTHER));
    stdout(&app.run_cli(&["user", "disable", "first@example.org"]));
    assert!(account(&app, "first@example.org").await.unwrap().disabled);
    let count = app.db.read(user::count_admins).await.unwrap();
    assert_eq!(count, 1);
    let err = refused(&app.run_cli(&["user", "disable", "second@example.org"]));
    assert!(err.contains("last enabled admin"), "{err}");

    let log = audit_log(&app).await;
    let summary: Vec<(&str, Option<&str>, Option<&str>)> = log
        .iter()
        .map(|r| {
            (
                r.action.as_str(),
                r.old_state.as_deref(),
                r.new_state.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("user.add", None, Some("role=admin, enabled")),
            ("user.add", None, Some("role=organiser, enabled")),
            (
                "user.disable",
                Some("role=organiser, enabled"),
                Some("role=organiser, disabled")
            ),
            (
                "user.enable",
                Some("role=organiser, disabled"),
                Some("role=organiser, enabled")
            ),
            ("user.add", None, Some("role=admin, enabled")),
            (
                "user.disable",
                Some("role=admin, enabled"),
                Some("role=admin, disabled")
            ),
        ]
    );
    for row in &log {
        let text = audit_text(row);
        assert!(!text.contains(GOOD) && !text.contains(OTHER), "{text}");
    }
}
