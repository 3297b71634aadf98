//! Tokens in the browser: the form's checks, and a token refused once missing, unknown,
//! malformed, revoked, or its maker's account disabled; creation and revocation audited;
//! contact details only through an admin's token with that scope, each read audited;
//! organisers manage only their own tokens.

use missive::auth::Role;
use missive::db::models::api_token;
use missive::db::models::audit::{self, AuditFilter};
use missive::domain::SecretToken;

use crate::fixtures::{campaign_id, create_token, create_token_with, sign, Signer, State};
use crate::openapi::OpenApi;
use crate::support::{spawn_app, staff_client};
use crate::{fetch, fetch_as};

const PETITIONS: &str = "/api/v1/petitions";
const SIGNATURES: &str = "/api/v1/petitions/{id}/signatures";
const SIGNATURE: &str = "/api/v1/petitions/{id}/signatures/{signature_id}";

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
    let id = app
        .db
        .read(|conn| api_token::list(conn, None))
        .await
        .unwrap()[0]
        .id;
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

/// The "Last used" cell of the token named `name` on the tokens page.
fn last_used(page: &crate::support::Page, name: &str) -> String {
    let html = page.html();
    let rows = scraper::Selector::parse("tbody tr").expect("selector");
    let cells = scraper::Selector::parse("td").expect("selector");
    let row = html
        .select(&rows)
        .find(|row| {
            row.select(&cells)
                .next()
                .is_some_and(|c| c.text().collect::<String>() == name)
        })
        .unwrap_or_else(|| panic!("a row for {name}"));
    let cell = row.select(&cells).nth(4).expect("a last-used cell");
    cell.text().collect::<String>().trim().to_owned()
}

async fn audited(app: &crate::support::TestApp, prefix: &str) -> Vec<audit::AuditRow> {
    let filter = AuditFilter {
        action: Some(prefix.into()),
        ..AuditFilter::default()
    };
    app.db
        .read(move |conn| audit::list(conn, &filter, 50))
        .await
        .unwrap()
}

