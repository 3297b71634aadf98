//! Admins manage staff accounts in the browser and read the audit log; everyone can
//! change their own password.

mod support;

use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter};
use support::{spawn_app, staff_client, TestApp};

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

/// The id of the staff account with this email.
async fn user_id(app: &TestApp, email: &'static str) -> i64 {
    app.db
        .read(move |conn| {
            Ok(missive::db::models::user::list(conn)?
                .into_iter()
                .find(|u| u.email == email)
                .unwrap()
                .id)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn an_admin_adds_changes_and_disables_accounts_in_the_browser() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;

    let page = admin.get(&app, "/staff/users").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("admin@example.org"));
    assert_eq!(
        page.attr_of("#role option[selected]", "value").as_deref(),
        Some("organiser"),
        "a new account starts with the least powerful role"
    );

    let weak = admin
        .post(
            &app,
            "/staff/users",
            &[
                ("email", "new@example.org"),
                ("role", "moderator"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(weak.status, 422);
    assert!(weak
        .text_of("#password-error")
        .unwrap()
        .contains("12 characters"));
    assert_eq!(
        weak.attr_of("#email", "value").as_deref(),
        Some("new@example.org")
    );

    let added = admin
        .post(
            &app,
            "/staff/users",
            &[
                ("email", "new@example.org"),
                ("role", "moderator"),
                ("password", "a fine first passphrase"),
            ],
        )
        .await;
    assert_eq!(added.status, 303);
    let again = admin
        .post(
            &app,
            "/staff/users",
            &[
                ("email", "NEW@example.org"),
                ("role", "organiser"),
                ("password", "a fine first passphrase"),
            ],
        )
        .await;
    assert_eq!(again.status, 422);
    assert!(again
        .text_of("#email-error")
        .unwrap()
        .contains("already exists"));

    // The new moderator signs in with the first password.
    let login = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let signed = support::sign_in(&app, &login, "new@example.org", "a fine first passphrase").await;
    assert_eq!(signed.status(), 303);
    assert_eq!(
        login
            .get(app.url("/staff/users"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );

    let id = user_id(&app, "new@example.org").await;
    let promoted = admin
        .post(
            &app,
            &format!("/staff/users/{id}/role"),
            &[("role", "organiser")],
        )
        .await;
    assert_eq!(promoted.status, 303);
    // The role change ended the moderator's session.
    assert_eq!(
        login.get(app.url("/staff")).send().await.unwrap().status(),
        303
    );
    let asked = admin
        .post(
            &app,
            &format!("/staff/users/{id}/enabled"),
            &[("enabled", "no")],
        )
        .await;
    assert_eq!(asked.status, 200, "disabling asks first");
    assert!(asked.body.contains("Disable new@example.org?"));
    let still = support::sign_in(
        &app,
        &browser(),
        "new@example.org",
        "a fine first passphrase",
    )
    .await;
    assert_eq!(still.status(), 303, "not disabled until confirmed");
    let disabled = admin
        .post(
            &app,
            &format!("/staff/users/{id}/enabled"),
            &[("enabled", "no"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(disabled.status, 303);
    let login = browser();
    let wrong =
        support::sign_in(&app, &login, "new@example.org", "not the passphrase at all").await;
    assert_eq!(wrong.status(), 401);
    let wrong = wrong.text().await.unwrap();
    assert!(wrong.contains("Email or password is wrong"));
    assert!(!wrong.contains("disabled"), "a guesser learns nothing");
    let refused =
        support::sign_in(&app, &login, "new@example.org", "a fine first passphrase").await;
    assert_eq!(refused.status(), 403, "a disabled account cannot sign in");
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("Your account is disabled"), "{refused}");
    assert!(!refused.contains("Email or password is wrong"));

    // The last admin cannot demote or disable themselves.
    let me = user_id(&app, "admin@example.org").await;
    let last = admin
        .post(
            &app,
            &format!("/staff/users/{me}/enabled"),
            &[("enabled", "no"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(
        last.location.as_deref(),
        Some("/staff/users?done=last-admin")
    );
    let page = admin.get(&app, "/staff/users?done=last-admin").await;
    assert!(page.body.contains("last enabled admin"));

    // Each change is in the audit log, readable and filterable by admins only.
    let log = admin.get(&app, "/staff/audit?action=user.").await;
    assert_eq!(log.status, 200);
    for action in ["user.add", "user.role", "user.disable"] {
        assert!(log.body.contains(action), "{action} in the audit log");
    }
    assert!(
        !log.body.contains("a fine first passphrase"),
        "no password in the log"
    );
    let rows = app
        .db
        .read(|conn| {
            audit::list(
                conn,
                &AuditFilter {
                    action: Some("user.role".into()),
                    ..AuditFilter::default()
                },
                10,
            )
        })
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].actor, "admin@example.org");
    assert_eq!(
        rows[0].old_state.as_deref(),
        Some("role=moderator, enabled")
    );
    assert_eq!(
        rows[0].new_state.as_deref(),
        Some("role=organiser, enabled")
    );
    assert_eq!(
        admin.get(&app, "/staff/audit?since=yesterday").await.status,
        422
    );
}

#[tokio::test]
async fn staff_change_their_own_password() {
    let app = spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let page = organiser.get(&app, "/staff/password").await;
    assert_eq!(page.status, 200);
    let wrong = organiser
        .post(
            &app,
            "/staff/password",
            &[
                ("current", "not it at all"),
                ("password", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.text_of("#current-error").is_some());
    let current = organiser.password.clone();
    let changed = organiser
        .post(
            &app,
            "/staff/password",
            &[
                ("current", current.as_str()),
                ("password", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(changed.status, 200);
    assert!(changed.body.contains("Password changed"));
    assert_eq!(
        organiser.get(&app, "/staff").await.status,
        303,
        "signed out everywhere"
    );
    let fresh = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let signed = support::sign_in(&app, &fresh, "org@example.org", "a brand new passphrase").await;
    assert_eq!(signed.status(), 303);
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_ends_sessions_and_expires() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let colleague = staff_client(&app, "mod@example.org", Role::Moderator).await;
    let id = user_id(&app, "mod@example.org").await;
    let sent = admin
        .post(&app, &format!("/staff/users/{id}/reset"), &[])
        .await;
    assert_eq!(
        sent.location.as_deref(),
        Some("/staff/users?done=reset-sent")
    );
    let email = &app.wait_for_emails_to("mod@example.org", 1).await[0];
    let link = email.link_path("/staff/reset/").expect("the reset link");
    let stored: Vec<String> = app
        .db
        .read(|conn| {
            use diesel::prelude::*;
            use missive::db::schema::password_resets::dsl::*;
            Ok(password_resets.select(token_hash).load(conn)?)
        })
        .await
        .unwrap();
    let secret = link.rsplit('/').next().unwrap().to_owned();
    assert_eq!(stored.len(), 1);
    assert!(!stored[0].contains(&secret), "only the hash is stored");

    let reader = browser();
    let page = reader.get(app.url(&link)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = support::Page {
        status: 200,
        location: None,
        body: page.text().await.unwrap(),
    };
    let csrf = page.attr_of("input[name=csrf]", "value").unwrap();
    let new = "a brand new passphrase 77";
    let mismatch = reader
        .post(app.url(&link))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", new),
            ("confirm", "something else entirely"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(mismatch.status(), 422);
    assert!(mismatch
        .text()
        .await
        .unwrap()
        .contains("The two new passwords are different"));
    let weak = reader
        .post(app.url(&link))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", "short"),
            ("confirm", "short"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(weak.status(), 422, "the usual password rules");
    let set = reader
        .post(app.url(&link))
        .form(&[("csrf", csrf.as_str()), ("password", new), ("confirm", new)])
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 200);
    assert!(set.text().await.unwrap().contains("Password set"));

    assert_eq!(
        colleague.get(&app, "/staff").await.status,
        303,
        "the account's sessions ended"
    );
    let old = support::sign_in(&app, &browser(), "mod@example.org", &colleague.password).await;
    assert_eq!(old.status(), 401);
    let signed = support::sign_in(&app, &browser(), "mod@example.org", new).await;
    assert_eq!(signed.status(), 303, "the new password works");

    let twice = reader.get(app.url(&link)).send().await.unwrap();
    assert_eq!(twice.status(), 404, "a link works once");
    let again = reader
        .post(app.url(&link))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", "yet another passphrase 9"),
            ("confirm", "yet another passphrase 9"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 404);
    let still = support::sign_in(&app, &browser(), "mod@example.org", new).await;
    assert_eq!(still.status(), 303, "the used link changed nothing");

    // A link an hour old no longer works.
    admin
        .post(&app, &format!("/staff/users/{id}/reset"), &[])
        .await;
    let late = app.wait_for_emails_to("mod@example.org", 2).await[1]
        .link_path("/staff/reset/")
        .unwrap();
    app.db
        .write(|conn| {
            use diesel::prelude::*;
            use missive::db::schema::password_resets::dsl::*;
            let past = chrono::Utc::now().naive_utc() - chrono::TimeDelta::seconds(1);
            diesel::update(password_resets)
                .set(expires_at.eq(past))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let expired = reader.get(app.url(&late)).send().await.unwrap();
    assert_eq!(expired.status(), 404, "a link expires");
    assert!(expired.text().await.unwrap().contains("no longer works"));

    let log = admin.get(&app, "/staff/audit?action=user.").await;
    assert!(log.body.contains("user.reset_link"));
    assert!(log.body.contains("user.password_reset"));
    assert!(!log.body.contains(&secret));
}

#[tokio::test]
async fn an_admin_changes_their_own_password_only_with_the_current_one() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let own = user_id(&app, "admin@example.org").await;
    let path = format!("/staff/users/{own}/password");
    let page = admin.get(&app, &path).await;
    assert_eq!(page.location.as_deref(), Some("/staff/password"));
    let set = "taken over while away 5";
    let tried = admin
        .post(&app, &path, &[("password", set), ("confirm", set)])
        .await;
    assert_eq!(tried.location.as_deref(), Some("/staff/password"));
    assert_eq!(
        admin.get(&app, "/staff").await.status,
        200,
        "the password did not change: the session goes on"
    );
}

#[tokio::test]
async fn an_admin_sets_a_colleagues_password_which_ends_their_sessions() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let colleague = staff_client(&app, "org@example.org", Role::Organiser).await;
    let id = user_id(&app, "org@example.org").await;
    let path = format!("/staff/users/{id}/password");
    let list = admin.get(&app, "/staff/users").await;
    assert!(list.body.contains(&format!("href=\"{path}\"")));
    let page = admin.get(&app, &path).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Set a password for org@example.org"));
    assert_eq!(colleague.get(&app, &path).await.status, 403);

    let new = "set by the admin for you 5";
    let mismatch = admin
        .post(
            &app,
            &path,
            &[("password", new), ("confirm", "a different one entirely")],
        )
        .await;
    assert_eq!(mismatch.status, 422);
    assert!(mismatch.text_of("#confirm-error").is_some());
    let weak = admin
        .post(&app, &path, &[("password", "short"), ("confirm", "short")])
        .await;
    assert_eq!(weak.status, 422);
    assert!(weak
        .text_of("#password-error")
        .unwrap()
        .contains("12 characters"));
    let set = admin
        .post(&app, &path, &[("password", new), ("confirm", new)])
        .await;
    assert_eq!(
        set.location.as_deref(),
        Some("/staff/users?done=password-set")
    );
    assert_eq!(
        colleague.get(&app, "/staff").await.status,
        303,
        "sessions ended"
    );
    let signed = support::sign_in(&app, &browser(), "org@example.org", new).await;
    assert_eq!(signed.status(), 303);
    assert_eq!(
        admin.get(&app, "/staff/users/999999/password").await.status,
        404
    );
}
