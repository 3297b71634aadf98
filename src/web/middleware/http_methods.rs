//! HTTP's methods, site-wide and in one place (RFC 9110): HEAD is answered wherever GET is,
//! as GET without the body; the public JSON answers CORS preflights (OPTIONS); a known path
//! asked with a method it does not take gets 405 with `Allow`; an unknown path stays a 404.
//!
//! Which methods a path takes is what actix's own routing found: each route's method guard
//! records its method when the path matches, and a resource with no routes of its own
//! answers 405 with those methods in `Allow` (or without `Allow` when no route matched the
//! path at all). [`configure`] registers such a resource after every other route, so it
//! sees exactly the requests nothing else took, and [`answer_unrouted`] turns its answer
//! into the site's.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::{from_fn, Next};
use actix_web::{web, HttpResponse};

use crate::views::errors;

/// How long a browser may keep a preflight's answer.
const PREFLIGHT_MAX_AGE: &str = "86400";
/// What the public JSON takes, every path of it being GET-only.
const CORS_METHODS: &str = "GET, HEAD, OPTIONS";

/// What GET routes imply: HEAD is routed as a GET, and the HTTP layer sends the response's
/// head (its length included) without the body. A CORS preflight (OPTIONS) on the public
/// JSON is routed as a GET too, and answered as the preflight when the GET would succeed:
/// a path that would be a 404 stays one.
pub async fn implied_methods(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let method = req.method().clone();
    let preflight_asked = method == Method::OPTIONS && takes_cors(req.path());
    if method == Method::HEAD || preflight_asked {
        req.head_mut().method = Method::GET;
    }
    let response = next.call(req).await?.map_into_boxed_body();
    let served = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    if preflight_asked && served {
        return Ok(response.into_response(preflight()));
    }
    Ok(response)
}

/// Registers the resource that takes what no route took; call after every other route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/{unrouted:.*}").wrap(from_fn(answer_unrouted)));
}

/// The public JSON, which any site may read: the paths CORS applies to.
pub fn takes_cors(path: &str) -> bool {
    path.ends_with(".json") && !path.starts_with("/staff/") && !path.starts_with("/api/")
}

/// The methods in actix's `Allow`, each once, with the ones this site adds: HEAD beside
/// GET, and OPTIONS where CORS applies.
fn allowed(response: &HttpResponse, path: &str) -> Vec<Method> {
    let mut methods: Vec<Method> = Vec::new();
    let listed = response
        .headers()
        .get_all(header::ALLOW)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|method| method.trim().parse::<Method>().ok());
    for method in listed {
        if !methods.contains(&method) {
            methods.push(method);
        }
    }
    if let Some(get) = methods.iter().position(|m| m == Method::GET) {
        if !methods.contains(&Method::HEAD) {
            methods.insert(get + 1, Method::HEAD);
        }
        if takes_cors(path) && !methods.contains(&Method::OPTIONS) {
            methods.push(Method::OPTIONS);
        }
    }
    methods
}

/// The answer to a CORS preflight for the public JSON: any origin may GET it, sending
/// `If-None-Match`.
fn preflight() -> HttpResponse {
    HttpResponse::NoContent()
        .insert_header((header::ALLOW, CORS_METHODS))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_METHODS, CORS_METHODS))
        .insert_header((header::ACCESS_CONTROL_ALLOW_HEADERS, "If-None-Match"))
        .insert_header((header::ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE))
        .finish()
}

/// Turns the catch-all resource's 405 into the site's answer: a 404 page for a path no
/// route has, or a 405 page with `Allow`. (On the API and the public
/// JSON, `api::problem` then gives these their problem shape.)
pub async fn answer_unrouted(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let path = req.path().to_owned();
    let response = next.call(req).await?.map_into_boxed_body();
    let methods = allowed(response.response(), &path);
    if methods.is_empty() {
        let page = crate::web::respond::error_page(StatusCode::NOT_FOUND, errors::Kind::NotFound);
        return Ok(response.into_response(page));
    }
    let allow = methods
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let mut page = crate::web::respond::error_page(
        StatusCode::METHOD_NOT_ALLOWED,
        errors::Kind::MethodNotAllowed(allow.clone()),
    );
    if let Ok(value) = HeaderValue::from_str(&allow) {
        page.headers_mut().insert(header::ALLOW, value);
    }
    Ok(response.into_response(page))
}
