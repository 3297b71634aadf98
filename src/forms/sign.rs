//! The sign form: what a supporter typed, and the signer it turns into.

use serde::Deserialize;

use super::FieldErrors;
use crate::domain::{Country, DomainError, EmailAddress, PersonName, Postcode};

/// The form exactly as submitted. Missing fields are empty, so any body re-renders. Every
/// field has a domain type, and its parser is its only check (no `validator` bounds).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SignForm {
    pub full_name: String,
    pub email: String,
    pub postcode: String,
    pub country: String,
    /// The "keep me updated" box: present only when ticked.
    pub updates: Option<String>,
    /// Honeypot: hidden from people; bots fill it in.
    pub website: String,
}

/// Where a signer lives: a UK postcode, or a country outside the UK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Uk(Postcode),
    Abroad(Country),
}

/// A signer whose every detail has been checked.
#[derive(Debug, Clone)]
pub struct Signer {
    pub name: PersonName,
    pub email: EmailAddress,
    pub place: Place,
    pub wants_updates: bool,
}

impl SignForm {
    /// True when the hidden field was filled in: a bot, to be thanked and ignored.
    pub fn is_bot(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// The signer, each field checked once by its domain parser; or a message per wrong
    /// field, in the order of the form.
    pub fn parse(&self) -> Result<Signer, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = PersonName::parse(&self.full_name).map_err(|e| errors.add("full_name", e.0));
        let email = EmailAddress::parse(&self.email).map_err(|e| errors.add("email", e.0));
        let place =
            parse_place(&self.postcode, &self.country).map_err(|(field, e)| errors.add(field, e.0));
        match (name, email, place) {
            (Ok(name), Ok(email), Ok(place)) => Ok(Signer {
                name,
                email,
                place,
                wants_updates: self.updates.is_some(),
            }),
            _ => Err(errors),
        }
    }
}

/// A UK postcode, or a country outside the UK with no postcode; the error names the field.
pub fn parse_place(postcode: &str, country: &str) -> Result<Place, (&'static str, DomainError)> {
    let country = if country.trim().is_empty() {
        Country::united_kingdom()
    } else {
        Country::parse(country).map_err(|e| ("country", e))?
    };
    if country.is_uk() {
        Postcode::parse(postcode)
            .map(Place::Uk)
            .map_err(|e| ("postcode", e))
    } else if postcode.trim().is_empty() {
        Ok(Place::Abroad(country))
    } else {
        Err(("postcode", DomainError::new("error-postcode-abroad")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str, email: &str, postcode: &str, country: &str) -> SignForm {
        SignForm {
            full_name: name.into(),
            email: email.into(),
            postcode: postcode.into(),
            country: country.into(),
            ..SignForm::default()
        }
    }

    #[test]
    fn a_uk_signer_parses_with_a_normalised_postcode() {
        let signer = form("Ada Lovelace", "ada@example.org", "sw1a1aa", "GB")
            .parse()
            .expect("valid");
        assert_eq!(
            signer.place,
            Place::Uk(Postcode::parse("SW1A 1AA").unwrap())
        );
        assert!(!signer.wants_updates);
    }

    #[test]
    fn a_signer_abroad_needs_no_postcode() {
        let signer = form("Ada", "ada@example.org", "", "KZ")
            .parse()
            .expect("valid");
        assert!(matches!(signer.place, Place::Abroad(c) if c.code() == "KZ"));
    }

    #[test]
    fn every_wrong_field_gets_its_own_message() {
        let errors = form("=HYPERLINK(1)", "not-an-email", "nowhere", "GB")
            .parse()
            .expect_err("invalid");
        assert!(errors
            .english("full_name")
            .as_deref()
            .unwrap()
            .contains("cannot start"));
        assert!(errors
            .english("email")
            .as_deref()
            .unwrap()
            .contains("correct format"));
        assert!(errors
            .english("postcode")
            .as_deref()
            .unwrap()
            .contains("UK postcode"));
        let errors = form("Ada", "ada@example.org", "90210", "US")
            .parse()
            .expect_err("zip");
        assert!(errors
            .english("postcode")
            .as_deref()
            .unwrap()
            .contains("UK addresses only"));
        let errors = form("", "", "", "XX").parse().expect_err("empty");
        assert_eq!(errors.iter().count(), 3);
        assert!(errors.english("country").as_deref().is_some());
    }

    #[test]
    fn each_field_has_its_parsers_message_in_the_order_of_the_form() {
        let long = format!("{}@example.org", "a".repeat(250));
        let errors = form("", &long, "", "ZZ").parse().expect_err("invalid");
        let fields: Vec<(&str, String)> = errors.messages(crate::i18n::Lang::En).collect();
        let fields: Vec<(&str, &str)> = fields.iter().map(|(f, m)| (*f, m.as_str())).collect();
        assert_eq!(
            fields,
            [
                ("full_name", "Enter your full name"),
                (
                    "email",
                    "Your email address must be 254 characters or fewer"
                ),
                ("country", "Choose a country from the list"),
            ]
        );
    }
}
