//! The letter editor's form: saved as a draft with whatever is there (an email address is
//! all a draft needs), checked in full when the writer submits it.

use serde::Deserialize;
use validator::{Validate, ValidationError};

use super::sign::{parse_place, Signer};
use super::FieldErrors;
use crate::db::models::letter::Letter;
use crate::domain::postal_address::Part;
use crate::domain::{DomainError, EmailAddress, LetterBody, PersonName, PostalAddress, Subject};

#[derive(Debug, Clone, Default, Deserialize, Validate)]
#[serde(default)]
pub struct LetterForm {
    #[validate(length(max = 100, message = "Your name must be 100 characters or fewer"))]
    pub full_name: String,
    #[validate(length(
        max = 254,
        message = "Your email address must be 254 characters or fewer"
    ))]
    #[validate(custom(function = "check_email"))]
    pub email: String,
    #[validate(length(max = 16, message = "Enter a UK postcode, like SW1A 1AA"))]
    pub postcode: String,
    #[validate(length(max = 2, message = "Choose a country from the list"))]
    pub country: String,
    /// The writer's postal address, asked for when the letter goes to their MP.
    #[validate(length(
        max = 100,
        message = "Each part of your address must be 100 characters or fewer"
    ))]
    pub address_line_1: String,
    #[validate(length(
        max = 100,
        message = "Each part of your address must be 100 characters or fewer"
    ))]
    pub address_line_2: String,
    #[validate(length(
        max = 100,
        message = "Each part of your address must be 100 characters or fewer"
    ))]
    pub town: String,
    /// A constituency code the writer picked; empty means "from my postcode".
    #[validate(length(max = 16, message = "Choose a constituency from the list"))]
    pub constituency: String,
    #[validate(length(max = 150, message = "The subject must be 150 characters or fewer"))]
    pub subject: String,
    #[validate(length(
        max = 10000,
        message = "Your letter must be 10,000 characters or fewer"
    ))]
    pub body: String,
    /// The "publish my letter" box: present only when ticked.
    pub publish: Option<String>,
    #[validate(length(
        max = 100,
        message = "The name to show must be 100 characters or fewer"
    ))]
    pub public_name: String,
    #[validate(length(max = 100, message = "Search for at most 100 characters"))]
    pub mp_search: String,
    /// Honeypot: hidden from people; bots fill it in.
    pub website: String,
    /// Which button was pressed.
    pub action: String,
}

const FIELDS: &[&str] = &[
    "full_name",
    "email",
    "postcode",
    "address_line_1",
    "address_line_2",
    "town",
    "country",
    "constituency",
    "subject",
    "body",
    "public_name",
    "mp_search",
];

fn check_email(value: &str) -> Result<(), ValidationError> {
    EmailAddress::parse(value)
        .map(drop)
        .map_err(|e| ValidationError::new("invalid").with_message(e.0.into()))
}

/// The editor's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Save,
    Submit,
    FindMp,
}

/// A letter ready for moderation, every part checked.
#[derive(Debug, Clone)]
pub struct Submission {
    pub signer: Signer,
    pub subject: Subject,
    pub body: LetterBody,
    pub publish: bool,
    pub public_name: Option<PersonName>,
    /// The postal address, when the writer gave one (required for a letter to an MP).
    pub address: Option<PostalAddress>,
}

impl LetterForm {
    pub fn action(&self) -> Action {
        match self.action.as_str() {
            "submit" => Action::Submit,
            "find_mp" => Action::FindMp,
            _ => Action::Save,
        }
    }

