//! The letter editor's form: saved as a draft with whatever is there (an email address is
//! all a draft needs), checked in full when the writer submits it.

use serde::Deserialize;
use validator::ValidateLength;

use super::sign::{parse_place, Signer};
use super::FieldErrors;
use crate::db::models::letter::Letter;
use crate::domain::postal_address::Part;
use crate::domain::{
    person_name, DomainError, EmailAddress, LetterBody, PersonName, PostalAddress, Subject,
};
use crate::i18n::{Message, Value};

/// The form as submitted. A draft stores what was typed, so a draft checks each field
/// against its length bound only (`BOUNDS`), but the email address, which it parses; a
/// submission parses each field that has a domain type instead, and bounds the rest.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LetterForm {
    pub full_name: String,
    pub email: String,
    pub postcode: String,
    pub country: String,
    /// The writer's postal address, asked for when the letter goes to their MP.
    pub address_line_1: String,
    pub address_line_2: String,
    pub town: String,
    /// A constituency code the writer picked; empty means "from my postcode".
    pub constituency: String,
    pub subject: String,
    pub body: String,
    /// The "publish my letter" box: present only when ticked.
    pub publish: Option<String>,
    pub public_name: String,
    pub mp_search: String,
    /// Honeypot: hidden from people; bots fill it in.
    pub website: String,
    /// Which button was pressed.
    pub action: String,
}

const PUBLIC_NAME_MAX: u64 = 100;
const PUBLIC_NAME_TOO_LONG: DomainError = DomainError::with(
    "error-public-name-too-long",
    &[("max", Value::Number(PUBLIC_NAME_MAX as i64))],
);

/// The fields with no domain type: a submission bounds them, as a draft does.
const UNTYPED: &[&str] = &["constituency", "mp_search"];

/// A field, the most characters it may hold, and the key of the message past it (given
/// the bound as `$max`).
type Bound = (&'static str, u64, &'static str);

/// The bound of each field but the email address, in the order of the form: the whole
/// check of a draft's fields (the email address is parsed between the first and the rest).
const BOUNDS: &[Bound] = &[
    ("full_name", 100, "error-name-too-long"),
    ("postcode", 16, "error-postcode-invalid"),
    ("address_line_1", 100, "error-address-too-long"),
    ("address_line_2", 100, "error-address-too-long"),
    ("town", 100, "error-address-too-long"),
    ("country", 2, "error-country-unknown"),
    ("constituency", 16, "error-constituency-unknown"),
    ("subject", 150, "error-subject-too-long"),
    ("body", 10000, "error-letter-too-long"),
    ("public_name", PUBLIC_NAME_MAX, "error-public-name-too-long"),
    ("mp_search", 100, "error-mp-search-too-long"),
];

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

    /// What was typed into a bounded field.
    fn typed(&self, field: &str) -> &str {
        match field {
            "full_name" => &self.full_name,
            "postcode" => &self.postcode,
            "address_line_1" => &self.address_line_1,
            "address_line_2" => &self.address_line_2,
            "town" => &self.town,
            "country" => &self.country,
            "constituency" => &self.constituency,
            "subject" => &self.subject,
            "body" => &self.body,
            "public_name" => &self.public_name,
            "mp_search" => &self.mp_search,
            _ => "",
        }
    }

    /// Adds a message for each field that holds more than its bound.
    fn check_bounds<'b>(
        &self,
        bounds: impl IntoIterator<Item = &'b Bound>,
        errors: &mut FieldErrors,
    ) {
        for (field, max, id) in bounds {
            // Browsers send a textarea's line breaks as CRLF; the letter keeps them as LF
            // (`LetterBody`), so a line break counts as one character here too.
            let typed = self.typed(field).replace("\r\n", "\n");
            if !typed.validate_length(None, Some(*max), None) {
                errors.add(field, Message::new(id).number("max", *max as i64));
            }
        }
    }

    /// Enough to save a draft: every field within its bound and an email address to send
    /// the private link to.
    pub fn check_draft(&self) -> Result<EmailAddress, FieldErrors> {
        let mut errors = FieldErrors::default();
        let (name, rest) = BOUNDS.split_at(1);
        self.check_bounds(name, &mut errors);
        let email = EmailAddress::parse(&self.email).map_err(|e| errors.add("email", e.0));
        self.check_bounds(rest, &mut errors);
        match email {
            Ok(email) if errors.is_empty() => Ok(email),
            _ => Err(errors),
        }
    }

    /// Everything a letter needs before a moderator sees it: each field with a domain type
    /// parsed by it, the two without one bounded. Messages come in the order the page has
    /// always listed them: the email address and the bounded fields, then the rest.
    pub fn check_submission(&self) -> Result<Submission, FieldErrors> {
        let mut errors = FieldErrors::default();
        let e = &mut errors;
        let email = EmailAddress::parse(&self.email).map_err(|error| e.add("email", error.0));
        let untyped = BOUNDS.iter().filter(|(field, ..)| UNTYPED.contains(field));
        self.check_bounds(untyped, e);
        let name = PersonName::parse(&self.full_name).map_err(|error| e.add("full_name", error.0));
        let place = parse_place(&self.postcode, &self.country)
            .map_err(|(field, error)| e.add(field, error.0));
        let subject = Subject::parse(&self.subject).map_err(|error| e.add("subject", error.0));
        let body = LetterBody::parse(&self.body).map_err(|error| e.add("body", error.0));
        let public_name =
            parse_public_name(&self.public_name).map_err(|error| e.add("public_name", error.0));
        let address = self.address().map_err(|failures| {
            for (part, error) in failures {
                e.add(part_field(part), error.0);
            }
        });
        match (name, email, place, subject, body, public_name, address) {
            (
                Ok(name),
                Ok(email),
                Ok(place),
                Ok(subject),
                Ok(body),
                Ok(public_name),
                Ok(address),
            ) if errors.is_empty() => Ok(Submission {
                signer: Signer {
                    name,
                    email,
                    place,
                    wants_updates: false,
                },
                subject,
                body,
                publish: self.publish.is_some(),
                public_name,
                address,
            }),
            _ => Err(errors),
        }
    }
}

