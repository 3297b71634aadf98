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