    pub fn is_bot(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// The form as a stored draft fills it in.
    pub fn from_letter(letter: &Letter, picked_constituency: Option<&str>) -> LetterForm {
        LetterForm {
            full_name: letter.writer_name.clone(),
            email: letter.writer_email.clone(),
            postcode: letter.postcode.clone().unwrap_or_default(),
            address_line_1: address_line(letter, 0),
            address_line_2: address_line(letter, 1),
            town: letter.town.clone().unwrap_or_default(),
            country: letter.country_code.clone(),
            constituency: picked_constituency.unwrap_or_default().to_owned(),
            subject: letter.subject.clone(),
            body: letter.body.clone(),
            publish: letter.publish.then(|| "yes".to_owned()),
            public_name: letter.public_name.clone().unwrap_or_default(),
            ..LetterForm::default()
        }
    }

    /// Enough to save a draft: every field within its limits and an email address to send
    /// the private link to.
    pub fn check_draft(&self) -> Result<EmailAddress, FieldErrors> {
        let errors = match self.validate() {
            Ok(()) => FieldErrors::default(),
            Err(e) => FieldErrors::from_validation(&e, FIELDS),
        };
        match EmailAddress::parse(&self.email) {
            Ok(email) if errors.is_empty() => Ok(email),
            Ok(_) => Err(errors),
            Err(e) => {
                let mut errors = errors;
                errors.add("email", e.0);
                Err(errors)
            }
        }
    }

    /// Everything a letter needs before a moderator sees it.
    pub fn check_submission(&self) -> Result<Submission, FieldErrors> {
        let mut errors = match self.check_draft() {
            Ok(_) => FieldErrors::default(),
            Err(errors) => errors,
        };
        let mut field = |name: &'static str, result: Result<(), DomainError>| {
            if let Err(e) = result {
                errors.add(name, e.0);
            }
        };
        let name = PersonName::parse(&self.full_name);
        field("full_name", name.clone().map(drop));
        let place = parse_place(&self.postcode, &self.country);
        if let Err((name, e)) = &place {
            field(name, Err(e.clone()));
        }
        let subject = Subject::parse(&self.subject);
        field("subject", subject.clone().map(drop));
        let body = LetterBody::parse(&self.body);
        field("body", body.clone().map(drop));
        let publish = self.publish.is_some();
        let public_name = match self.public_name.trim() {
            "" => Ok(None),
            shown => PersonName::parse(shown).map(Some),
        };
        field("public_name", public_name.clone().map(drop));
        let address = self.address();
        if let Err(failures) = &address {
            for (part, e) in failures {
                errors.add(part_field(*part), e.0);
            }
        }
        let email = EmailAddress::parse(&self.email);
        match (name, email, place, subject, body, public_name) {
            (Ok(name), Ok(email), Ok(place), Ok(subject), Ok(body), Ok(public_name))
                if errors.is_empty() =>
            {
                Ok(Submission {
                    signer: Signer {
                        name,
                        email,
                        place,
                        wants_updates: false,
                    },
                    subject,
                    body,
                    publish,
                    public_name,
                    address: address.unwrap_or_default(),
                })
            }
            _ => Err(errors),
        }
    }
}

impl LetterForm {
    /// The postal address if any part of it is filled in; `Ok(None)` when all are empty.
    pub fn address(&self) -> Result<Option<PostalAddress>, Vec<(Part, DomainError)>> {
        let parts = [&self.address_line_1, &self.address_line_2, &self.town];
        if parts.iter().all(|p| p.trim().is_empty()) {
            return Ok(None);
        }
        PostalAddress::parse(&self.address_line_1, &self.address_line_2, &self.town).map(Some)
    }
}

/// The form field a part of the address is typed into.
pub fn part_field(part: Part) -> &'static str {
    match part {
        Part::Line1 => "address_line_1",
        Part::Line2 => "address_line_2",
        Part::Town => "town",
    }
}

/// Line `n` of a stored letter's address, or empty.
fn address_line(letter: &Letter, n: usize) -> String {
    let lines = letter.address_lines.as_deref().unwrap_or_default();
    lines.lines().nth(n).unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> LetterForm {
        LetterForm {
            full_name: "Ada Lovelace".into(),
            email: "ada@example.org".into(),
            postcode: "sw1a 1aa".into(),
            country: "GB".into(),
            subject: "Trade with Kazakhstan".into(),
            body: "I am writing as your constituent about trade with Kazakhstan, which worries me."
                .into(),
            ..LetterForm::default()
        }
    }

    #[test]
    fn a_draft_needs_only_an_email_address() {
        let draft = LetterForm {
            email: "ada@example.org".into(),
            ..LetterForm::default()
        };
        assert!(draft.check_draft().is_ok());
        let no_email = LetterForm::default().check_draft().unwrap_err();
        assert!(no_email.get("email").is_some());
    }

    #[test]
    fn a_submission_checks_every_part() {
        assert!(form().check_submission().is_ok());
        let short = LetterForm {
            body: "Too short".into(),
            subject: String::new(),
            full_name: "=cmd".into(),
            ..form()
        };
        let errors = short.check_submission().unwrap_err();
        assert!(errors.get("body").unwrap().contains("at least 50"));
        assert!(errors.get("subject").is_some());
        assert!(errors.get("full_name").is_some());
    }
}
