//! A letter laid out for one recipient: salutation, paragraphs, sign-off. Shared by the
//! preview, the email to the official and the printable page.

use crate::db::models::campaign::Campaign;
use crate::domain::letter_text::paragraphs;

use super::recipients::Recipient;

/// The featured letter as plain paragraphs, to prefill the editor: Markdown headings (the
/// newspaper's crossheads) are left out, since they do not belong in a personal letter.
pub fn featured_text(campaign: &Campaign) -> String {
    paragraphs(&campaign.body_markdown.replace("\r\n", "\n"))
        .filter(|p| !p.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The letter's closing line, as officials read it (letters to officials are in English
/// whatever the writer's page language).
pub const SIGN_OFF: &str = "Yours sincerely,";

/// Who signs the letter, as shown under "Yours sincerely".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOff {
    pub name: String,
    /// The writer's postal address, line by line, postcode last (empty when not given).
    pub address: Vec<String>,
    /// The constituency, or postcode or country, whichever is known.
    pub place: Option<String>,
}

impl SignOff {
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![SIGN_OFF.to_owned(), String::new(), self.name.clone()];
        lines.extend(self.address.iter().cloned());
        lines.extend(self.place.clone());
        lines
    }

    /// The sender's postal address from a letter's stored parts: its lines, town and
    /// postcode; empty unless the lines or the town were given.
    pub fn address_of(
        lines: Option<&str>,
        town: Option<&str>,
        postcode: Option<&str>,
    ) -> Vec<String> {
        let mut address: Vec<String> = lines
            .into_iter()
            .flat_map(str::lines)
            .chain(town)
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        if !address.is_empty() {
            address.extend(postcode.map(str::to_owned));
        }
        address
    }
}

/// The whole letter as plain text, for email and `mailto:` links.
pub fn plain_text(recipient: &Recipient, body: &str, sign_off: &SignOff) -> String {
    let mut text = format!("{},\n\n", recipient.salutation);
    for paragraph in paragraphs(body) {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text.push_str(&sign_off.lines().join("\n"));
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_has_salutation_body_and_sign_off() {
        let recipient = Recipient::placeholder_mp("Holborn and St Pancras");
        let sign_off = SignOff {
            name: "Ada Lovelace".into(),
            address: SignOff::address_of(Some("1 High Street"), Some("London"), Some("NW1 1AA")),
            place: Some("Holborn and St Pancras".into()),
        };
        let text = plain_text(&recipient, "First.\n\nSecond.", &sign_off);
        assert_eq!(
            text,
            "Dear Member of Parliament,\n\nFirst.\n\nSecond.\n\nYours sincerely,\n\nAda Lovelace\n1 High Street\nLondon\nNW1 1AA\nHolborn and St Pancras\n"
        );
        assert!(SignOff::address_of(None, None, Some("NW1 1AA")).is_empty());
    }
}
