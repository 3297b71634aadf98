//! `GET /campaign-images/{sha256}`: an uploaded campaign photo, named by its content's hash,
//! so it is cached for a year and never changes.

use actix_web::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use actix_web::http::StatusCode;
use actix_web::{get, web, HttpRequest, HttpResponse};

use crate::campaigns::images;
use crate::db::models::campaign_image as stored;
use crate::web::error::AppError;
use crate::web::state::AppState;

const FOREVER: &str = "public, max-age=31536000, immutable";

#[get("/campaign-images/{sha256}")]
pub async fn image(
    state: web::Data<AppState>,
    req: HttpRequest,
    sha256: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let sha256 = sha256.into_inner();
    if !images::is_name(&sha256) {
        return Ok(not_found());
    }
    let etag = format!("\"{sha256}\"");
    let cached = req
        .headers()
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == etag));
    if cached {
        return Ok(HttpResponse::NotModified()
            .insert_header((ETAG, etag))
            .insert_header((CACHE_CONTROL, FOREVER))
            .finish());
    }
    let found = state
        .db
        .read(move |conn| stored::find(conn, &sha256))
        .await?;
    Ok(match found {
        Some(image) => HttpResponse::Ok()
            .content_type(image.content_type)
            .insert_header((ETAG, etag))
            .insert_header((CACHE_CONTROL, FOREVER))
            .insert_header(("X-Content-Type-Options", "nosniff"))
            .body(image.bytes),
        None => not_found(),
    })
}

fn not_found() -> HttpResponse {
    crate::web::respond::error_page(StatusCode::NOT_FOUND, crate::views::errors::Kind::NotFound)
}
