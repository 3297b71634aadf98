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
