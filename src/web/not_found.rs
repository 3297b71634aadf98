//! Not-found answers in one place: a path segment that does not parse (`/staff/moderation/abc`)
//! is the plain 404 page, and a 404 page under `/staff/` says so and leads back to the staff home.
//! Error pages come out in the visitor's language ([`localise`]).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::CONTENT_TYPE;
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};

use crate::i18n::Lang;
use crate::views::errors::{self, Kind};
use crate::views::layout::Locale;
use crate::web::error::AppError;

/// A path parameter that is not what the route takes (an id that is not a number) names
/// nothing: a 404, never actix's parse error.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_error, _req| AppError::NotFound.into())
}

/// Marks a 404 page that says something of its own (a reset link that no longer works), so
/// that the staff 404 does not replace it.
struct OwnPage;

/// A 404 page of a handler's own, kept as it is under `/staff/`.
pub fn own_page(mut response: HttpResponse) -> HttpResponse {
    response.extensions_mut().insert(OwnPage);
    response
}

/// Writes an error page again in the visitor's language (handlers' errors are rendered in
/// English, without the request: see `views::errors`), and swaps the plain 404 page under
/// `/staff/` for the staff one. The response keeps its status and headers.
pub async fn localise(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let staff = req.path().starts_with("/staff/");
    let lang = crate::web::extract::language::chosen(req.request());
    let path = req.path().to_owned();
    let response = next.call(req).await?.map_into_boxed_body();
    let is_page = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    let own = response.response().extensions().get::<OwnPage>().is_some();
    if !is_page || own {
        return Ok(response);
    }
    let marked = response.response().extensions().get::<Kind>().cloned();
    let kind = match marked {
        _ if staff && response.status() == StatusCode::NOT_FOUND => Kind::StaffNotFound,
        Some(kind) if lang != Lang::En => kind,
        _ => return Ok(response),
    };
    let page = errors::page_in(&Locale { lang, path: &path }, &kind).into_string();
    Ok(response.map_body(|_, _| BoxBody::new(page)))
}
