//! Tokens in the browser: the form's checks, and a token refused once missing, unknown,
//! malformed, revoked, or its maker's account disabled; creation and revocation audited.

use missive::auth::Role;
use missive::db::models::api_token;
use missive::db::models::audit::{self, AuditFilter};
use missive::domain::SecretToken;

use crate::fixtures::{campaign_id, create_token};
use crate::openapi::OpenApi;
use crate::support::{spawn_app, staff_client};
use crate::{fetch, fetch_as};

const PETITIONS: &str = "/api/v1/petitions";

#[tokio::test]
async fn missing_unknown_and_revoked_tokens_get_401_and_changes_are_audited() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let main = campaign_id(&app, "british-values").await;

    let empty = organiser
        .post(&app, "/staff/api-tokens", &[("name", " ")])
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.text_of("#name-error").is_some());
    assert!(empty.body.contains("Choose at least one campaign"));

    let anonymous = fetch(&app, &api, PETITIONS, PETITIONS, &[]).await;
    assert_eq!(anonymous.status, 401);
    assert_eq!(
        anonymous.header("www-authenticate"),
        "Bearer realm=\"missive\""
    );
    let unknown = SecretToken::generate();
    for sent in ["Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer"] {
        let refused = fetch(&app, &api, PETITIONS, PETITIONS, &[("authorization", sent)]).await;
        assert_eq!(refused.status, 401, "{sent}");
        assert!(refused.header("www-authenticate").contains("invalid_token"));
    }
    let refused = fetch_as(&app, &api, unknown.as_str(), PETITIONS, PETITIONS).await;
    assert_eq!(refused.status, 401);

    let token = create_token(&app, &organiser, "Newsletter tool", &[main]).await;
    assert_eq!(
        fetch_as(&app, &api, &token, PETITIONS, PETITIONS)
            .await
            .status,
        200
    );
    let id = app.db.read(api_token::list).await.unwrap()[0].id;
    let revoke = format!("/staff/api-tokens/{id}/revoke");
    let revoked = organiser.post(&app, &revoke, &[]).await;
    assert_eq!(revoked.status, 303);
    assert_eq!(
        revoked.location.as_deref(),
        Some("/staff/api-tokens?done=revoked")
    );
    let listing = organiser.get(&app, "/staff/api-tokens?done=revoked").await;
    assert!(listing.body.contains("Token revoked"));
    assert!(listing.body.contains("Revoked "));
    let after = fetch_as(&app, &api, &token, PETITIONS, PETITIONS).await;
    assert_eq!(after.status, 401, "a revoked token stops working at once");
    let twice = organiser.post(&app, &revoke, &[]).await;
    assert_eq!(
        twice.location.as_deref(),
        Some("/staff/api-tokens?done=already")
    );

    let filter = AuditFilter {
        action: Some("api_token.".into()),
        ..AuditFilter::default()
    };
    let entries = app
        .db
        .read(move |conn| audit::list(conn, &filter, 10))
        .await
        .unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["api_token.revoke", "api_token.create"]);
    for entry in &entries {
        assert_eq!(entry.actor, "org@example.org");
        assert_eq!(entry.subject_type, "api_token");
        assert_eq!(entry.subject_id, Some(id.to_string()));
    }
    let created = entries[1].new_state.as_deref().unwrap();
    assert!(created.contains("Newsletter tool") && created.contains("british-values"));
    assert!(!created.contains(&token), "never the secret");
    assert!(entries[0].new_state.as_deref().unwrap().contains("revoked"));
}

#[tokio::test]
async fn a_token_stops_working_when_its_makers_account_is_disabled() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let organiser = staff_client(&app, "maker@example.org", Role::Organiser).await;
    let main = campaign_id(&app, "british-values").await;
    let token = create_token(&app, &organiser, "Sync", &[main]).await;
    assert_eq!(
        fetch_as(&app, &api, &token, PETITIONS, PETITIONS)
            .await
            .status,
        200
    );
    let out = app.run_cli(&["user", "disable", "maker@example.org"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        fetch_as(&app, &api, &token, PETITIONS, PETITIONS)
            .await
            .status,
        401
    );
}
