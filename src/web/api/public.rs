//! The public JSON: every campaign, and one campaign with its counts by constituency and by
//! country. Only what the campaign pages already show: no signer's name, email or postcode.

use chrono::{NaiveDateTime, SecondsFormat};
use serde::Serialize;

use crate::counts::CountSnapshot;
use crate::db::models::campaign::Campaign;
use crate::db::{DbConnection, DbError};
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
    site_root: &str,
    now: NaiveDateTime,
) -> CampaignDetail {
    let signature_count = count.map_or(0, |c| c.signature_count);
    CampaignDetail {
        campaign: summary(campaign, signature_count, site_root, now),
        counts_updated_at: count.map(|c| c.updated_at.to_rfc3339_opts(SecondsFormat::Secs, true)),
        signatures_by_constituency: places.constituencies,
        signatures_by_country: places.countries,
    }
}
