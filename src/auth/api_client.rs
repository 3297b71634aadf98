//! Who is calling the organisers' API: the plain data a working bearer token grants.

/// A caller holding a working token, and the campaigns it may read.
#[derive(Debug, Clone)]
pub struct ApiClient {
    pub token_id: i64,
    pub campaign_ids: Vec<i64>,
    /// Whether it may read signers' contact details (each such read is audited).
    pub contacts: bool,
    /// The account that made the token, named in the audit log.
    pub maker_id: i64,
    pub maker_email: String,
}

impl ApiClient {
    pub fn may_read(&self, campaign_id: i64) -> bool {
        self.campaign_ids.contains(&campaign_id)
    }
}
