//! Remembers a language chosen with `?lang=xx` (the switcher's links) in the `lang`
//! cookie, and tells caches that HTML pages vary with the language a visitor asks for.

use actix_web::body::MessageBody;
use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderValue, CONTENT_TYPE, VARY};
use actix_web::middleware::Next;

use crate::web::extract::language::{asked, COOKIE};

/// How long a chosen language is remembered.
const LIFETIME: Duration = Duration::days(365);

pub async fn remember(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let chosen = asked(req.request());
    let mut response = next.call(req).await?;
    if let Some(lang) = chosen {
        let cookie = Cookie::build(COOKIE, lang.code())
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .max_age(LIFETIME)
            .finish();
        response.response_mut().add_cookie(&cookie)?;
    }
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if html {
        response
            .headers_mut()
            .append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    Ok(response)
}
