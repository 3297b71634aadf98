//! Campaign Markdown to HTML. Raw HTML in the source is shown as text, never run, and a
//! link or image whose address is not http(s), mailto or on this site is shown as its text.

use maud::{Markup, PreEscaped};
use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

pub fn render(source: &str) -> Markup {
    // Links cannot contain links, but a link can contain an image: one flag for each.
    let (mut in_unsafe_link, mut in_unsafe_image) = (false, false);
    let events =
        Parser::new_ext(source, Options::ENABLE_SMART_PUNCTUATION).filter_map(
            |event| match event {
                Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
                Event::Start(Tag::Link { ref dest_url, .. }) if !safe_url(dest_url) => {
                    in_unsafe_link = true;
                    None
                }
                Event::End(TagEnd::Link) if in_unsafe_link => {
                    in_unsafe_link = false;
                    None
                }
                Event::Start(Tag::Image { ref dest_url, .. }) if !safe_url(dest_url) => {
                    in_unsafe_image = true;
                    None
                }
                Event::End(TagEnd::Image) if in_unsafe_image => {
                    in_unsafe_image = false;
                    None
                }
                other => Some(other),
            },
        );
    let mut out = String::with_capacity(source.len() * 5 / 4);
    html::push_html(&mut out, events);
    PreEscaped(out)
}

/// True for an address on this site (no scheme) or with an http, https or mailto scheme.
/// Browsers ignore tabs, line breaks and leading control characters in a scheme, so the
/// check does too.
fn safe_url(url: &str) -> bool {
    let squashed: String = url
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        .collect();
    match squashed.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(
                scheme.to_ascii_lowercase().as_str(),
                "http" | "https" | "mailto"
            )
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn raw_html_is_escaped_and_headings_render() {
        let out = super::render("Hello <script>alert(1)</script>\n\n## Shot\n\nText").into_string();
        assert!(out.contains("&lt;script&gt;"));
        assert!(!out.contains("<script>"));
        assert!(out.contains("<h2>Shot</h2>"));
    }

    #[test]
    fn script_links_and_images_become_their_text() {
        let out = super::render(
            "[one](javascript:alert(1)) <JavaScript:alert(2)> [two](java\tscript:x) \
             ![three](data:text/html,x) [four](vbscript:x)",
        )
        .into_string();
        assert!(!out.contains("<a") && !out.contains("<img"), "{out}");
        for text in ["one", "JavaScript:alert(2)", "two", "three", "four"] {
            assert!(out.contains(text), "{text} missing from {out}");
        }
    }

    #[test]
    fn web_mail_and_relative_links_stay() {
        let out = super::render(
            "[a](https://example.org/x?y=1:2) [b](mailto:a@example.org) [c](/campaigns/x) \
             [d](#sign-heading) [e](page:1) ![f](/static/photo.jpg)",
        )
        .into_string();
        for href in [
            "href=\"https://example.org/x?y=1:2\"",
            "href=\"mailto:a@example.org\"",
            "href=\"/campaigns/x\"",
            "href=\"#sign-heading\"",
            "src=\"/static/photo.jpg\"",
        ] {
            assert!(out.contains(href), "{href} missing from {out}");
        }
        assert!(!out.contains("href=\"page:1\""), "{out}");
    }
}
