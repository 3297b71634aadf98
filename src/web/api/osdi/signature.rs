//! A counted signature as an OSDI signature, with the signer as an embedded `person`: the
//! name whole, as signed, and the country. Contact
//! details (email and postcode) only for signers who asked to hear about the campaign's
//! progress, and only to a token with the contact-details scope: nobody else's leave
//! Missive.

use serde_json::{json, Map, Value};

use super::{date, identifier, link, ORIGIN_SYSTEM};
use crate::db::models::signature_feed::CountedSignature;

fn person(signature: &CountedSignature, contacts: bool) -> Value {
    // The sign form asks for one name, so it is never split (where the family name
    // starts is not knowable: "Seán Ó Briain"); OSDI tools show `given_name` whole.
    let mut person = Map::new();
    person.insert("given_name".into(), signature.full_name.clone().into());
    person.insert(
        "missive:full_name".into(),
        signature.full_name.clone().into(),
    );
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
