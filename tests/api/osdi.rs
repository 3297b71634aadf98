//! The OSDI read API with a token made in the browser: scoped to its campaigns, only
//! counted signatures, signers as OSDI people, and pages linked both ways.

use missive::auth::Role;
use missive::db::models::api_token;
use missive::domain::SecretToken;

use crate::fixtures::{
    add_campaign, campaign_id, create_token, create_token_with, sign, Signer, State,
};
use crate::openapi::OpenApi;
use crate::support::{spawn_app, staff_client};
use crate::{fetch, fetch_as};

const PETITION: &str = "/api/v1/petitions/{id}";
const SIGNATURES: &str = "/api/v1/petitions/{id}/signatures";
const SIGNATURE: &str = "/api/v1/petitions/{id}/signatures/{signature_id}";

#[tokio::test]
async fn a_token_reads_only_its_campaigns_and_their_counted_signatures() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let admin = staff_client(&app, "admin@example.org", Role::Admin).await;
    let main = campaign_id(&app, "british-values").await;
    let other = add_campaign(&app, "second-letter").await;
    let ada = Signer::uk("Ada Quinlovel", "ada.q@example.org", "WC1H 9JE");
    let ada_id = sign(&app, main, ada, State::Confirmed).await;
    let jean = Signer {
        name: "Seán Ó Briain",
        email: "jean.d@example.fr",
        postcode: None,
        country: "FR",
        wants_updates: false,
    };
    sign(&app, main, jean, State::Confirmed).await;
    let pending = Signer::uk("Pat Pending", "pat@example.org", "WC1H 9JE");
    let pending_id = sign(&app, main, pending, State::Pending).await;
    let suspect = Signer::uk("Sue Suspect", "sue@example.org", "WC1H 9JE");
    sign(&app, main, suspect, State::Suspect).await;
    let invalid = Signer::uk("Ivy Invalid", "ivy@example.org", "WC1H 9JE");
    sign(&app, main, invalid, State::Invalidated).await;
    let olly = Signer::uk("Olly Other", "olly@example.org", "WC1H 9JE");
    sign(&app, other, olly, State::Confirmed).await;
    assert_eq!(app.wait_for_count("british-values", 2).await, 2);

    let token = create_token_with(&app, &admin, "CRM sync", &[main], true).await;
    let listing = admin.get(&app, "/staff/api-tokens").await;
    assert!(listing.body.contains("CRM sync"));
    assert!(
        !listing.body.contains(&token),
        "the secret is shown only once"
    );
    let stored = app
        .db
        .read(|conn| api_token::list(conn, None))
        .await
        .unwrap();
    assert_eq!(stored[0].campaigns, vec!["british-values".to_owned()]);
    let hash = SecretToken::parse(&token).unwrap().hash();
    let found = app
        .db
        .read(move |conn| api_token::find_active(conn, &hash))
        .await
        .unwrap();
    assert_eq!(found.map(|t| t.campaign_ids), Some(vec![main]));

    let root = fetch_as(&app, &api, &token, "/api/v1", "/api/v1").await;
    assert_eq!(root.header("content-type"), "application/hal+json");
    assert_eq!(root.header("cache-control"), "no-store");
    assert_eq!(
        root.json["_links"]["osdi:petitions"]["href"],
        app.url("/api/v1/petitions")
    );

    let list = fetch_as(&app, &api, &token, "/api/v1/petitions", "/api/v1/petitions").await;
    assert_eq!(list.status, 200);
    assert_eq!(list.json["total_records"], 1, "only its own campaign");
    let petition = &list.json["_embedded"]["osdi:petitions"][0];
    assert_eq!(petition["identifiers"][0], format!("missive:{main}"));
    assert_eq!(petition["title"], "UK trade props up Kazakh dictatorship");
    assert_eq!(petition["total_signatures"], 2);
    assert!(petition["petition_text"]
        .as_str()
        .unwrap()
        .contains("Kazakh"));
    assert!(!petition["petition_text"].as_str().unwrap().contains("##"));
    let own = format!("/api/v1/petitions/{main}");
    let shown = fetch_as(&app, &api, &token, PETITION, &own).await;
    // One petition also carries the officials' responses (none yet); the rest is the same.
    let mut single = shown.json.clone();
    let responses = single
        .as_object_mut()
        .unwrap()
        .remove("missive:official_responses");
    assert_eq!(responses, Some(serde_json::json!([])));
    assert_eq!(&single, petition);
    for path in [
        format!("/api/v1/petitions/{other}"),
        format!("/api/v1/petitions/{other}/signatures"),
        "/api/v1/petitions/not-a-number".to_owned(),
        "/api/v1/petitions/999999".to_owned(),
    ] {
        let template = if path.ends_with("signatures") {
            SIGNATURES
        } else {
            PETITION
        };
        assert_eq!(
            fetch_as(&app, &api, &token, template, &path).await.status,
            404
        );
    }

    let signatures = format!("/api/v1/petitions/{main}/signatures");
    let page = fetch_as(&app, &api, &token, SIGNATURES, &signatures).await;
    assert_eq!(page.json["total_records"], 2, "confirmed and counted only");
    let items = page.json["_embedded"]["osdi:signatures"]
        .as_array()
        .unwrap();
    let first = &items[0];
    assert_eq!(first["identifiers"][0], format!("missive:{ada_id}"));
    assert_eq!(first["missive:status"], "confirmed");
    let person = &first["person"];
    assert_eq!(
        person["given_name"], "Ada Quinlovel",
        "the name whole, as signed"
    );
    assert_eq!(person["missive:full_name"], "Ada Quinlovel");
    assert!(person.get("family_name").is_none(), "never split");
    assert_eq!(person["email_addresses"][0]["address"], "ada.q@example.org");
    assert_eq!(person["email_addresses"][0]["primary"], true);
    assert_eq!(person["email_addresses"][0]["status"], "subscribed");
    assert_eq!(person["postal_addresses"][0]["postal_code"], "WC1H 9JE");
    assert_eq!(person["postal_addresses"][0]["country"], "GB");
    let jean = &items[1]["person"];
    assert_eq!(jean["given_name"], "Seán Ó Briain");
    assert_eq!(jean["missive:full_name"], "Seán Ó Briain");
    assert!(
        jean.get("family_name").is_none(),
        "not split at the last space"
    );
    assert!(
        jean.get("email_addresses").is_none(),
        "no contact details for a signer who did not ask for updates"
    );
    assert_eq!(jean["postal_addresses"][0].as_object().unwrap().len(), 1);
    assert_eq!(jean["postal_addresses"][0]["country"], "FR");
    assert!(!page.text.contains("Pat Pending") && !page.text.contains("Sue Suspect"));
    assert!(!page.text.contains("Ivy Invalid") && !page.text.contains("Olly Other"));

    let href = first["_links"]["self"]["href"].as_str().unwrap();
    let path = href.strip_prefix(&app.address).unwrap();
    let one = fetch_as(&app, &api, &token, SIGNATURE, path).await;
    assert_eq!(&one.json, first);
    let unconfirmed = format!("{signatures}/{pending_id}");
    let hidden = fetch_as(&app, &api, &token, SIGNATURE, &unconfirmed).await;
    assert_eq!(hidden.status, 404);

    // Action Network's header works too, and each use is recorded.
    let osdi = fetch(&app, &api, PETITION, &own, &[("osdi-api-token", &token)]).await;
    assert_eq!(osdi.status, 200);
    let used = app
        .db
        .read(|conn| api_token::list(conn, None))
        .await
        .unwrap();
    assert!(used[0].last_used_at.is_some());
}

