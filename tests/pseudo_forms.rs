//! Form error messages and country names in the page's language: the sign form, the letter
//! form and a staff form sent back with errors in the pseudo-language `en-XA` show every
//! error message (and the country list) from the message files; a Welsh sign form error and
//! a Russian country name show real words.
//!
//! Only this area's parts of each page are checked (the error summary, the messages beside
//! the fields, the country list): the letter editor's and the staff pages' other words are
//! being translated elsewhere, and each has its own test.

mod support;

use missive::auth::Role;
use support::pseudo::assert_translated;
use support::{spawn_app_with, staff_client, Page, TestApp};

const PAGE: &str = "/campaigns/british-values";

async fn pseudo_app() -> TestApp {
    spawn_app_with(|s| {
        s.pseudo_language = true;
        s.sign_allow = vec!["127.0.0.1".parse().unwrap()];
    })
    .await
}

/// The parts of `page` this area puts into words: the error summary, each field's message
/// and the country list, as one fragment of HTML.
fn errors_and_countries(page: &Page) -> String {
    let html = page.html();
    let parts = scraper::Selector::parse(".error-summary, p.error, select#country").unwrap();
    let found: Vec<String> = html.select(&parts).map(|e| e.html()).collect();
    assert!(!found.is_empty(), "no error messages on the page");
    format!("<html><body>{}</body></html>", found.join("\n"))
}

fn error_count(page: &Page) -> usize {
    let html = page.html();
    let selector = scraper::Selector::parse("p.error").unwrap();
    html.select(&selector).count()
}

#[tokio::test]
async fn the_sign_form_errors_and_country_list_are_in_the_pseudo_language() {
    let app = pseudo_app().await;
    let page = app
        .post_form(
            &format!("{PAGE}/signatures?lang=en-XA"),
            &[
                ("full_name", "=HYPERLINK(1)"),
                ("email", "not-an-email"),
                ("postcode", "90210"),
                ("country", "US"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert_eq!(error_count(&page), 3);
    // The data typed in is not echoed in these messages: nothing needs taking out.
    assert_translated("the sign form's errors", &errors_and_countries(&page), &[]);
}

#[tokio::test]
async fn the_letter_form_errors_are_in_the_pseudo_language() {
    let app = pseudo_app().await;
    let page = app
        .post_form(
            &format!("{PAGE}/write?lang=en-XA"),
            &[
                ("full_name", "=cmd"),
                ("email", "not-an-email"),
                ("postcode", "nowhere"),
                ("country", "GB"),
                ("subject", ""),
                ("body", "Too short."),
                ("public_name", &"x".repeat(101)),
                ("mp_search", &"m".repeat(101)),
                ("action", "submit"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(error_count(&page) >= 4, "{}", page.body);
    assert_translated(
        "the letter form's errors",
        &errors_and_countries(&page),
        &[],
    );
}

#[tokio::test]
async fn a_staff_form_errors_are_in_the_pseudo_language() {
    let app = pseudo_app().await;
    let staff = staff_client(&app, "moderator@example.org", Role::Moderator).await;
    let page = staff
        .post(
            &app,
            "/staff/password?lang=en-XA",
            &[
                ("current", "not the password"),
                ("password", "short"),
                ("confirm", "different"),
            ],
        )
        .await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert_eq!(error_count(&page), 3, "{}", page.body);
    let fragment = errors_and_countries(&page);
    assert!(
        fragment.contains("12"),
        "the bound is a number argument: {fragment}"
    );
    assert_translated("the staff password form's errors", &fragment, &[]);
}

#[tokio::test]
async fn a_welsh_sign_form_error_and_a_russian_country_name() {
    let app = pseudo_app().await;
    let page = app
        .post_form(
            &format!("{PAGE}/signatures?lang=cy"),
            &[
                ("full_name", ""),
                ("email", "ada@example.org"),
                ("postcode", "SW1A 1AA"),
                ("country", "GB"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.text_of("#full_name-error").unwrap(),
        "Gwall: Rhowch eich enw llawn"
    );
    assert_eq!(
        page.text_of("#error-summary li a").unwrap(),
        "Rhowch eich enw llawn"
    );

    let page = app.get(&format!("{PAGE}?lang=ru")).await;
    assert_eq!(
        page.text_of("select#country option[value=RU]").unwrap(),
        "Россия"
    );
    assert_eq!(
        page.attr_of("select#country option[selected]", "value")
            .unwrap(),
        "GB",
        "the UK is chosen, as before"
    );
    assert_eq!(
        page.text_of("select#country option[value=GB]").unwrap(),
        "Великобритания"
    );
    // English, with the names it always had (this client remembers the last choice).
    let page = app.get(&format!("{PAGE}?lang=en")).await;
    assert_eq!(
        page.text_of("select#country option[value=RU]").unwrap(),
        "Russia"
    );
}
