//! The API's one error type. Every failure is an RFC 9457 problem (`api::problem`) with the
//! right status, never an HTML page; a missing or unusable token is a 401 with a Bearer
//! challenge (RFC 6750). Internal causes are logged, never sent.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};

use super::problem::Problem;

use crate::db::DbError;

/// The Bearer challenge: the realm, and `invalid_token` when a token was sent but is unknown,
/// revoked or malformed.
const CHALLENGE: &str = "Bearer realm=\"missive\"";
const CHALLENGE_INVALID: &str = "Bearer realm=\"missive\", error=\"invalid_token\"";

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No usable token. `presented`: a token was sent, but it is unknown, revoked or malformed.
    #[error("a valid API token is required")]
    Unauthorized { presented: bool },
    #[error("not found")]
    NotFound,
    /// A query the API cannot answer; the message says what to send instead.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<serde_json::Error> for ApiError {
    fn from(error: serde_json::Error) -> ApiError {
        ApiError::Internal(error.to_string())
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Db(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = match self {
            ApiError::Unauthorized { .. } => {
                "A valid API token is required: send the header Authorization: Bearer <token>"
            }
            ApiError::NotFound => "Nothing was found at this address",
            ApiError::BadRequest(message) => message,
            ApiError::Db(_) | ApiError::Internal(_) => {
                tracing::error!(error = %self, "API request failed");
                "Something went wrong on our side; try again later"
            }
        };
        let mut response = Problem::new(self.status_code(), message).response();
        if let ApiError::Unauthorized { presented } = self {
            let challenge = if *presented {
                CHALLENGE_INVALID
            } else {
                CHALLENGE
            };
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static(challenge),
            );
        }
        response
    }
}
