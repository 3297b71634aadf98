//! The absolute links that go into emails.

use chrono::TimeDelta;

use crate::domain::SecretToken;

/// Where links in emails point, and how long confirmation links last.
pub struct Links<'a> {
    pub base_url: &'a str,
    pub token_lifetime: TimeDelta,
}

impl Links<'_> {
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
