//! Why a moderator may reject a letter: a fixed list, parsed from the form at the boundary,
//! stored by code, and explained to the writer in plain words.

/// The reasons a letter can be rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectReason {
    Offensive,
    Defamatory,
    PersonalData,
    Spam,
    OffTopic,
    Duplicate,
}

impl RejectReason {
    pub const ALL: [RejectReason; 6] = [
        RejectReason::Offensive,
        RejectReason::Defamatory,
        RejectReason::PersonalData,
        RejectReason::Spam,
        RejectReason::OffTopic,
        RejectReason::Duplicate,
    ];

    /// The code stored in `letters.reject_reason` and the audit log, and sent by forms.
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Offensive => "offensive",
            RejectReason::Defamatory => "defamatory",
            RejectReason::PersonalData => "personal-data",
            RejectReason::Spam => "spam",
            RejectReason::OffTopic => "off-topic",
            RejectReason::Duplicate => "duplicate",
        }
    }

    /// A code as a form sends it; anything else is `None`.
    pub fn parse(code: &str) -> Option<RejectReason> {
        let code = code.trim();
        RejectReason::ALL.into_iter().find(|r| r.as_str() == code)
    }

    /// How the reason is named for moderators.
    pub fn label(self) -> &'static str {
        match self {
            RejectReason::Offensive => "Offensive",
            RejectReason::Defamatory => "Defamatory",
            RejectReason::PersonalData => "Personal data of others",
            RejectReason::Spam => "Spam",
            RejectReason::OffTopic => "Off-topic",
            RejectReason::Duplicate => "Duplicate",
        }
    }

    /// The reason as the writer reads it, completing "we could not send it because …".
    pub fn for_writer(self) -> &'static str {
        match self {
            RejectReason::Offensive => "it contains language that is abusive or offensive",
            RejectReason::Defamatory => {
                "it makes claims about people that could be defamatory (damage their reputation \
                 without evidence)"
            }
            RejectReason::PersonalData => {
                "it includes personal details of other people, such as their contact details or \
                 private information"
            }
            RejectReason::Spam => "it looks like spam or advertising",
            RejectReason::OffTopic => "it is not about what this campaign is asking for",
            RejectReason::Duplicate => "it repeats a letter that has already been sent to us",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_parses_from_its_code() {
        for reason in RejectReason::ALL {
            assert_eq!(RejectReason::parse(reason.as_str()), Some(reason));
            assert!(!reason.label().is_empty());
            assert!(reason.for_writer().starts_with("it "));
        }
        assert_eq!(RejectReason::parse(" spam "), Some(RejectReason::Spam));
        assert_eq!(RejectReason::parse(""), None);
        assert_eq!(RejectReason::parse("Spam"), None);
        assert_eq!(RejectReason::parse("boring"), None);
    }
}
