//! The page frame every view sits in.

use maud::{html, Markup, DOCTYPE};

/// The site's icon, linked from every page's `<head>` (and served at `/favicon.ico`).
pub const FAVICON: &str = "/static/favicon.svg";

/// A whole page: `title` names it in the tab, `body` fills `<main>`.
pub fn page(title: &str, body: Markup) -> Markup {
    page_with_head(title, html! {}, body)
}

/// Like [`page`], with `head` (meta and link tags, e.g. `views::social_meta`) added to
/// `<head>`.
pub fn page_with_head(title: &str, head: Markup, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Missive" }
                link rel="icon" href=(FAVICON) type="image/svg+xml";
                link rel="stylesheet" href="/static/missive.css";
                (head)
            }
            body {
                a.skip href="#main" { "Skip to content" }
                header.site {
                    a.brand href="/" { "Missive" }
                    span.tagline { "Letters that change minds" }
                }
                main #main { (body) }
                footer.site {
                    p { "Missive is open-source software for letter-writing campaigns. "
                        "We ask only for what a campaign needs, and never show anyone whether an address has signed." }
                    p { a href="/data-sources" { "Data sources and licences" } }
                }
            }
        }
    }
}
