//! The campaign page and the signing pages say nothing that is not in the message files:
//! rendered in the pseudo-language (every message's letters accented) with a campaign
//! written in Greek, no plain ASCII word is left. And the check fails on a page that has
//! one, so a pass means something.

mod support;

use support::pseudo::{assert_translated, untranslated, GREEK_CAMPAIGN};
use support::{import_campaign, spawn_app_with, TestApp};

const PAGE: &str = "/campaigns/pseudo-check";

/// What the test itself typed into the pages (names, addresses, the postcode).
const TYPED: [&str; 3] = ["pseudo@example.org", "SW1A 1AA", "Ψευδώνυμος"];

async fn pseudo_app() -> TestApp {
    let app = spawn_app_with(|s| {
        s.pseudo_language = true;
        s.sign_allow = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    import_campaign(&app, "greek.md", GREEK_CAMPAIGN);
    app
}

#[tokio::test]
async fn the_campaign_page_and_the_signing_pages_are_wholly_translated() {
    let app = pseudo_app().await;
    let page = app.get(&format!("{PAGE}?lang=en-XA")).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.attr_of("html", "lang").as_deref(), Some("en-XA"));
    assert_translated("the campaign page", &page.body, &TYPED);
    // The language is remembered like any other (the cookie), so the rest of the flow
    // needs no query.
    let signed = app
        .post_form(
            &format!("{PAGE}/signatures?lang=en-XA"),
            &[
                ("full_name", "Ψευδώνυμος"),
                ("email", "pseudo@example.org"),
                ("postcode", "SW1A 1AA"),
                ("country", "GB"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let check = app.get(&signed.location.unwrap()).await;
    assert_eq!(check.attr_of("html", "lang").as_deref(), Some("en-XA"));
    assert_translated("the check-your-email page", &check.body, &TYPED);
}

#[tokio::test]
async fn the_check_finds_words_that_did_not_come_from_the_message_files() {
    let app = pseudo_app().await;
    let page = app.get(&format!("{PAGE}?lang=en-XA")).await;
    let broken = page
        .body
        .replacen("</h1>", "</h1><p>Sign here</p>", 1)
        .replacen("<main", "<main title=\"Hello\"", 1);
    let found = untranslated(&broken, &TYPED);
    assert_eq!(found, ["Hello", "Sign here"]);
    // English is not the pseudo-language: the plain page is full of untranslated words.
    let english = app.get(&format!("{PAGE}?lang=en")).await;
    assert!(untranslated(&english.body, &TYPED).len() > 10);
}
