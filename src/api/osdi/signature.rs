//! A counted signature as an OSDI signature, with the signer as an embedded `person`: the
//! full name split best-effort into given and family names and the country. Contact
//! details (email and postcode) only for signers who asked to hear about the campaign's
//! progress, and only to a token with the contact-details scope: nobody else's leave
//! Missive.

use serde_json::{json, Map, Value};

use super::{date, identifier, link, ORIGIN_SYSTEM};
use crate::db::models::signature_feed::CountedSignature;

/// Lower-case words that begin a family name: "Ludwig van Beethoven".
const PARTICLES: [&str; 14] = [
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "al",
];

/// Given and family name from a full name: the last word is the family name, with any
/// lower-case particles before it; a single word is a given name only.
pub fn split_name(full: &str) -> (String, Option<String>) {
    let words: Vec<&str> = full.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else {
        return (String::new(), None);
    };
    if rest.is_empty() {
        return ((*last).to_owned(), None);
    }
    let mut family_start = rest.len();
    while family_start > 1 && PARTICLES.contains(&rest[family_start - 1]) {
        family_start -= 1;
    }
    let given = rest[..family_start].join(" ");
    let family = words[family_start..].join(" ");
    (given, Some(family))
}

fn person(signature: &CountedSignature, contacts: bool) -> Value {
    let (given, family) = split_name(&signature.full_name);
    let mut person = Map::new();
    person.insert("given_name".into(), given.into());
    if let Some(family) = family {
        person.insert("family_name".into(), family.into());
    }
    let consented = contacts && signature.wants_updates;
    if consented {
        person.insert(
            "email_addresses".into(),
            json!([{ "address": signature.email, "primary": true, "status": "subscribed" }]),
        );
    }
    let mut address = Map::new();
    if let Some(postcode) = signature.postcode.as_ref().filter(|_| consented) {
        address.insert("postal_code".into(), postcode.clone().into());
    }
    address.insert("country".into(), signature.country_code.clone().into());
    person.insert("postal_addresses".into(), json!([address]));
    Value::Object(person)
}

/// `href`: the signature's own address; `petition_href`: its petition's; `contacts`: whether
/// the caller may read contact details.
pub fn signature(
    signature: &CountedSignature,
    href: &str,
    petition_href: &str,
    contacts: bool,
) -> Value {
    json!({
        "identifiers": [identifier(signature.id)],
        "missive:id": signature.id,
        "origin_system": ORIGIN_SYSTEM,
        "created_date": date(signature.created_at),
        "modified_date": date(signature.confirmed_at.unwrap_or(signature.created_at)),
        "missive:status": "confirmed",
        "person": person(signature, contacts),
        "_links": {
            "self": link(href),
            "osdi:petition": link(petition_href),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::split_name;

    #[test]
    fn names_split_on_the_last_word_keeping_particles() {
        let split = |s| split_name(s);
        assert_eq!(split("Jane Smith"), ("Jane".into(), Some("Smith".into())));
        assert_eq!(
            split("  Mary Ann  Evans "),
            ("Mary Ann".into(), Some("Evans".into()))
        );
        assert_eq!(
            split("Ludwig van Beethoven"),
            ("Ludwig".into(), Some("van Beethoven".into()))
        );
        assert_eq!(split("de Gaulle"), ("de".into(), Some("Gaulle".into())));
        assert_eq!(split("Cher"), ("Cher".into(), None));
        assert_eq!(split(""), (String::new(), None));
    }
}
