//! HTTP caching for the public JSON, in the spirit of the UK petitions site: shared caches
//! may keep a response for one count refresh, serve it stale while they revalidate or
//! while the site is failing, and revalidate by strong ETag (a hash of the body), which
//! costs a bodiless 304 when nothing changed.

use std::time::Duration;

use actix_web::http::header::{self, ContentType};
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// A JSON body ready to send, and its strong ETag.
#[derive(Debug, Clone)]
pub struct JsonBody {
    pub bytes: web::Bytes,
    pub etag: String,
}

impl JsonBody {
    pub fn of(value: &impl Serialize) -> Result<JsonBody, serde_json::Error> {
        let bytes = serde_json::to_vec(value)?;
        Ok(JsonBody {
            etag: strong_etag(&bytes),
            bytes: web::Bytes::from(bytes),
        })
    }
}

/// `"<first 128 bits of the body's SHA-256, hex>"`: the same body always has the same tag.
pub fn strong_etag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Cache-Control for figures refreshed every `interval`: fresh for that long (whole
/// seconds, at least 1), then usable stale for 5× as long while revalidating, and 60× as
/// long while the site answers with errors.
pub fn cache_control(interval: Duration) -> String {
    let max_age = u64::try_from(interval.as_millis().div_ceil(1000))
        .unwrap_or(u64::MAX)
        .max(1);
    format!(
        "public, max-age={max_age}, stale-while-revalidate={}, stale-if-error={}",
        max_age.saturating_mul(5),
        max_age.saturating_mul(60)
    )
}

/// True when the request's `If-None-Match` names `etag`, or is `*`. The comparison is the
/// weak one RFC 9110 asks for here, so `W/"…"` matches too.
pub fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

/// 200 with the body, or a bodiless 304 when the client's copy is current; both with the
/// ETag and the public cache policy. Public data only: any site may read it (CORS).
pub fn respond(req: &HttpRequest, body: &JsonBody, cache_control: &str) -> HttpResponse {
    let unchanged = not_modified(req, &body.etag);
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, body.etag.clone()))
        .insert_header((header::CACHE_CONTROL, cache_control.to_owned()))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
    if unchanged {
        response.finish()
    } else {
        response
            .content_type(ContentType::json())
            .body(body.bytes.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_age_follows_the_refresh_interval_in_whole_seconds() {
        assert_eq!(
            cache_control(Duration::from_millis(500)),
            "public, max-age=1, stale-while-revalidate=5, stale-if-error=60"
        );
        assert!(cache_control(Duration::from_millis(2_100)).starts_with("public, max-age=3,"));
        assert!(cache_control(Duration::ZERO).contains("max-age=1,"));
    }

    #[test]
    fn etags_are_strong_quoted_and_follow_the_body() {
        let a = strong_etag(b"{\"n\":1}");
        assert!(a.starts_with('"') && a.ends_with('"') && a.len() == 34);
        assert_eq!(a, strong_etag(b"{\"n\":1}"));
        assert_ne!(a, strong_etag(b"{\"n\":2}"));
    }

    #[test]
    fn if_none_match_accepts_lists_weak_tags_and_star() {
        let tag = strong_etag(b"x");
        let with = |value: &str| {
            actix_web::test::TestRequest::default()
                .insert_header((header::IF_NONE_MATCH, value.to_owned()))
                .to_http_request()
        };
        assert!(not_modified(&with(&tag), &tag));
        assert!(not_modified(&with(&format!("\"other\", W/{tag}")), &tag));
        assert!(not_modified(&with("*"), &tag));
        assert!(!not_modified(&with("\"other\""), &tag));
        let none = actix_web::test::TestRequest::default().to_http_request();
        assert!(!not_modified(&none, &tag));
    }
}
