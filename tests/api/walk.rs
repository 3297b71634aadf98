//! Every response docs/openapi.json documents is served, and matches it; and the document
//! itself is sound: each component compiles as JSON Schema, each path parameter declared.

use missive::auth::Role;

use crate::fixtures::{campaign_id, create_token, sign, Signer, State};
use crate::openapi::OpenApi;
use crate::support::{spawn_app, staff_client};
use crate::{fetch, fetch_as, send};

/// More request headers than the server takes (it answers 431).
fn too_many_headers() -> Vec<(String, String)> {
    (0..70)
        .map(|i| (format!("x-filler-{i}"), "1".to_owned()))
        .collect()
}

/// The 400 and 431 every operation can answer: a NUL in the query, too many headers.
async fn refused_requests(
    app: &crate::support::TestApp,
    api: &OpenApi,
    method: &str,
    template: &str,
    path: &str,
    token: Option<&str>,
) {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers: Vec<(&str, &str)> =
        auth.iter().map(|a| ("authorization", a.as_str())).collect();
    let nul = format!("{path}?q=%00");
    assert_eq!(
        send(app, api, method, template, &nul, &headers)
            .await
            .status,
        400
    );
    let filler = too_many_headers();
    headers.extend(filler.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    assert_eq!(
        send(app, api, method, template, path, &headers)
            .await
            .status,
        431
    );
}

#[test]
fn the_document_is_openapi_3_0_with_sound_schemas_and_parameters() {
    let api = OpenApi::load();
    assert!(api.doc["openapi"].as_str().unwrap().starts_with("3.0."));
    for name in api.doc["components"]["schemas"].as_object().unwrap().keys() {
        let schema = api.component(name);
        jsonschema::draft202012::new(&schema)
            .unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"));
    }
    let mut operations = std::collections::BTreeMap::new();
    for (path, item) in api.doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let declared: Vec<&str> = operation["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .filter(|p| p["in"] == "path")
                        .filter_map(|p| p["name"].as_str())
                        .collect()
                })
                .unwrap_or_default();
            for segment in path.split(['{', '}']).skip(1).step_by(2) {
                assert!(
                    declared.contains(&segment),
                    "{method} {path}: {segment} not declared"
                );
            }
            let id = operation["operationId"].as_str().expect("an operationId");
            operations.insert(id.to_owned(), (path.clone(), operation.clone()));
        }
    }
    // Each link names an operation, and gives exactly that operation's path parameters.
    for (id, (_, operation)) in &operations {
        for (status, response) in operation["responses"].as_object().unwrap() {
            for (name, link) in response["links"].as_object().into_iter().flatten() {
                let target = link["operationId"].as_str().unwrap();
                let (target_path, _) = operations
                    .get(target)
                    .unwrap_or_else(|| panic!("{id} {status} link {name}: no {target}"));
                let given: Vec<&str> = link["parameters"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(String::as_str)
                    .collect();
                let wanted: Vec<&str> = target_path.split(['{', '}']).skip(1).step_by(2).collect();
                assert_eq!(given, wanted, "{id} {status} link {name}");
            }
        }
    }
}

#[tokio::test]
async fn the_checks_catch_personal_fields_wrong_types_and_bad_nulls() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let body = fetch(&app, &api, "/campaigns.json", "/campaigns.json", &[])
        .await
        .json;
    let campaign = body["campaigns"][0].clone();
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&api.component("CampaignSummary"))
        .unwrap();
    assert!(validator.is_valid(&campaign));
    let mut nulled = campaign.clone();
    nulled["kicker"] = serde_json::Value::Null;
    assert!(validator.is_valid(&nulled), "nullable fields take null");
    for (field, value) in [
        ("email", serde_json::json!("someone@example.org")),
        ("signature_count", serde_json::json!("12")),
        ("headline", serde_json::Value::Null),
        ("status", serde_json::json!("paused")),
        ("opens_at", serde_json::json!("next week")),
    ] {
        let mut wrong = campaign.clone();
        wrong[field] = value;
        assert!(!validator.is_valid(&wrong), "{field} should be refused");
    }
}