#[tokio::test]
async fn contact_details_leave_only_through_an_admins_scoped_token_and_each_read_is_audited() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let main = campaign_id(&app, "british-values").await;
    let ada = Signer::uk("Ada Quinlovel", "ada.q@example.org", "WC1H 9JE");
    let ada_id = sign(&app, main, ada, State::Confirmed).await;
    let signatures = format!("/api/v1/petitions/{main}/signatures");
    let one = format!("{signatures}/{ada_id}");
    assert_eq!(
        organiser
            .get(&app, "/staff/campaigns/british-values/exports/signers.csv")
            .await
            .status,
        403,
        "organisers may not export contact details"
    );

    let asked = organiser
        .post(
            &app,
            "/staff/api-tokens",
            &[
                ("name", "Grab"),
                ("campaign", &main.to_string()),
                ("contacts", "yes"),
            ],
        )
        .await;
    assert_eq!(asked.status, 422, "{}", asked.body);
    assert!(asked.body.contains("Only admins may give a token"));
    assert!(asked.attr_of("#new-token", "value").is_none());
    let plain = create_token(&app, &organiser, "Counts", &[main]).await;
    for (template, path) in [(SIGNATURES, &signatures), (SIGNATURE, &one)] {
        let read = fetch_as(&app, &api, &plain, template, path).await;
        assert_eq!(read.status, 200);
        assert!(read.text.contains("Quinlovel"), "names are read");
        assert!(
            !read.text.contains("ada.q@example.org") && !read.text.contains("WC1H"),
            "{}",
            read.text
        );
    }
    let admin_plain = create_token(&app, &admin, "Admin counts", &[main]).await;
    let read = fetch_as(&app, &api, &admin_plain, SIGNATURES, &signatures).await;
    assert!(
        !read.text.contains("ada.q@example.org"),
        "no scope, no contacts"
    );
    assert!(audited(&app, "api.").await.is_empty());

    let scoped = create_token_with(&app, &admin, "CRM", &[main], true).await;
    let page = admin.get(&app, "/staff/api-tokens").await;
    assert!(
        page.body.contains("Names, emails and postcodes"),
        "the scope is shown"
    );
    assert!(page.body.contains("Names and countries only"));
    let read = fetch_as(&app, &api, &scoped, SIGNATURES, &signatures).await;
    let person = &read.json["_embedded"]["osdi:signatures"][0]["person"];
    assert_eq!(person["email_addresses"][0]["address"], "ada.q@example.org");
    assert_eq!(person["postal_addresses"][0]["postal_code"], "WC1H 9JE");
    let single = fetch_as(&app, &api, &scoped, SIGNATURE, &one).await;
    assert!(single.text.contains("ada.q@example.org"));
    // The tokens page says when each token was last used: "never" before its first read.
    assert_eq!(last_used(&page, "CRM"), "never");
    let after = admin.get(&app, "/staff/api-tokens").await;
    let used = last_used(&after, "CRM");
    assert!(used.ends_with(" UTC"), "{used}");
    let entries = audited(&app, "api.signers").await;
    assert_eq!(
        entries.len(),
        2,
        "one entry per read that returned contacts"
    );
    for entry in &entries {
        assert_eq!(entry.actor, "admin@example.org");
        assert_eq!(entry.subject_type, "campaign");
        assert_eq!(entry.subject_id.as_deref(), Some("british-values"));
    }
    assert!(entries[0]
        .new_state
        .as_deref()
        .unwrap()
        .contains(&format!("signature {ada_id}")));
    assert!(entries[1].new_state.as_deref().unwrap().contains("page 1"));

    // An admin who is made an organiser no longer reads contacts with the token they made.
    app.db
        .write(|conn| {
            use diesel::prelude::*;
            use missive::db::schema::users;
            diesel::update(users::table.filter(users::email.eq("admin@example.org")))
                .set(users::role.eq("organiser"))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let read = fetch_as(&app, &api, &scoped, SIGNATURES, &signatures).await;
    assert_eq!(read.status, 200);
    assert!(!read.text.contains("ada.q@example.org"));
}

#[tokio::test]
async fn organisers_manage_only_their_own_tokens_and_a_disabled_accounts_stay_revoked() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let ann = staff_client(&app, "ann@example.org", Role::Organiser).await;
    let bob = staff_client(&app, "bob@example.org", Role::Organiser).await;
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let main = campaign_id(&app, "british-values").await;
    let _ann_token = create_token(&app, &ann, "Ann's sync", &[main]).await;
    let bob_token = create_token(&app, &bob, "Bob's sync", &[main]).await;
    let stored = app
        .db
        .read(|conn| api_token::list(conn, None))
        .await
        .unwrap();
    let bob_id = stored.iter().find(|t| t.name == "Bob's sync").unwrap().id;

    let ann_page = ann.get(&app, "/staff/api-tokens").await;
    assert!(ann_page.body.contains("Ann&#39;s sync") || ann_page.body.contains("Ann's sync"));
    assert!(!ann_page.body.contains("Bob"), "{}", ann_page.body);
    let revoke = format!("/staff/api-tokens/{bob_id}/revoke");
    let tried = ann.post(&app, &revoke, &[]).await;
    assert_eq!(
        tried.location.as_deref(),
        Some("/staff/api-tokens?done=missing")
    );
    assert_eq!(
        fetch_as(&app, &api, &bob_token, PETITIONS, PETITIONS)
            .await
            .status,
        200,
        "another organiser cannot revoke it"
    );
    let admin_page = admin.get(&app, "/staff/api-tokens").await;
    assert!(admin_page.body.contains("Bob") && admin_page.body.contains("Ann"));

    for step in ["disable", "enable"] {
        let out = app.run_cli(&["user", step, "bob@example.org"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        fetch_as(&app, &api, &bob_token, PETITIONS, PETITIONS)
            .await
            .status,
        401,
        "re-enabling the account does not bring its tokens back"
    );
    let stored = app
        .db
        .read(|conn| api_token::list(conn, None))
        .await
        .unwrap();
    let bob_listed = stored.iter().find(|t| t.id == bob_id).unwrap();
    assert!(bob_listed.revoked_at.is_some());
}

#[tokio::test]
async fn refreshing_the_created_page_neither_shows_the_secret_again_nor_makes_a_second_token() {
    let app = spawn_app().await;
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let main = campaign_id(&app, "british-values").await;
    let campaign = main.to_string();
    let fields = [("name", "CRM sync"), ("campaign", campaign.as_str())];

    let created = organiser.post(&app, "/staff/api-tokens", &fields).await;
    assert_eq!(created.status, 303, "POST, then redirect, then GET");
    assert!(created.attr_of("#new-token", "value").is_none());
    let location = created.location.expect("where the token is shown");
    let shown = organiser.get(&app, &location).await;
    let secret = shown.attr_of("#new-token", "value").expect("shown once");
    assert!(SecretToken::parse(&secret).is_ok());

    let refreshed = organiser.get(&app, &location).await;
    assert_eq!(refreshed.status, 200);
    assert!(
        refreshed.attr_of("#new-token", "value").is_none(),
        "the secret is shown only once"
    );
    assert!(!refreshed.body.contains(&secret));
    let stored = app
        .db
        .read(|conn| api_token::list(conn, None))
        .await
        .expect("tokens");
    assert_eq!(stored.len(), 1, "a refresh makes no second token");
    assert!(stored[0].last_used_at.is_none());
    assert_eq!(
        refreshed.text_of("tbody tr td:nth-child(5)").as_deref(),
        Some("never")
    );
}
