//! Signing and confirming, end to end over HTTP, as a browser would.

mod support;

use diesel::prelude::*;
use missive::db::schema::{confirmation_tokens, signatures};
use support::{spawn_app, TestApp};

const SLUG: &str = "british-values";

/// Form fields, the field that should be flagged, and what its message should say.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

async fn signature_rows(app: &TestApp) -> Vec<(String, String, Option<String>, String, bool)> {
    app.db
        .read(|conn| {
            Ok(signatures::table
                .order(signatures::id)
                .select((
                    signatures::full_name,
                    signatures::email_canonical,
                    signatures::postcode,
                    signatures::country_code,
                    signatures::confirmed_at.is_not_null(),
                ))
                .load(conn)?)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_supporter_signs_confirms_and_the_count_moves() {
    let app = spawn_app().await;
    let signed = app
        .sign(SLUG, "Ada Lovelace", "ada@example.org", "sw1a1aa")
        .await;
    assert_eq!(signed.status, 303);
    let location = signed.location.expect("redirect");
    assert_eq!(location, "/campaigns/british-values/signed");
    let check = app.get(&location).await;
    assert_eq!(check.status, 200);
    assert!(check.body.contains("Check your email"));

    let emails = app.wait_for_emails(1).await;
    assert_eq!(emails[0].to, "ada@example.org");
    assert!(emails[0].subject.contains("confirm"));
    assert!(emails[0].html.contains("/signatures/confirm/"));
    let link = emails[0].confirmation_path();
    assert_eq!(link.len(), "/signatures/confirm/".len() + 43);

    // Pending signatures do not count.
    assert_eq!(app.wait_for_count(SLUG, 0).await, 0);

    let prompt = app.get(&link).await;
    assert_eq!(prompt.status, 200);
    assert_eq!(prompt.attr_of("form", "method").as_deref(), Some("post"));
    assert_eq!(
        prompt.attr_of("form", "action").as_deref(),
        Some(link.as_str())
    );

    let confirmed = app.post_form(&link, &[]).await;
    assert_eq!(confirmed.status, 303);
    let thanks = app.get(&confirmed.location.unwrap()).await;
    assert!(thanks.body.contains("your signature counts"));
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1, "count within 2 s");

    // Confirming again is harmless.
    let again = app.post_form(&link, &[]).await;
    assert_eq!(again.status, 303);
    let revisit = app.get(&link).await;
    assert_eq!(revisit.status, 200);
    assert!(revisit.body.contains("your signature counts"));
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1);
    assert_eq!(
        app.get("/").await.text_of("#signature-count").as_deref(),
        Some("1")
    );

    let rows = signature_rows(&app).await;
    assert_eq!(
        rows,
        vec![(
            "Ada Lovelace".into(),
            "ada@example.org".into(),
            Some("SW1A 1AA".into()),
            "GB".into(),
            true
        )]
    );
}

#[tokio::test]
async fn a_get_on_the_link_never_confirms() {
    let app = spawn_app().await;
    app.sign(
        SLUG,
        "Mail Scanner Victim",
        "victim@example.org",
        "EC1A 1BB",
    )
    .await;
    let link = app.wait_for_emails(1).await[0].confirmation_path();
    for _ in 0..3 {
        assert_eq!(app.get(&link).await.status, 200);
        let head = app.client.head(app.url(&link)).send().await.unwrap();
        assert!(head.status().as_u16() < 500);
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.wait_for_count(SLUG, 0).await, 0);
    assert!(!signature_rows(&app).await[0].4, "still pending");
}

#[tokio::test]
async fn each_wrong_field_rerenders_the_form_with_values_and_a_message() {
    let app = spawn_app().await;
    let cases: &[Case] = &[
        (
            &[
                ("full_name", ""),
                ("email", "a@example.org"),
                ("postcode", "SW1A 1AA"),
            ],
            "full_name",
            "Enter your full name",
        ),
        (
            &[
                ("full_name", "=HYPERLINK(\"x\")"),
                ("email", "a@example.org"),
                ("postcode", "SW1A 1AA"),
            ],
            "full_name",
            "cannot start with",
        ),
        (
            &[
                ("full_name", "@Ada"),
                ("email", "a@example.org"),
                ("postcode", "SW1A 1AA"),
            ],
            "full_name",
            "cannot start with",
        ),
        (
            &[
                ("full_name", "Ada"),
                ("email", "not an email"),
                ("postcode", "SW1A 1AA"),
            ],
            "email",
            "correct format",
        ),
        (
            &[
                ("full_name", "Ada"),
                ("email", ""),
                ("postcode", "SW1A 1AA"),
            ],
            "email",
            "Enter your email address",
        ),
        (
            &[
                ("full_name", "Ada"),
                ("email", "a@example.org"),
                ("postcode", "12345"),
            ],
            "postcode",
            "UK postcode",
        ),
        (
            &[
                ("full_name", "Ada"),
                ("email", "a@example.org"),
                ("postcode", ""),
            ],
            "postcode",
            "Enter your postcode",
        ),
        (
            &[
                ("full_name", "Ada"),
                ("email", "a@example.org"),
                ("postcode", "90210"),
                ("country", "US"),
            ],
            "postcode",
            "UK addresses only",
        ),
        (
            &[
                ("full_name", "Ada"),
                ("email", "a@example.org"),
                ("postcode", ""),
                ("country", "ZZ"),
            ],
            "country",
            "Choose a country",
        ),
    ];
    for (fields, field, message) in cases {
        let page = app
            .post_form("/campaigns/british-values/signatures", fields)
            .await;
        assert_eq!(page.status, 422, "{fields:?}");
        let error = page
            .text_of(&format!("#{field}-error"))
            .unwrap_or_else(|| panic!("message beside {field} for {fields:?}"));
        assert!(error.contains(message), "{error:?} should say {message:?}");
        assert_eq!(
            page.attr_of(&format!("#{field}"), "aria-invalid")
                .as_deref(),
            if *field == "country" {
                None
            } else {
                Some("true")
            }
        );
        for (name, value) in fields.iter().filter(|(n, _)| *n != "country") {
            assert_eq!(
                page.attr_of(&format!("#{name}"), "value").as_deref(),
                Some(*value),
                "{name} keeps what was typed"
            );
        }
        assert!(page.text_of(".error-summary").is_some());
    }
    // A ticked updates box stays ticked.
    let page = app
        .post_form(
            "/campaigns/british-values/signatures",
            &[
                ("full_name", ""),
                ("email", "x@example.org"),
                ("postcode", "SW1A 1AA"),
                ("updates", "yes"),
            ],
        )
        .await;
    assert!(page.attr_of("#updates", "checked").is_some());
    assert!(signature_rows(&app).await.is_empty());
}

#[tokio::test]
async fn signers_abroad_give_a_country_instead_of_a_postcode() {
    let app = spawn_app().await;
    let page = app
        .post_form(
            "/campaigns/british-values/signatures",
            &[
                ("full_name", "Aigerim Nurlanovna"),
                ("email", "aigerim@example.kz"),
                ("postcode", ""),
                ("country", "KZ"),
                ("updates", "yes"),
            ],
        )
        .await;
    assert_eq!(page.status, 303);
    let rows = signature_rows(&app).await;
    assert_eq!(rows[0].2, None);
    assert_eq!(rows[0].3, "KZ");
}

#[tokio::test]
async fn the_same_person_signs_once_whatever_the_case_or_gmail_dots() {
    let app = spawn_app().await;
    let first = app
        .sign(SLUG, "Ada Lovelace", "Ada.Lovelace@gmail.com", "SW1A 1AA")
        .await;
    let second = app
        .sign(
            SLUG,
            "Ada Lovelace",
            "  adalovelace+news@GoogleMail.com ",
            "SW1A 1AA",
        )
        .await;
    // Nobody can tell from the response whether the address had signed before.
    assert_eq!(first.status, second.status);
    assert_eq!(first.location, second.location);
    assert_eq!(first.body, second.body);
    assert_eq!(signature_rows(&app).await.len(), 1);

    // The pending signer gets a fresh link; either link confirms.
    let emails = app.wait_for_emails(2).await;
    let (old, new) = (emails[0].confirmation_path(), emails[1].confirmation_path());
    assert_ne!(old, new);
    assert_eq!(app.post_form(&new, &[]).await.status, 303);
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1);

    // Once confirmed, a third try is told it has already signed, and the count stays.
    let third = app
        .sign(SLUG, "Ada", "ADA.LOVELACE@gmail.com", "SW1A 1AA")
        .await;
    assert_eq!(third.location, first.location);
    let emails = app.wait_for_emails(3).await;
    assert!(emails[2].subject.contains("already signed"));
    // Repeats stop sending mail after a few.
    for _ in 0..3 {
        app.sign(SLUG, "Ada", "ada.lovelace@gmail.com", "SW1A 1AA")
            .await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(app.wait_for_emails(3).await.len(), 3);
    assert_eq!(app.wait_for_count(SLUG, 1).await, 1);
    assert_eq!(signature_rows(&app).await.len(), 1);
}

#[tokio::test]
async fn unknown_malformed_and_expired_links_get_clear_pages() {
    let app = spawn_app().await;
    let unknown = format!("/signatures/confirm/{}", "A".repeat(43));
    for path in [
        unknown.as_str(),
        "/signatures/confirm/short",
        "/signatures/confirm/%00%ff",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("do not recognise this link"));
        assert_eq!(app.post_form(path, &[]).await.status, 404, "{path}");
    }

    app.sign(SLUG, "Late Larry", "larry@example.org", "SW1A 1AA")
        .await;
    let link = app.wait_for_emails(1).await[0].confirmation_path();
    app.db
        .write(|conn| {
            diesel::update(confirmation_tokens::table)
                .set(confirmation_tokens::expires_at.eq(chrono::Utc::now().naive_utc()))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let page = app.get(&link).await;
    assert_eq!(page.status, 410);
    assert!(page.body.contains("expired"));
    assert_eq!(app.post_form(&link, &[]).await.status, 410);
    assert_eq!(app.wait_for_count(SLUG, 0).await, 0);
}

#[tokio::test]
async fn the_honeypot_thanks_bots_and_stores_nothing() {
    let app = spawn_app().await;
    let page = app
        .post_form(
            "/campaigns/british-values/signatures",
            &[
                ("full_name", "Bot"),
                ("email", "bot@example.org"),
                ("postcode", "SW1A 1AA"),
                ("website", "http://spam"),
            ],
        )
        .await;
    assert_eq!(page.status, 303);
    assert!(signature_rows(&app).await.is_empty());
}

#[tokio::test]
async fn malformed_requests_get_a_400_not_a_500() {
    let app = spawn_app().await;
    let path = app.url("/campaigns/british-values/signatures");
    let bodies: Vec<(&str, Vec<u8>)> = vec![
        (
            "application/x-www-form-urlencoded",
            b"full_name=%zz&email=%".to_vec(),
        ),
        (
            "application/x-www-form-urlencoded",
            vec![0xff, 0xfe, b'=', 0x80],
        ),
        ("application/json", br#"{"full_name":"Ada"}"#.to_vec()),
        ("text/plain", b"hello".to_vec()),
        ("application/x-www-form-urlencoded", vec![b'a'; 64 * 1024]),
    ];
    for (kind, body) in bodies {
        let response = app
            .client
            .post(&path)
            .header("content-type", kind)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert!((400..500).contains(&status), "{kind}: {status}");
    }
    // Repeated and unknown fields are tolerated: the form re-renders.
    let response = app
        .client
        .post(&path)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("full_name=A&full_name=B&surprise=1")
        .send()
        .await
        .unwrap();
    assert!(response.status().as_u16() < 500);
    assert_eq!(app.get("/health").await.status, 200);
}
