//! Files from `static/`, built into the binary so it deploys as one file.

use actix_web::{get, web, HttpResponse};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Assets;

/// `GET /static/{path}`: an embedded file, cacheable for an hour.
#[get("/static/{path:.*}")]
pub async fn asset(path: web::Path<String>) -> HttpResponse {
    serve(&path)
}

fn serve(path: &str) -> HttpResponse {
    match Assets::get(path) {
        Some(file) => HttpResponse::Ok()
            .content_type(file.metadata.mimetype())
            .insert_header(("Cache-Control", "public, max-age=3600"))
            .body(file.data.into_owned()),
        None => crate::web::respond::error_page(
            actix_web::http::StatusCode::NOT_FOUND,
            crate::views::errors::Kind::NotFound,
        ),
    }
}

/// `GET /favicon.ico`: browsers and crawlers ask for it without reading the page; the
/// site's icon is an SVG, so that is what it gets.
#[get("/favicon.ico")]
pub async fn favicon() -> HttpResponse {
    serve("favicon.svg")
}
