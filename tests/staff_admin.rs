//! Admins manage staff accounts in the browser and read the audit log; everyone can
//! change their own password.

mod support;

use missive::auth::Role;
use missive::db::models::audit::{self, AuditFilter};
use support::{spawn_app, staff_client};

#[tokio::test]
async fn an_admin_adds_changes_and_disables_accounts_in_the_browser() {
    let app = spawn_app().await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;

    let page = admin.get(&app, "/staff/users").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("admin@example.org"));

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

    let id = app
        .db
        .read(|conn| {
            Ok(missive::db::models::user::list(conn)?
                .into_iter()
                .find(|u| u.email == "new@example.org")
                .unwrap()
                .id)
        })
        .await
        .unwrap();
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
    let disabled = admin
        .post(
            &app,
            &format!("/staff/users/{id}/enabled"),
            &[("enabled", "no")],
        )
        .await;
    assert_eq!(disabled.status, 303);
    let refused =
        support::sign_in(&app, &login, "new@example.org", "a fine first passphrase").await;
    assert_eq!(refused.status(), 401, "a disabled account cannot sign in");

    // The last admin cannot demote or disable themselves.
    let me = app
        .db
        .read(|conn| {
            Ok(missive::db::models::user::list(conn)?
                .into_iter()
                .find(|u| u.email == "admin@example.org")
                .unwrap()
                .id)
        })
        .await
        .unwrap();
    let last = admin
        .post(
            &app,
            &format!("/staff/users/{me}/enabled"),
            &[("enabled", "no")],
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
