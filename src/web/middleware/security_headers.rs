//! Security headers on every response: a Content-Security-Policy without `unsafe-inline`
//! (scripts and styles come only from `/static/`), no framing, no MIME sniffing, and a
//! Referrer-Policy that keeps private-link tokens from leaking to other sites. HSTS when
//! the site is served over https. The one page other sites may frame, the embeddable
//! counter, sends its own policy (`EMBED_CONTENT_SECURITY_POLICY`) and so no
//! `X-Frame-Options`. Staff pages and private-link pages are never stored by any cache.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{
    HeaderValue, CACHE_CONTROL, CONTENT_SECURITY_POLICY as CSP, X_FRAME_OPTIONS,
};
use actix_web::middleware::{DefaultHeaders, Next};

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
     frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The site's policy, except that any site may frame the page: for `/campaigns/{slug}/embed`.
pub const EMBED_CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
     frame-ancestors *; base-uri 'none'; object-src 'none'";

/// The headers, added to any response that does not set its own.
pub fn headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"));
    if https {
        headers.add((
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}

/// `X-Frame-Options: DENY` on every response that does not set its own
/// Content-Security-Policy: one that does (the embed) decides its own framing. Wrapped
/// inside [`headers`], so it sees each response before the default policy is added.
pub async fn deny_framing(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let mut response = next.call(req).await?;
    if !response.headers().contains_key(CSP) {
        response
            .headers_mut()
            .insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    Ok(response)
}

/// Where pages hold a staff member's view or a private link's token and personal data.
const PRIVATE_PREFIXES: [&str; 3] = ["/staff", "/letters/", "/signatures/confirm/"];

/// `Cache-Control: no-store` on every staff page and private-link page (a letter's link and
/// its print, delete and withdraw pages, a signature's confirmation link), whatever the
/// handler set: one rule for all of them.
pub async fn no_store_private(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let private = is_private(req.path());
    let mut response = next.call(req).await?;
    if private {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(response)
}

fn is_private(path: &str) -> bool {
    PRIVATE_PREFIXES.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| prefix.ends_with('/') || rest.is_empty() || rest.starts_with('/'))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn staff_and_private_link_paths_are_private_and_public_pages_are_not() {
        for path in [
            "/staff",
            "/staff/users",
            "/letters/abc/print/3",
            "/signatures/confirm/x",
        ] {
            assert!(super::is_private(path), "{path}");
        }
        for path in [
            "/",
            "/staffroom",
            "/campaigns/x/letters",
            "/static/missive.css",
        ] {
            assert!(!super::is_private(path), "{path}");
        }
    }

    use super::*;

    #[test]
    fn the_embed_policy_differs_from_the_site_policy_only_in_framing() {
        assert_eq!(
            EMBED_CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *")
        );
    }
}
