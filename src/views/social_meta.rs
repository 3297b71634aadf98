//! What a campaign page tells search engines and the sites its link is shared on: the
//! canonical address, a description, Open Graph and Twitter card tags. Every URL is
//! absolute (from the site's base URL); maud escapes every value.

use maud::{html, Markup};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::share::encode_path;
use crate::db::models::campaign::Campaign;
use crate::i18n::Lang;

/// Longest description, in characters, before it is cut at a word and ends with "…".
const DESCRIPTION_MAX: usize = 200;

/// Open Graph's name for a language (`og:locale`, language_TERRITORY).
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Pseudo => "en_GB",
        Lang::Cy => "cy_GB",
        Lang::Ru => "ru_RU",
        Lang::Kk => "kk_KZ",
    }
}

/// The `<head>` tags for a campaign page in `lang`; `base_url` has no trailing slash. The
/// campaign's own words (headline, summary, photo description) are as the organiser wrote
/// them; the other languages the page comes in are named as `og:locale:alternate`.
pub fn campaign_tags(lang: Lang, campaign: &Campaign, base_url: &str) -> Markup {
    let url = format!("{base_url}/campaigns/{}", encode_path(&campaign.slug));
    let description = description(campaign);
    let image = super::share::photo_path(campaign).map(|path| format!("{base_url}{path}"));
    let alt = campaign
        .image_alt
        .as_deref()
        .filter(|a| !a.trim().is_empty());
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    html! {
        link rel="canonical" href=(url);
        meta name="description" content=(description);
        meta property="og:type" content="article";
        meta property="og:site_name" content="Missive";
        meta property="og:locale" content=(og_locale(lang));
        @for other in Lang::ALL.into_iter().filter(|other| *other != lang) {
            meta property="og:locale:alternate" content=(og_locale(other));
        }
        meta property="og:title" content=(campaign.headline);
        meta property="og:description" content=(description);
        meta property="og:url" content=(url);
        @if let Some(image) = &image {
            meta property="og:image" content=(image);
            @if let Some(alt) = alt { meta property="og:image:alt" content=(alt); }
        }
        meta name="twitter:card" content=(card);
        meta name="twitter:title" content=(campaign.headline);
        meta name="twitter:description" content=(description);
        @if let Some(image) = &image {
            meta name="twitter:image" content=(image);
            @if let Some(alt) = alt { meta name="twitter:image:alt" content=(alt); }
        }
    }
}

/// The campaign's summary, or else the first sentence of its letter, as plain text.
pub fn description(campaign: &Campaign) -> String {
    let text = match campaign.summary.as_deref().map(str::trim) {
        Some(summary) if !summary.is_empty() => summary.to_owned(),
        _ => first_sentence(&first_paragraph(&campaign.body_markdown)),
    };
    shorten(&text, DESCRIPTION_MAX)
}

/// The text of the first paragraph of Markdown, formatting dropped, lines joined.
fn first_paragraph(markdown: &str) -> String {
    let mut text = String::new();
    let mut inside = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Paragraph) => inside = true,
            Event::End(TagEnd::Paragraph) if inside => break,
            Event::Text(t) | Event::Code(t) if inside => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if inside => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Up to and including the first `.`, `!` or `?` followed by a space (or the whole text).
fn first_sentence(text: &str) -> String {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at_end = !matches!(chars.peek(), Some((_, next)) if !next.is_whitespace());
        if matches!(c, '.' | '!' | '?') && at_end {
            return text[..i + c.len_utf8()].to_owned();
        }
    }
    text.to_owned()
}

/// At most `max` characters, cut at a space, ending "…" when anything was cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let kept = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", kept.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_sentence_of_the_first_paragraph_without_markdown() {
        let letter = "## Shot\n\nWe *write* to you, Mr Smith. Again!\n\nMore.";
        assert_eq!(
            first_sentence(&first_paragraph(letter)),
            "We write to you, Mr Smith."
        );
        assert_eq!(first_sentence("No full stop"), "No full stop");
        assert_eq!(
            first_sentence("Costs 3.5 million? Yes."),
            "Costs 3.5 million?"
        );
    }

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        let long = "word ".repeat(100);
        let short = shorten(long.trim(), 30);
        assert!(short.chars().count() <= 30, "{short}");
        assert!(short.ends_with("word…"), "{short}");
        assert_eq!(shorten("short", 30), "short");
    }
}
