//! The page frame every view sits in: `<html lang>`, the `hreflang` alternates, the
//! language switcher, header, skip link and footer, in the page's language.

use maud::{html, Markup, DOCTYPE};

use crate::i18n::Lang;

/// The site's icon, linked from every page's `<head>` (and served at `/favicon.ico`).
pub const FAVICON: &str = "/static/favicon.svg";

/// The language a page is written in, and its path (no query): the same page in each
/// language is `path?lang=xx`, one link away and shareable.
#[derive(Debug, Clone, Copy)]
pub struct Locale<'a> {
    pub lang: Lang,
    pub path: &'a str,
}

/// A whole English page: the error pages, which `web::not_found::localise` writes again
/// in the visitor's language. `title` names it in the tab, `body` fills `<main>`.
pub fn page(title: &str, body: Markup) -> Markup {
    frame(Lang::En, None, title, html! {}, body)
}

/// A page in `locale.lang`, with its `hreflang` alternates (each language and
/// `x-default`, the page without a choice).
pub fn localised(locale: &Locale<'_>, title: &str, head: Markup, body: Markup) -> Markup {
    frame(locale.lang, Some(locale.path), title, head, body)
}

fn frame(lang: Lang, path: Option<&str>, title: &str, head: Markup, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.html_lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Missive" }
                link rel="icon" href=(FAVICON) type="image/svg+xml";
                link rel="stylesheet" href="/static/missive.css";
                @if let Some(path) = path {
                    @for other in Lang::ALL {
                        link rel="alternate" hreflang=(other.code()) href={ (path) "?lang=" (other.code()) };
                    }
                    link rel="alternate" hreflang="x-default" href=(path);
                }
                (head)
            }
            body {
                a.skip href="#main" { (lang.t("site-skip")) }
                header.site {
                    a.brand href="/" { "Missive" }
                    span.tagline { (lang.t("site-tagline")) }
                    (switcher(lang, path.unwrap_or("")))
                }
                main #main { (body) }
                footer.site {
                    p { (lang.t("site-footer-about")) }
                    p { a href="/data-sources" { (lang.t("site-footer-sources")) } }
                }
            }
        }
    }
}

/// Plain links (no script): each language's name in itself, in that language, the page's
/// own marked as current.
fn switcher(lang: Lang, path: &str) -> Markup {
    html! {
        nav.languages aria-label=(lang.t("site-languages")) {
            ul {
                @for other in Lang::ALL {
                    li {
                        a href={ (path) "?lang=" (other.code()) } hreflang=(other.code())
                            lang=(other.html_lang())
                            aria-current=[(other == lang).then_some("true")] { (other.autonym()) }
                    }
                }
            }
        }
    }
}
