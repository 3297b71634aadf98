//! Responders: an HTML page with a status, and the 303 that answers a form that worked.

use actix_web::http::header::ContentType;
use actix_web::HttpResponse;
use maud::Markup;

/// An HTML page with the given status.
pub fn html(status: actix_web::http::StatusCode, page: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(page.into_string())
}

/// A 303 to `location`: the answer to a form that worked.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location))
        .finish()
}

/// An HTML response with the English error page for `kind`, marked so that
/// `web::not_found::localise` can write it again in the visitor's language.
pub fn error_page(
    status: actix_web::http::StatusCode,
    kind: crate::views::errors::Kind,
) -> actix_web::HttpResponse {
    let mut response = html(status, crate::views::errors::page(&kind));
    response.extensions_mut().insert(kind);
    response
}
