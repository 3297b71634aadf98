//! A checked signature search (the form it is parsed from is `forms::signatures`), and the
//! database filter it turns into.

use chrono::NaiveDateTime;

use crate::db::models::signature_search::{SignatureFilter, Status, TextMatch};

/// A checked search. Times are UTC; `until` is exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureQuery {
    /// The campaign's slug.
    pub campaign: String,
    pub email_domain: Option<String>,
    pub ip: Vec<TextMatch>,
    pub postcode: Option<TextMatch>,
    pub constituency: Option<String>,
    pub from: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    pub status: Status,
}

impl SignatureQuery {
    /// The database filter for this search on the campaign with this id.
    pub fn filter(&self, campaign_id: i64) -> SignatureFilter {
        SignatureFilter {
            campaign_id,
            email_domain: self.email_domain.clone(),
            ip: self.ip.clone(),
            postcode: self.postcode.clone(),
            constituency: self.constituency.clone(),
            from: self.from,
            until: self.until,
            status: self.status,
        }
    }

    /// True when something beyond the campaign narrows the search: a whole campaign is
    /// never invalidated in one go.
    pub fn narrows(&self) -> bool {
        self.email_domain.is_some()
            || !self.ip.is_empty()
            || self.postcode.is_some()
            || self.constituency.is_some()
            || self.from.is_some()
            || self.until.is_some()
            || self.status != Status::All
    }
}
