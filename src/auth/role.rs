//! Staff roles and what each may do.

use std::fmt;

/// A staff member's role. Admins may do everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Everything, including staff accounts and the audit log.
    Admin,
    /// Letters and signature review.
    Moderator,
    /// Campaigns, dashboard and exports.
    Organiser,
}

/// An area of the back office, each open to some roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Moderation,
    SignatureReview,
    Campaigns,
    Accounts,
    AuditLog,
    /// Contact details of signers who asked for updates (admins only).
    SignerContacts,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Moderator, Role::Organiser];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Moderator => "moderator",
            Role::Organiser => "organiser",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text.trim().to_ascii_lowercase().as_str() {
            "admin" => Some(Role::Admin),
            "moderator" => Some(Role::Moderator),
            "organiser" | "organizer" => Some(Role::Organiser),
            _ => None,
        }
    }

    pub fn may(self, area: Area) -> bool {
        matches!(
            (self, area),
            (Role::Admin, _)
                | (Role::Moderator, Area::Moderation | Area::SignatureReview)
                | (Role::Organiser, Area::Campaigns)
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_reaches_only_its_areas() {
        assert!(Role::Admin.may(Area::Accounts));
        assert!(Role::Moderator.may(Area::Moderation));
        assert!(!Role::Moderator.may(Area::Campaigns));
        assert!(Role::Organiser.may(Area::Campaigns));
        assert!(!Role::Organiser.may(Area::Moderation));
        assert!(!Role::Organiser.may(Area::AuditLog));
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
