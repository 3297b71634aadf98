//! Error pages, in plain words, in the visitor's language.
//!
//! A handler or middleware that has no request at hand (`AppError::error_response`) renders
//! the English page and marks the response with its [`Kind`]; `web::not_found::localise`
//! then renders the same page again in the visitor's language.

use maud::{html, Markup};

use super::layout::{self, Locale};
use crate::i18n::Lang;

/// Which error page a response is (kept in the response's extensions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    NotFound,
    /// A 404 under `/staff/`: back to the staff home rather than the featured letter.
    StaffNotFound,
    BadRequest,
    ServerError,
    NoCampaigns,
    Forbidden,
    Csrf,
    TooLarge,
    HeadersTooLarge,
    /// A 405; the methods the address does take.
    MethodNotAllowed(String),
}

/// The page for `kind` in `locale.lang`.
pub fn page_in(locale: &Locale<'_>, kind: &Kind) -> Markup {
    let lang = locale.lang;
    let (title, body) = words(lang, kind);
    layout::localised(locale, &title, html! {}, body)
}

/// The page for `kind` in English (no alternates: the middleware replaces it with the
/// visitor's language).
pub fn page(kind: &Kind) -> Markup {
    let (title, body) = words(Lang::En, kind);
    layout::page(&title, body)
}

fn words(lang: Lang, kind: &Kind) -> (String, Markup) {
    let home = html! { p { a href="/" { (lang.t("public-error-home")) } } };
    let staff_home = html! { p { a href="/staff" { (lang.t("public-error-staff-home")) } } };
    let plain = |title: &str, heading: &str, text: &str, link: Option<&Markup>| {
        (
            lang.t(title),
            html! {
                section.notice {
                    h1 { (lang.t(heading)) }
                    p { (lang.t(text)) }
                    @if let Some(link) = link { (link) }
                }
            },
        )
    };
    match kind {
        Kind::NotFound => plain(
            "public-error-not-found-title",
            "public-error-not-found-title",
            "public-error-not-found",
            Some(&home),
        ),
        Kind::StaffNotFound => plain(
            "public-error-not-found-title",
            "public-error-staff-not-found-heading",
            "public-error-staff-not-found",
            Some(&staff_home),
        ),
        Kind::BadRequest => plain(
            "public-error-bad-request-title",
            "public-error-bad-request-heading",
            "public-error-bad-request",
            None,
        ),
        Kind::ServerError => plain(
            "public-error-server-title",
            "public-error-server-heading",
            "public-error-server",
            None,
        ),
        Kind::NoCampaigns => (
            lang.t("public-error-no-campaigns"),
            html! {
                section.notice {
                    h1 { (lang.t("public-error-no-campaigns")) }
                    p { (lang.markup("public-error-no-campaigns-how", &[
                        ("command", html! { code { "missive campaign import FILE" } }.into()),
                    ])) }
                }
            },
        ),
        Kind::Forbidden => plain(
            "public-error-forbidden-title",
            "public-error-forbidden-heading",
            "public-error-forbidden",
            Some(&staff_home),
        ),
        Kind::Csrf => plain(
            "public-error-csrf-title",
            "public-error-csrf-heading",
            "public-error-csrf",
            None,
        ),
        Kind::TooLarge => plain(
            "public-error-too-large-title",
            "public-error-too-large-heading",
            "public-error-too-large",
            None,
        ),
        Kind::HeadersTooLarge => plain(
            "public-error-headers-title",
            "public-error-headers-heading",
            "public-error-headers",
            None,
        ),
        Kind::MethodNotAllowed(allow) => (
            lang.t("public-error-method-title"),
            html! {
                section.notice {
                    h1 { (lang.t("public-error-method-heading")) }
                    p { (lang.markup("public-error-method", &[
                        ("allow", html! { code { (allow) } }.into()),
                    ])) }
                    (home)
                }
            },
        ),
    }
}

pub fn not_found() -> Markup {
    page(&Kind::NotFound)
}

/// A 404 under `/staff/`: back to the staff home rather than the featured letter.
pub fn staff_not_found() -> Markup {
    page(&Kind::StaffNotFound)
}

pub fn bad_request() -> Markup {
    page(&Kind::BadRequest)
}

pub fn server_error() -> Markup {
    page(&Kind::ServerError)
}

pub fn no_campaigns() -> Markup {
    page(&Kind::NoCampaigns)
}

pub fn forbidden() -> Markup {
    page(&Kind::Forbidden)
}

pub fn csrf() -> Markup {
    page(&Kind::Csrf)
}

pub fn too_large() -> Markup {
    page(&Kind::TooLarge)
}

pub fn headers_too_large() -> Markup {
    page(&Kind::HeadersTooLarge)
}

/// For a request with a method the address does not take (405); `allow` lists those it does.
pub fn method_not_allowed(allow: &str) -> Markup {
    page(&Kind::MethodNotAllowed(allow.to_owned()))
}
