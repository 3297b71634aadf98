//! The "new API token" form: a name, the campaigns the token may read (checkboxes whose
//! values are campaign ids), checked against the campaigns that exist, and whether it may
//! read signers' contact details (only for staff who may export them).

use serde::Deserialize;

use super::FieldErrors;
use crate::db::models::campaign::Campaign;
use crate::i18n::Message;

/// A token's name and the campaigns it may read, checked here.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub name: String,
    /// Campaign ids and slugs.
    pub campaigns: Vec<(i64, String)>,
    /// Whether it may read signers' contact details (only for those who may export them).
    pub contacts: bool,
}

pub const NAME_MAX: usize = 100;

/// The form as submitted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TokenForm {
    pub name: String,
    /// One value per ticked campaign.
    pub campaign: Vec<String>,
    /// `yes` when the contact-details scope is ticked.
    pub contacts: Option<String>,
}

impl TokenForm {
    pub fn is_ticked(&self, campaign_id: i64) -> bool {
        self.campaign
            .iter()
            .any(|value| value.trim() == campaign_id.to_string())
    }

    pub fn wants_contacts(&self) -> bool {
        self.contacts.as_deref().is_some_and(|v| v.trim() == "yes")
    }

    /// The name (trimmed, spacing folded), the chosen campaigns and scope, or why not.
    /// `may_read_contacts`: whether the one making it may export signers' contact details.
    pub fn parse(
        &self,
        campaigns: &[Campaign],
        may_read_contacts: bool,
    ) -> Result<TokenRequest, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            errors.add("name", Message::new("error-token-name-empty"));
        } else if name.chars().count() > NAME_MAX {
            errors.add(
                "name",
                Message::new("error-token-name-too-long").number("max", NAME_MAX as i64),
            );
        }
        let mut chosen: Vec<(i64, String)> = Vec::new();
        for value in &self.campaign {
            let found = value
                .trim()
                .parse::<i64>()
                .ok()
                .and_then(|id| campaigns.iter().find(|c| c.id == id));
            match found {
                Some(c) if !chosen.iter().any(|(id, _)| *id == c.id) => {
                    chosen.push((c.id, c.slug.clone()))
                }
                Some(_) => {}
                None => errors.add("campaigns", Message::new("error-token-campaigns-unknown")),
            }
        }
        if chosen.is_empty() {
            errors.add("campaigns", Message::new("error-token-campaigns-none"));
        }
        if self.wants_contacts() && !may_read_contacts {
            errors.add("contacts", Message::new("error-token-contacts-admin"));
        }
        if errors.is_empty() {
            Ok(TokenRequest {
                name,
                campaigns: chosen,
                contacts: self.wants_contacts(),
            })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign(id: i64, slug: &str) -> Campaign {
        let now = chrono::DateTime::UNIX_EPOCH.naive_utc();
        Campaign {
            id,
            slug: slug.into(),
            kicker: None,
            headline: "H".into(),
            summary: None,
            image_file: None,
            image_alt: None,
            image_caption: None,
            image_credit: None,
            image_licence: None,
            author_name: "A".into(),
            author_role: None,
            body_markdown: "B".into(),
            attribution: None,
            goal: 1,
            featured: false,
            closes_at: None,
            created_at: now,
            updated_at: now,
            similarity_threshold: 80,
            opens_at: None,
            image_sha256: None,
            letter_edited_at: None,
            milestones: None,
            milestone_letters: false,
        }
    }

    #[test]
    fn needs_a_name_and_known_campaigns() {
        let known = [campaign(1, "one"), campaign(2, "two")];
        let form = |name: &str, ids: &[&str]| TokenForm {
            name: name.into(),
            campaign: ids.iter().map(|s| (*s).to_owned()).collect(),
            contacts: None,
        };
        let ok = form("  CRM   sync ", &["2", "2", "1"])
            .parse(&known, false)
            .unwrap();
        assert!(!ok.contacts);
        assert_eq!(ok.name, "CRM sync");
        assert_eq!(ok.campaigns, vec![(2, "two".into()), (1, "one".into())]);

        let errors = form("", &[]).parse(&known, false).unwrap_err();
        assert!(errors.english("name").as_deref().is_some());
        assert!(errors
            .english("campaigns")
            .as_deref()
            .unwrap()
            .contains("at least one"));
        let errors = form("x", &["9"]).parse(&known, false).unwrap_err();
        assert!(errors
            .english("campaigns")
            .as_deref()
            .unwrap()
            .contains("from the list"));
        assert!(form(&"n".repeat(101), &["1"]).parse(&known, false).is_err());
        let scoped = TokenForm {
            contacts: Some("yes".into()),
            ..form("x", &["1"])
        };
        assert!(scoped.parse(&known, true).unwrap().contacts);
        let errors = scoped.parse(&known, false).unwrap_err();
        assert!(errors
            .english("contacts")
            .as_deref()
            .unwrap()
            .contains("Only admins"));
        assert!(form("x", &["1"]).is_ticked(1));
    }
}
