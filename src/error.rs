//! The web layer's error type and policy: handlers return `Result<_, AppError>`; a missing
//! thing is a 404 page, anything unexpected is logged in full and shown as a plain 500 page
//! that reveals nothing of the cause.

use actix_web::http::{header::ContentType, StatusCode};
use actix_web::{HttpResponse, ResponseError};

use crate::db::DbError;
use crate::views::errors;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Db(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let page = match self {
            AppError::NotFound => errors::not_found(),
            AppError::Db(error) => {
                tracing::error!(%error, "request failed");
                errors::server_error()
            }
        };
        HttpResponse::build(self.status_code())
            .content_type(ContentType::html())
            .body(page.into_string())
    }
}
