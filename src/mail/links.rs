//! The absolute links that go into emails.

use std::sync::Arc;

use chrono::TimeDelta;

use crate::domain::SecretToken;

/// Where links in emails point, and how long confirmation links last. Owned and cheap to
/// clone (the base URL is shared), so the web layer keeps one and hands copies to its work.
#[derive(Debug, Clone)]
pub struct Links {
    base_url: Arc<str>,
    pub token_lifetime: TimeDelta,
}

impl Links {
    /// `base_url`: the site's public root, without a trailing slash.
    pub fn new(base_url: &str, token_lifetime: TimeDelta) -> Links {
        Links {
            base_url: Arc::from(base_url),
            token_lifetime,
        }
    }

    /// The site's public root, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn campaign(&self, slug: &str) -> String {
        format!("{}/campaigns/{slug}", self.base_url)
    }

    pub fn confirm(&self, token: &SecretToken) -> String {
        format!("{}/signatures/confirm/{}", self.base_url, token.as_str())
    }

    /// The writer's private page for their letter.
    pub fn letter(&self, token: &str) -> String {
        format!("{}/letters/{token}", self.base_url)
    }
}
