//! Fixtures for tests about supporters' letters: the featured text, and a constituency
//! with its MP.

use chrono::Utc;
use missive::db::models::constituency;
use missive::db::models::official::{self, OfficialRow};

use super::TestApp;

/// The shipped featured letter's paragraphs, as the editor prefills them.
pub fn featured() -> String {
    let file = include_str!("../../campaigns/british-values.md");
    let body = file.splitn(3, "+++").nth(2).unwrap();
    body.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty() && !p.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A constituency with postcodes, and its MP with an email address.
pub async fn holborn(app: &TestApp) {
    app.db
        .write(|conn| {
            constituency::upsert_names(
                conn,
                &[
                    ("E14001290".into(), "Holborn and St Pancras".into()),
                    (
                        "E14001172".into(),
                        "Cities of London and Westminster".into(),
                    ),
                ],
            )?;
            constituency::upsert_postcodes(conn, &[("WC1H 9JE".into(), "E14001290".into())])?;
            official::upsert(
                conn,
                &OfficialRow {
                    code: "mp-e14001290".into(),
                    name: "Jane Member MP".into(),
                    office: "MP for Holborn and St Pancras".into(),
                    salutation: Some("Dear Jane Member".into()),
                    constituency_code: Some("E14001290".into()),
                    party: None,
                    email: Some("jane.member@parliament.example".into()),
                    postal_address: Some("House of Commons\nLondon\nSW1A 0AA".into()),
                },
                Utc::now().naive_utc(),
            )?;
            Ok(())
        })
        .await
        .unwrap();
}

/// A postal address for a letter to an MP (which needs one), as form fields.
pub const ADDRESS: [(&str, &str); 2] = [("address_line_1", "1 Gordon Square"), ("town", "London")];

/// Confirms `email`'s signature as its owner would: the button behind the link in the
/// latest confirmation email to it. Letters waiting for the confirmation then enter the
/// moderation queue.
pub async fn confirm_writer(app: &TestApp, email: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let link = loop {
        let emails = app.wait_for_emails_to(email, 0).await;
        if let Some(link) = emails
            .iter()
            .rev()
            .find_map(|e| e.link_path("/signatures/confirm/"))
        {
            break link;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no confirmation email to {email}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let confirmed = app.post_form(&link, &[]).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
}
