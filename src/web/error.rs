//! The web layer's error type and policy: handlers return `Result<_, AppError>`; a missing
//! thing is a 404 page, anything unexpected is logged in full and shown as a plain 500 page
//! that reveals nothing of the cause.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::db::DbError;
use crate::views::errors::Kind;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// A staff page without a valid session: sent to the login page.
    #[error("sign-in required")]
    SignInRequired,
    /// Signed in, but the role does not reach this area.
    #[error("forbidden")]
    Forbidden,
    /// A state-changing staff request without a valid CSRF token or from another site.
    #[error("request refused: CSRF check failed")]
    Csrf,
    /// A body that could not be read as the form it should be.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// A body over its limit (see `http_limits`).
    #[error("request body too large")]
    TooLarge,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<crate::auth::AuthError> for AppError {
    fn from(error: crate::auth::AuthError) -> AppError {
        match error {
            crate::auth::AuthError::Db(db) => AppError::Db(db),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::SignInRequired => StatusCode::SEE_OTHER,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Db(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let kind = match self {
            AppError::NotFound => Kind::NotFound,
            AppError::SignInRequired => {
                return HttpResponse::SeeOther()
                    .insert_header(("Location", "/staff/login"))
                    .insert_header(("Cache-Control", "no-store"))
                    .finish();
            }
            AppError::Forbidden => Kind::Forbidden,
            AppError::Csrf => Kind::Csrf,
            AppError::BadRequest(_) => Kind::BadRequest,
            AppError::TooLarge => Kind::TooLarge,
            AppError::Db(error) => {
                tracing::error!(%error, "request failed");
                Kind::ServerError
            }
            AppError::Internal(error) => {
                tracing::error!(%error, "request failed");
                Kind::ServerError
            }
        };
        // English here (no request at hand); `web::not_found::localise` writes it again in
        // the visitor's language.
        crate::web::respond::error_page(self.status_code(), kind)
    }
}
