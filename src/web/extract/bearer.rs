//! Who is calling the organisers' API: a bearer token (`Authorization: Bearer <token>`, or
//! Action Network's `OSDI-API-Token: <token>` header), found by the SHA-256 of its secret
//! and compared again in constant time. Missing, malformed, unknown or revoked: 401.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use chrono::{TimeDelta, Utc};

use crate::auth::ApiClient;
use crate::db::models::api_token;
use crate::domain::SecretToken;
use crate::web::api::ApiError;
use crate::web::state::AppState;

/// A token's last use is recorded at most this often, to spare the database a write per call.
const TOUCH_EVERY: TimeDelta = TimeDelta::seconds(60);

/// The token text the request carries, if any.
fn presented(req: &HttpRequest) -> Option<String> {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(value) = header("authorization") {
        let (scheme, token) = value.trim().split_once(' ')?;
        return scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim().to_owned());
    }
    header("osdi-api-token").map(|token| token.trim().to_owned())
}

impl FromRequest for ApiClient {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<ApiClient, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = presented(req);
        let anything_sent = req.headers().contains_key("authorization")
            || req.headers().contains_key("osdi-api-token");
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::Internal("no app state".into()))?;
            let refused = ApiError::Unauthorized {
                presented: anything_sent,
            };
            let Some(secret) = token.and_then(|t| SecretToken::parse(&t).ok()) else {
                return Err(refused);
            };
            let hash = secret.hash();
            let found = state
                .db
                .read(move |conn| api_token::find_active(conn, &hash))
                .await?;
            let Some(active) = found else {
                return Err(refused);
            };
            let now = Utc::now().naive_utc();
            let since = now - TOUCH_EVERY;
            let stale = match active.last_used_at {
                Some(used) => used < since,
                None => true,
            };
            if stale {
                let id = active.id;
                let touched = state
                    .db
                    .write(move |conn| api_token::touch(conn, id, now, since))
                    .await;
                if let Err(error) = touched {
                    tracing::warn!(%error, "could not record an API token's use");
                }
            }
            Ok(ApiClient {
                token_id: active.id,
                campaign_ids: active.campaign_ids,
                contacts: active.contacts,
                maker_id: active.maker_id,
                maker_email: active.maker_email,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::presented;

    #[test]
    fn reads_bearer_in_any_case_and_the_osdi_header() {
        let with = |name: &str, value: &str| {
            presented(
                &TestRequest::default()
                    .insert_header((name.to_owned(), value.to_owned()))
                    .to_http_request(),
            )
        };
        assert_eq!(with("Authorization", "Bearer abc").as_deref(), Some("abc"));
        assert_eq!(
            with("Authorization", "bearer  abc ").as_deref(),
            Some("abc")
        );
        assert_eq!(with("Authorization", "Basic abc"), None);
        assert_eq!(with("Authorization", "Bearer"), None);
        assert_eq!(with("OSDI-API-Token", "abc").as_deref(), Some("abc"));
        assert_eq!(presented(&TestRequest::default().to_http_request()), None);
    }
}