#[tokio::test]
async fn collections_paginate_with_next_and_prev_links() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let main = campaign_id(&app, "british-values").await;
    let other = add_campaign(&app, "second-letter").await;
    let mut ids = Vec::new();
    for n in 0..5 {
        let email = format!("signer{n}@example.org");
        let name = format!("Signer Number{n}");
        let signer = Signer::uk(&name, &email, "WC1H 9JE");
        ids.push(sign(&app, main, signer, State::Confirmed).await);
    }
    let token = create_token(&app, &organiser, "Pager", &[main, other]).await;

    let mut path = format!("/api/v1/petitions/{main}/signatures?per_page=2");
    let (mut seen, mut pages) = (Vec::new(), 0);
    loop {
        let page = fetch_as(&app, &api, &token, SIGNATURES, &path).await;
        pages += 1;
        assert_eq!(page.json["page"], pages);
        assert_eq!(page.json["per_page"], 2);
        assert_eq!(page.json["total_pages"], 3);
        assert_eq!(page.json["total_records"], 5);
        let links = &page.json["_links"];
        assert_eq!(
            links.get("prev").is_some(),
            pages > 1,
            "prev on page {pages}"
        );
        for item in page.json["_embedded"]["osdi:signatures"]
            .as_array()
            .unwrap()
        {
            seen.push(item["identifiers"][0].as_str().unwrap().to_owned());
        }
        let Some(next) = links.get("next") else { break };
        let href = next["href"].as_str().unwrap();
        path = href.strip_prefix(&app.address).unwrap().to_owned();
    }
    let expected: Vec<String> = ids.iter().map(|id| format!("missive:{id}")).collect();
    assert_eq!(
        (pages, seen),
        (3, expected),
        "every signature once, in order"
    );

    let base = format!("/api/v1/petitions/{main}/signatures");
    let big = fetch_as(
        &app,
        &api,
        &token,
        SIGNATURES,
        &format!("{base}?per_page=1000"),
    )
    .await;
    assert_eq!(big.json["per_page"], 100);
    let beyond = fetch_as(&app, &api, &token, SIGNATURES, &format!("{base}?page=9")).await;
    assert_eq!(beyond.status, 200);
    assert!(beyond.json["_links"].get("next").is_none());
    for bad in ["page=0", "page=two", "per_page=0", "per_page=-3"] {
        let refused = fetch_as(&app, &api, &token, SIGNATURES, &format!("{base}?{bad}")).await;
        assert_eq!(refused.status, 400, "{bad}");
    }

    let petitions = "/api/v1/petitions?per_page=1";
    let first = fetch_as(&app, &api, &token, "/api/v1/petitions", petitions).await;
    assert_eq!(first.json["total_records"], 2);
    assert_eq!(first.json["total_pages"], 2);
    assert_eq!(
        first.json["_links"]["next"]["href"],
        app.url("/api/v1/petitions?page=2&per_page=1")
    );
    assert_eq!(
        first.json["_links"]["osdi:petitions"][0]["href"],
        app.url(&format!("/api/v1/petitions/{main}"))
    );
}
