//! Staff sessions: an encrypted cookie (no server state, so instances scale out) holding
//! who signed in, when, and their CSRF token. Every request re-checks the account, so a
//! disabled account or a changed password ends its sessions at once.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use base64::Engine;
use chrono::Utc;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::auth::Staff;
use crate::db::models::user::{self, User};
use crate::web::error::AppError;
use crate::web::middleware::http_limits::STAFF_FORM_LIMIT;
use crate::web::state::AppState;

const UID: &str = "uid";
const EPOCH: &str = "epoch";
const ISSUED: &str = "iat";
const SEEN: &str = "seen";
const CSRF: &str = "csrf";
const LOGIN_CSRF: &str = "login_csrf";
const ISSUED_TOKEN: &str = "issued_token";
/// How long a just-created API token's secret waits in the session for the page that shows it.
const ISSUED_TOKEN_SECONDS: i64 = 600;
/// How often the "last seen" time is refreshed (a new cookie each time).
const SEEN_GRANULARITY: i64 = 60;

/// Starts a session for `user`: a new session identity (no fixation), a new CSRF token.
pub fn start(session: &Session, user: &User) -> Result<(), AppError> {
    session.clear();
    session.renew();
    let now = Utc::now().timestamp();
    let token = new_token();
    let insert = |key: &str, value: serde_json::Value| {
        session
            .insert(key, value)
            .map_err(|e| AppError::Internal(e.to_string()))
    };
    insert(UID, user.id.into())?;
    insert(EPOCH, user.session_epoch.into())?;
    insert(ISSUED, now.into())?;
    insert(SEEN, now.into())?;
    insert(CSRF, token.into())?;
    Ok(())
}

pub fn end(session: &Session) {
    session.purge();
}

/// The sign-in form's CSRF token, kept in a session cookie made before anyone signs in
/// (signing in starts a new session without it). The same token while the cookie lasts,
/// so two open sign-in tabs both work.
pub fn login_token(session: &Session) -> Result<String, AppError> {
    if let Some(token) = read::<String>(session, LOGIN_CSRF) {
        return Ok(token);
    }
    let token = new_token();
    session
        .insert(LOGIN_CSRF, &token)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(token)
}

/// Whether `submitted` is this browser's sign-in token.
pub fn login_token_matches(session: &Session, submitted: &str) -> bool {
    read::<String>(session, LOGIN_CSRF)
        .is_some_and(|token| constant_time_eq(submitted.as_bytes(), token.as_bytes()))
}

/// Keeps a just-created API token's name and secret in the encrypted session cookie until
/// the page the creation redirects to shows them, once.
pub fn hold_issued_token(session: &Session, name: &str, secret: &str) -> Result<(), AppError> {
    let held = (name, secret, Utc::now().timestamp());
    session
        .insert(ISSUED_TOKEN, held)
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// The held token's name and secret, removed from the session: a second look finds nothing.
pub fn take_issued_token(session: &Session) -> Option<(String, String)> {
    let (name, secret, at) = session
        .remove_as::<(String, String, i64)>(ISSUED_TOKEN)?
        .ok()?;
    let age = Utc::now().timestamp() - at;
    (0..=ISSUED_TOKEN_SECONDS)
        .contains(&age)
        .then_some((name, secret))
}

fn new_token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>())
}

fn read<T: DeserializeOwned>(session: &Session, key: &str) -> Option<T> {
    session.get::<T>(key).ok().flatten()
}

impl FromRequest for Staff {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Staff, AppError>>>>;

    /// The staff member the route's access check (`routes::staff::enforce`) already found,
    /// or, outside that check, the session's staff member looked up again.
    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        if let Some(staff) = req.extensions().get::<Staff>().cloned() {
            return Box::pin(std::future::ready(Ok(staff)));
        }
        let session = req.get_session();
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let path = req.path().to_owned();
        let lang = super::language::chosen(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| AppError::Internal("no app state".into()))?;
            let (Some(uid), Some(epoch), Some(issued), Some(seen), Some(csrf)) = (
                read::<i64>(&session, UID),
                read::<i32>(&session, EPOCH),
                read::<i64>(&session, ISSUED),
                read::<i64>(&session, SEEN),
                read::<String>(&session, CSRF),
            ) else {
                return Err(AppError::SignInRequired);
            };
            let now = Utc::now().timestamp();
            let idle = i64::from(state.settings.session_idle_minutes.max(1)) * 60;
            let max = i64::from(state.settings.session_max_hours.max(1)) * 3600;
            if now - seen > idle || now - issued > max || issued > now + 60 {
                end(&session);
                return Err(AppError::SignInRequired);
            }
            let found = state.db.read(move |conn| user::find(conn, uid)).await?;
            let current = |u: &User| bool::from(u.session_epoch.ct_eq(&epoch));
            let Some(found) = found.filter(|u| !u.disabled && current(u)) else {
                end(&session);
                return Err(AppError::SignInRequired);
            };
            let Some(role) = found.role() else {
                end(&session);
                return Err(AppError::SignInRequired);
            };
            if now - seen >= SEEN_GRANULARITY {
                let _ = session.insert(SEEN, now);
            }
            Ok(Staff {
                id: found.id,
                email: found.email,
                role,
                csrf,
                path,
                lang,
            })
        })
    }
}

/// A state-changing staff request: the signed-in staff member and their form, accepted only
/// with the session's CSRF token and from this site (Origin / Sec-Fetch-Site).
pub struct StaffForm<T> {
    pub staff: Staff,
    pub form: T,
}

impl<T: DeserializeOwned + 'static> FromRequest for StaffForm<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<StaffForm<T>, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let staff = Staff::from_request(&req, &mut Payload::None).await?;
            if !same_site(&req) {
                return Err(AppError::Csrf);
            }
            let bytes = body.await.map_err(|e| {
                if e.as_response_error().status_code() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::TooLarge
                } else {
                    AppError::BadRequest(e.to_string())
                }
            })?;
            if bytes.len() > STAFF_FORM_LIMIT {
                return Err(AppError::TooLarge);
            }
            let submitted = url::form_urlencoded::parse(&bytes)
                .find(|(key, _)| key == "csrf")
                .map(|(_, value)| value.into_owned())
                .unwrap_or_default();
            if !constant_time_eq(submitted.as_bytes(), staff.csrf.as_bytes()) {
                return Err(AppError::Csrf);
            }
            let form = serde_html_form::from_bytes::<T>(&bytes)
                .map_err(|e| AppError::BadRequest(e.to_string()))?;
            Ok(StaffForm { staff, form })
        })
    }
}

/// False when the browser says the request came from another site.
pub fn same_site(req: &HttpRequest) -> bool {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        if !matches!(site, "same-origin" | "none") {
            return false;
        }
    }
    match header("origin") {
        None => true,
        Some(origin) => {
            let base = req
                .app_data::<web::Data<AppState>>()
                .map(|s| s.base_url.clone())
                .unwrap_or_default();
            let conn = req.connection_info();
            let here = format!("{}://{}", conn.scheme(), conn.host());
            origin == base || origin == here
        }
    }
}

/// Equal in a time that does not depend on where the values differ (only on their
/// lengths, which are public).
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn constant_time_eq_compares_whole_values() {
        assert!(super::constant_time_eq(b"abc", b"abc"));
        assert!(!super::constant_time_eq(b"abc", b"abd"));
        assert!(!super::constant_time_eq(b"abc", b"ab"));
        assert!(!super::constant_time_eq(b"", b"a"));
    }
}