/// The name shown with a published letter, if one is given: a person's name, whose
/// too-long message names this field.
fn parse_public_name(typed: &str) -> Result<Option<PersonName>, DomainError> {
    match typed.trim() {
        "" => Ok(None),
        shown => PersonName::parse(shown).map(Some).map_err(|e| {
            if e == person_name::TOO_LONG {
                PUBLIC_NAME_TOO_LONG
            } else {
                e
            }
        }),
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
        assert!(no_email.english("email").as_deref().is_some());
    }

    #[test]
    fn a_draft_counts_a_browser_line_break_as_one_character() {
        let paragraphs = format!("{}\r\n\r\n", "a".repeat(98)).repeat(100);
        assert_eq!(paragraphs.replace("\r\n", "\n").chars().count(), 10_000);
        let draft = LetterForm {
            body: paragraphs,
            ..form()
        };
        assert!(draft.check_draft().is_ok());
        assert!(draft.check_submission().is_ok());
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
        assert!(errors
            .english("body")
            .as_deref()
            .unwrap()
            .contains("at least 50"));
        assert!(errors.english("subject").as_deref().is_some());
        assert!(errors.english("full_name").as_deref().is_some());
    }

    #[test]
    fn a_submission_checks_each_field_once_with_the_same_words() {
        let wrong = LetterForm {
            email: "not-an-email".into(),
            full_name: "=cmd".into(),
            body: "Too short".into(),
            public_name: "x".repeat(101),
            mp_search: "m".repeat(101),
            ..form()
        };
        let errors = wrong.check_submission().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(field, _)| field).collect();
        assert_eq!(
            fields,
            ["email", "mp_search", "full_name", "body", "public_name"]
        );
        assert_eq!(
            errors.english("public_name").as_deref(),
            Some("The name to show must be 100 characters or fewer")
        );
        let long_email = LetterForm {
            email: format!("{}@example.org", "a".repeat(250)),
            ..form()
        };
        for errors in [
            long_email.check_draft().unwrap_err(),
            long_email.check_submission().unwrap_err(),
        ] {
            assert_eq!(
                errors.english("email").as_deref(),
                Some("Your email address must be 254 characters or fewer")
            );
        }
    }

    #[test]
    fn a_draft_bounds_what_a_submission_parses() {
        let draft = LetterForm {
            subject: String::new(),
            body: "x".repeat(10_001),
            ..form()
        };
        let errors = draft.check_draft().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(field, _)| field).collect();
        assert_eq!(fields, ["body"], "an empty subject is fine in a draft");
        let errors = draft.check_submission().unwrap_err();
        assert_eq!(
            errors.english("body").as_deref(),
            Some("Your letter must be 10,000 characters or fewer")
        );
        assert_eq!(
            errors.english("subject").as_deref(),
            Some("Enter a subject")
        );
    }
}
