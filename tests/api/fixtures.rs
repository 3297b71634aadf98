//! Data for the API tests: a second campaign, signatures in every state, and tokens made
//! through the staff pages as an organiser would.

use chrono::Utc;
use diesel::prelude::*;
use missive::campaigns::file::CampaignFile;
use missive::db::models::campaign;
use missive::db::models::signature::{self, NewSignature};
use missive::db::schema::signatures;

use crate::support::{StaffClient, TestApp};

const SHIPPED: &str = include_str!("../../campaigns/british-values.md");

/// Adds a campaign like the shipped one with another slug; returns its id.
pub async fn add_campaign(app: &TestApp, slug: &str) -> i64 {
    let text = SHIPPED
        .replace("slug = \"british-values\"", &format!("slug = \"{slug}\""))
        .replace("featured = true", "featured = false");
    let file = CampaignFile::parse(&text).expect("campaign file");
    app.db
        .write(move |conn| {
            campaign::import(conn, &file, Utc::now().naive_utc())?;
            Ok(campaign::find_by_slug(conn, file.slug.as_str())?
                .expect("imported")
                .id)
        })
        .await
        .unwrap()
}

pub async fn campaign_id(app: &TestApp, slug: &'static str) -> i64 {
    app.db
        .read(move |conn| campaign::find_by_slug(conn, slug))
        .await
        .unwrap()
        .expect("campaign")
        .id
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Confirmed,
    Pending,
    Suspect,
    Invalidated,
}

/// A signer, as they typed their details.
pub struct Signer<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub postcode: Option<&'a str>,
    pub country: &'a str,
    pub wants_updates: bool,
}

impl Signer<'_> {
    pub fn uk<'a>(name: &'a str, email: &'a str, postcode: &'a str) -> Signer<'a> {
        Signer {
            name,
            email,
            postcode: Some(postcode),
            country: "GB",
            wants_updates: true,
        }
    }
}

/// Stores a signature in `state`; returns its id.
pub async fn sign(app: &TestApp, campaign_id: i64, signer: Signer<'_>, state: State) -> i64 {
    let (name, email) = (signer.name.to_owned(), signer.email.to_owned());
    let (postcode, country) = (
        signer.postcode.map(str::to_owned),
        signer.country.to_owned(),
    );
    let wants_updates = signer.wants_updates;
    app.db
        .write(move |conn| {
            let now = Utc::now().naive_utc();
            let id = signature::insert(
                conn,
                &NewSignature {
                    campaign_id,
                    full_name: &name,
                    email: &email,
                    email_canonical: &email.to_lowercase(),
                    postcode: postcode.as_deref(),
                    country_code: &country,
                    wants_updates,
                    created_at: now,
                    emails_sent: 1,
                    emails_since: now,
                    ip: None,
                    suspect: state == State::Suspect,
                    language: "en",
                },
            )?;
            if state != State::Pending {
                signature::confirm(conn, id, now)?;
            }
            if state == State::Invalidated {
                diesel::update(signatures::table.find(id))
                    .set((
                        signatures::invalidated_at.eq(now),
                        signatures::count_dirty.eq(true),
                    ))
                    .execute(conn)?;
            }
            Ok(id)
        })
        .await
        .unwrap()
}

/// Creates a token on the staff page for these campaigns; returns the secret it shows.
pub async fn create_token(app: &TestApp, staff: &StaffClient, name: &str, ids: &[i64]) -> String {
    create_token_with(app, staff, name, ids, false).await
}

/// Like [`create_token`], with the contact-details scope ticked when `contacts`.
pub async fn create_token_with(
    app: &TestApp,
    staff: &StaffClient,
    name: &str,
    ids: &[i64],
    contacts: bool,
) -> String {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    let mut fields = vec![("name", name)];
    fields.extend(ids.iter().map(|id| ("campaign", id.as_str())));
    if contacts {
        fields.push(("contacts", "yes"));
    }
    let created = staff.post(app, "/staff/api-tokens", &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let location = created.location.expect("the page that shows the token");
    let page = staff.get(app, &location).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.attr_of("#new-token", "value")
        .expect("the new token, shown once")
}
