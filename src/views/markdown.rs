//! Campaign Markdown to HTML. Raw HTML in the source is shown as text, never run.

use maud::{Markup, PreEscaped};
use pulldown_cmark::{html, Event, Options, Parser};

pub fn render(source: &str) -> Markup {
    let events =
        Parser::new_ext(source, Options::ENABLE_SMART_PUNCTUATION).map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        });
    let mut out = String::with_capacity(source.len() * 5 / 4);
    html::push_html(&mut out, events);
    PreEscaped(out)
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
}
