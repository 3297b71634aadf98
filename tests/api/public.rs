//! The public JSON: cache headers, ETags and 304s, and nothing personal in it.

use std::time::Duration;

use crate::fetch;
use crate::fixtures::{campaign_id, sign, Signer, State};
use crate::openapi::OpenApi;
use crate::support::letters::holborn;
use crate::support::spawn_app;

const PUBLIC: [(&str, &str); 3] = [
    ("/campaigns.json", "/campaigns.json"),
    ("/campaigns/{slug}.json", "/campaigns/british-values.json"),
    (
        "/campaigns/{slug}/count.json",
        "/campaigns/british-values/count.json",
    ),
];

const PERSONAL: [&str; 8] = [
    "Quinlovel",
    "ada.q@example.org",
    "WC1H",
    "Dupontel",
    "jean.d@example.fr",
    "Pendleworth",
    "pat.p@example.org",
    "email",
];

#[tokio::test]
async fn public_json_is_cacheable_revalidates_by_etag_and_carries_no_personal_data() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    holborn(&app).await;
    let id = campaign_id(&app, "british-values").await;
    let ada = Signer::uk("Ada Quinlovel", "ada.q@example.org", "WC1H 9JE");
    sign(&app, id, ada, State::Confirmed).await;
    let jean = Signer {
        name: "Jean Dupontel",
        email: "jean.d@example.fr",
        postcode: None,
        country: "FR",
        wants_updates: false,
    };
    sign(&app, id, jean, State::Confirmed).await;
    let pat = Signer::uk("Pat Pendleworth", "pat.p@example.org", "WC1H 9JE");
    sign(&app, id, pat, State::Pending).await;
    assert_eq!(app.wait_for_count("british-values", 2).await, 2);

    for (template, path) in PUBLIC {
        let first = fetch(&app, &api, template, path, &[]).await;
        assert_eq!(first.status, 200, "{path}");
        assert_eq!(
            first.header("cache-control"),
            "public, max-age=1, stale-while-revalidate=5, stale-if-error=60",
            "{path}"
        );
        assert_eq!(first.header("access-control-allow-origin"), "*");
        let etag = first.header("etag");
        assert!(
            etag.starts_with('"') && etag.ends_with('"'),
            "strong: {etag}"
        );
        for personal in PERSONAL {
            assert!(!first.text.contains(personal), "{path} shows {personal}");
        }

        let again = fetch(&app, &api, template, path, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status, 304, "{path}");
        assert!(again.text.is_empty());
        assert_eq!(again.header("etag"), etag);
        assert_eq!(again.header("cache-control"), first.header("cache-control"));
        let listed = format!("\"other\", W/{etag}");
        let weak = fetch(&app, &api, template, path, &[("if-none-match", &listed)]).await;
        assert_eq!(weak.status, 304, "{path}: a list with the tag");
        let stale = fetch(&app, &api, template, path, &[("if-none-match", "\"old\"")]).await;
        assert_eq!(stale.status, 200, "{path}");
        assert_eq!(stale.text, first.text);
    }

    let list = fetch(&app, &api, PUBLIC[0].0, PUBLIC[0].1, &[]).await.json;
    let listed = &list["campaigns"][0];
    assert_eq!(listed["slug"], "british-values");
    assert_eq!(listed["signature_count"], 2);
    assert_eq!(listed["status"], "open");
    assert_eq!(listed["url"], app.url("/campaigns/british-values"));
    assert_eq!(
        listed["json_url"],
        app.url("/campaigns/british-values.json")
    );
    let detail = fetch(&app, &api, PUBLIC[1].0, PUBLIC[1].1, &[]).await;
    assert_eq!(detail.json["campaign"]["signature_count"], 2);
    let constituencies = &detail.json["signatures_by_constituency"];
    assert_eq!(constituencies.as_array().unwrap().len(), 1);
    assert_eq!(constituencies[0]["code"], "E14001290");
    assert_eq!(constituencies[0]["name"], "Holborn and St Pancras");
    assert_eq!(constituencies[0]["mp"], "Jane Member MP");
    assert_eq!(constituencies[0]["signature_count"], 1);
    let countries = &detail.json["signatures_by_country"];
    let pairs: Vec<(&str, i64)> = countries
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["code"].as_str().unwrap(),
                c["signature_count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pairs.len(), 2);
    assert!(
        pairs.contains(&("GB", 1)) && pairs.contains(&("FR", 1)),
        "{pairs:?}"
    );

    // A new confirmation shows after one refresh, with a new tag; the old one gets a body.
    let old = detail.header("etag");
    let sam = Signer::uk("Sam Third", "sam.t@example.org", "WC1H 9JE");
    sign(&app, id, sam, State::Confirmed).await;
    assert_eq!(app.wait_for_count("british-values", 3).await, 3);
    tokio::time::sleep(Duration::from_millis(250)).await;
    let fresh = fetch(
        &app,
        &api,
        PUBLIC[1].0,
        PUBLIC[1].1,
        &[("if-none-match", &old)],
    )
    .await;
    assert_eq!(fresh.status, 200);
    assert_eq!(fresh.json["campaign"]["signature_count"], 3);
    assert_ne!(fresh.header("etag"), old);
}

#[tokio::test]
async fn unknown_campaigns_are_404_and_pages_keep_their_addresses() {
    let app = spawn_app().await;
    let api = OpenApi::load();
    for (template, path) in [
        ("/campaigns/{slug}.json", "/campaigns/nope.json"),
        ("/campaigns/{slug}.json", "/campaigns/Not%20A%20Slug!.json"),
        ("/campaigns/{slug}/count.json", "/campaigns/nope/count.json"),
    ] {
        let missing = fetch(&app, &api, template, path, &[]).await;
        assert_eq!(missing.status, 404, "{path}");
    }
    let page = app.get("/campaigns/british-values").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<html"));
}
