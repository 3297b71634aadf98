//! Pages about the site itself.

use actix_web::{get, HttpResponse};

use super::html;
use crate::views;

/// `GET /data-sources`: where the shipped data comes from, and its licences.
#[get("/data-sources")]
pub async fn data_sources(lang: crate::i18n::Lang) -> HttpResponse {
    let locale = views::layout::Locale {
        lang,
        path: "/data-sources",
    };
    html(
        actix_web::http::StatusCode::OK,
        views::data_sources::page(&locale),
    )
}
