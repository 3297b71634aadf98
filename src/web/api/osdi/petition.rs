//! A campaign as an OSDI petition: its headline as the title, its summary as the
//! description, the featured letter's plain text as `petition_text`, and its count.

use serde_json::{json, Value};

use super::{curies, date, identifier, link, ORIGIN_SYSTEM};
use crate::db::models::campaign::Campaign;
use crate::letters::compose::featured_text;

/// The addresses a petition's representation links to.
pub struct PetitionLinks {
    /// The API's root, e.g. `https://missive.example/api/v1`.
    pub api_root: String,
    /// The site's public root.
    pub site_root: String,
}

impl PetitionLinks {
    pub fn collection(&self) -> String {
        format!("{}/petitions", self.api_root)
    }

    pub fn petition(&self, id: i64) -> String {
        format!("{}/petitions/{id}", self.api_root)
    }

    pub fn signatures(&self, id: i64) -> String {
        format!("{}/signatures", self.petition(id))
    }
}

pub fn petition(campaign: &Campaign, total_signatures: i64, links: &PetitionLinks) -> Value {
    json!({
        "identifiers": [identifier(campaign.id)],
        "missive:id": campaign.id,
        "origin_system": ORIGIN_SYSTEM,
        "created_date": date(campaign.created_at),
        "modified_date": date(campaign.updated_at),
        "title": campaign.headline,
        "description": campaign.summary.as_deref().unwrap_or_default(),
        "petition_text": featured_text(campaign),
        "browser_url": format!("{}/campaigns/{}", links.site_root, campaign.slug),
        "total_signatures": total_signatures,
        "_links": {
            "self": link(links.petition(campaign.id)),
            "osdi:signatures": link(links.signatures(campaign.id)),
            "curies": curies(),
        },
    })
}
