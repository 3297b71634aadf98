//! The public JSON: every campaign, and one campaign with its counts by constituency and by
//! country. Only what the campaign pages already show: no signer's name, email or postcode.

use chrono::{NaiveDateTime, SecondsFormat};
use serde::Serialize;

use crate::db::models::campaign::Campaign;
use crate::db::models::campaign_update::CampaignUpdate;
use crate::db::{DbConnection, DbError};
use crate::signing::counts::CountSnapshot;
use crate::stats;

/// One campaign in the public JSON.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignSummary {
    pub slug: String,
    pub kicker: Option<String>,
    pub headline: String,
    pub summary: Option<String>,
    pub goal: i64,
    pub signature_count: i64,
    /// `upcoming` (not open for signing yet), `open` or `closed`.
    pub status: &'static str,
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
    /// The campaign's page.
    pub url: String,
    /// This campaign's JSON with its breakdowns, and its bare count.
    pub json_url: String,
    pub count_url: String,
}

/// `GET /campaigns.json`.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignList {
    pub campaigns: Vec<CampaignSummary>,
}

/// Signatures from one constituency, with its MP where known. UK signatures whose postcode
/// is in no known constituency are one entry with no code.
#[derive(Debug, Clone, Serialize)]
pub struct ConstituencyCount {
    pub code: Option<String>,
    pub name: String,
    pub mp: Option<String>,
    pub signature_count: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountryCount {
    pub code: String,
    pub name: String,
    pub signature_count: i64,
}

/// `GET /campaigns/{slug}.json`.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignDetail {
    pub campaign: CampaignSummary,
    /// When the count last changed.
    pub counts_updated_at: Option<String>,
    pub signatures_by_constituency: Vec<ConstituencyCount>,
    pub signatures_by_country: Vec<CountryCount>,
    /// The published updates to supporters, newest first.
    pub updates: Vec<PublicUpdate>,
    pub official_responses: Vec<OfficialResponse>,
}

/// A published campaign update.
#[derive(Debug, Clone, Serialize)]
pub struct PublicUpdate {
    pub id: i64,
    pub subject: String,
    pub body_markdown: String,
    pub body_html: String,
    pub published_at: String,
    pub edited_at: Option<String>,
}

impl PublicUpdate {
    /// `None` for an update not yet published.
    pub fn of(update: &CampaignUpdate) -> Option<PublicUpdate> {
        Some(PublicUpdate {
            id: update.id,
            subject: update.subject.clone(),
            body_markdown: update.body_markdown.clone(),
            body_html: crate::views::markdown::render(&update.body_markdown).into_string(),
            published_at: timestamp(update.published_at?),
            edited_at: update.edited_at.map(timestamp),
        })
    }
}

/// An official's response to the campaign, in the public JSON and the OSDI petition.
#[derive(Debug, Clone, Serialize)]
pub struct OfficialResponse {
    pub official_name: String,
    pub official_office: String,
    /// The day it was received, `YYYY-MM-DD`.
    pub received_on: String,
    pub summary: String,
    pub text: String,
    pub as_received: bool,
    pub updated_at: String,
}

impl OfficialResponse {
    pub fn of(response: &crate::db::models::official_response::Response) -> OfficialResponse {
        OfficialResponse {
            official_name: response.official_name.clone(),
            official_office: response.official_office.clone(),
            received_on: response.received_on.format("%Y-%m-%d").to_string(),
            summary: response.summary.clone(),
            text: response.body.clone(),
            as_received: response.as_received,
            updated_at: timestamp(response.updated_at),
        }
    }
}

fn timestamp(time: NaiveDateTime) -> String {
    time.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn status(campaign: &Campaign, now: NaiveDateTime) -> &'static str {
    if campaign.is_closed(now) {
        "closed"
    } else if campaign.is_not_yet_open(now) {
        "upcoming"
    } else {
        "open"
    }
}

/// `site_root`: the site's public address, without a trailing slash.
pub fn summary(
    campaign: &Campaign,
    count: i64,
    site_root: &str,
    now: NaiveDateTime,
) -> CampaignSummary {
    let url = format!("{site_root}/campaigns/{}", campaign.slug);
    CampaignSummary {
        slug: campaign.slug.clone(),
        kicker: campaign.kicker.clone(),
        headline: campaign.headline.clone(),
        summary: campaign.summary.clone(),
        goal: campaign.goal,
        signature_count: count,
        status: status(campaign, now),
        opens_at: campaign.opens_at.map(timestamp),
        closes_at: campaign.closes_at.map(timestamp),
        json_url: format!("{url}.json"),
        count_url: format!("{url}/count.json"),
        url,
    }
}

/// Counts by place, as `crate::stats` computes them.
pub struct Places {
    pub constituencies: Vec<ConstituencyCount>,
    pub countries: Vec<CountryCount>,
}

/// The breakdowns for one campaign: a few grouped queries, so callers cache the result.
pub fn places(conn: &mut DbConnection, campaign_id: i64) -> Result<Places, DbError> {
    let constituencies = stats::by_constituency(conn, campaign_id)?
        .into_iter()
        .map(|place| ConstituencyCount {
            code: Some(place.code).filter(|code| !code.is_empty()),
            name: place.name,
            mp: place.mp,
            signature_count: place.count,
        })
        .collect();
    let countries = stats::by_country(conn, campaign_id)?
        .into_iter()
        .map(|place| CountryCount {
            code: place.code,
            name: place.name,
            signature_count: place.count,
        })
        .collect();
    Ok(Places {
        constituencies,
        countries,
    })
}

pub fn detail(
    campaign: &Campaign,
    count: Option<CountSnapshot>,
    places: Places,
    updates: &[CampaignUpdate],
    responses: &[crate::db::models::official_response::Response],
    site_root: &str,
    now: NaiveDateTime,
) -> CampaignDetail {
    let signature_count = count.map_or(0, |c| c.signature_count);
    CampaignDetail {
        campaign: summary(campaign, signature_count, site_root, now),
        counts_updated_at: count.map(|c| c.updated_at.to_rfc3339_opts(SecondsFormat::Secs, true)),
        signatures_by_constituency: places.constituencies,
        signatures_by_country: places.countries,
        updates: updates.iter().filter_map(PublicUpdate::of).collect(),
        official_responses: responses.iter().map(OfficialResponse::of).collect(),
    }
}
