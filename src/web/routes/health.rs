//! Health check for load balancers and deploy scripts.

use actix_web::{get, web, HttpResponse};
use diesel::connection::SimpleConnection;

use crate::web::error::AppError;
use crate::web::state::AppState;

/// `GET /health`: 200 "ok" when the database answers.
#[get("/health")]
pub async fn health(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    state
        .db
        .read(|conn| Ok(conn.batch_execute("SELECT 1")?))
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .body("ok"))
}
