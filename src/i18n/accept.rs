//! `Accept-Language` (RFC 9110 §12.5.4): the language a browser prefers most, of ours.

use super::Lang;

/// The one of our languages the header ranks highest (by q-value, then by order), or
/// `None` when it names none of them or refuses them all (`q=0`).
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(u16, Lang)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let quality = parts
            .filter_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
            .next()
            .map_or(Some(1000), quality);
        let (Some(q), Ok(lang)) = (quality, tag.parse::<Lang>()) else {
            continue;
        };
        let better = match best {
            None => true,
            Some((b, _)) => q > b,
        };
        if q > 0 && better {
            best = Some((q, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// A q-value in thousandths: "0.8" → 800; `None` when it is not one.
fn quality(text: &str) -> Option<u16> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_highest_quality_language_we_have() {
        assert_eq!(from_accept_language("cy"), Some(Lang::Cy));
        assert_eq!(
            from_accept_language("fr-FR, cy;q=0.5, ru;q=0.7"),
            Some(Lang::Ru)
        );
        assert_eq!(
            from_accept_language("en-GB,en;q=0.9,cy;q=0.8"),
            Some(Lang::En)
        );
        assert_eq!(
            from_accept_language("kk-KZ;q=0.9, ru;q=0.9"),
            Some(Lang::Kk)
        );
        assert_eq!(from_accept_language("ru;q=0, de"), None);
        assert_eq!(from_accept_language("de, fr;q=0.5"), None);
        assert_eq!(from_accept_language("cy;q=2, ru;q=0.1"), Some(Lang::Ru));
        assert_eq!(from_accept_language("*"), None);
        assert_eq!(from_accept_language(""), None);
    }
}