#[tokio::test]
async fn every_documented_response_is_served_and_matches_the_document() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let organiser = staff_client(&app, "org@example.org", Role::Organiser).await;
    let main = campaign_id(&app, "british-values").await;
    let ada = Signer::uk("Ada Quinlovel", "ada.q@example.org", "WC1H 9JE");
    let signature = sign(&app, main, ada, State::Confirmed).await;
    app.wait_for_count("british-values", 1).await;
    let token = create_token(&app, &organiser, "Walker", &[main]).await;

    for (template, path) in [
        ("/campaigns.json", "/campaigns.json".to_owned()),
        (
            "/campaigns/{slug}.json",
            "/campaigns/british-values.json".to_owned(),
        ),
        (
            "/campaigns/{slug}/count.json",
            "/campaigns/british-values/count.json".to_owned(),
        ),
        ("/api/v1/openapi.json", "/api/v1/openapi.json".to_owned()),
    ] {
        let ok = fetch(&app, &api, template, &path, &[]).await;
        let etag = ok.header("etag");
        fetch(&app, &api, template, &path, &[("if-none-match", &etag)]).await;
        if template.contains("{slug}") {
            let missing = path.replace("british-values", "no-such-campaign");
            fetch(&app, &api, template, &missing, &[]).await;
            let preflight = send(&app, &api, "OPTIONS", template, &missing, &[]).await;
            assert_eq!(preflight.status, 404);
        }
        refused_requests(&app, &api, "GET", template, &path, None).await;
        if template != "/api/v1/openapi.json" {
            let preflight = send(&app, &api, "OPTIONS", template, &path, &[]).await;
            assert_eq!(preflight.status, 204);
            refused_requests(&app, &api, "OPTIONS", template, &path, None).await;
        }
    }
    let petition = format!("/api/v1/petitions/{main}");
    let signatures = format!("{petition}/signatures");
    let one = format!("{signatures}/{signature}");
    for (template, path) in [
        ("/api/v1", "/api/v1".to_owned()),
        ("/api/v1/petitions", "/api/v1/petitions".to_owned()),
        ("/api/v1/petitions/{id}", petition.clone()),
        ("/api/v1/petitions/{id}/signatures", signatures.clone()),
        (
            "/api/v1/petitions/{id}/signatures/{signature_id}",
            one.clone(),
        ),
    ] {
        assert_eq!(
            fetch_as(&app, &api, &token, template, &path).await.status,
            200
        );
        assert_eq!(fetch(&app, &api, template, &path, &[]).await.status, 401);
        if template.contains("{id}") {
            let missing = path.replacen(&format!("petitions/{main}"), "petitions/424242", 1);
            assert_eq!(
                fetch_as(&app, &api, &token, template, &missing)
                    .await
                    .status,
                404
            );
        }
        if !template.ends_with('}') && template != "/api/v1" {
            let bad = format!("{path}?page=0");
            assert_eq!(
                fetch_as(&app, &api, &token, template, &bad).await.status,
                400
            );
        }
        refused_requests(&app, &api, "GET", template, &path, Some(&token)).await;
    }

    let seen = api.seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        api.documented(),
        "documented responses and served ones differ"
    );
}

#[tokio::test]
async fn the_document_is_served_from_the_binary_naming_this_server() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    let served = fetch(
        &app,
        &api,
        "/api/v1/openapi.json",
        "/api/v1/openapi.json",
        &[],
    )
    .await
    .json;
    assert_eq!(served["servers"][0]["url"], app.address.as_str());
    let mut expected = api.doc.clone();
    expected["servers"] = served["servers"].clone();
    assert_eq!(served, expected, "the served document is docs/openapi.json");
}
