//! The embeddable counter, the one page other sites may put in an `<iframe>`.

use actix_web::http::header::{ContentType, CONTENT_SECURITY_POLICY};
use actix_web::{get, web, HttpResponse};
use chrono::Utc;

use super::campaigns;
use crate::i18n::Lang;
use crate::views;
use crate::web::error::AppError;
use crate::web::middleware::security_headers::EMBED_CONTENT_SECURITY_POLICY;
use crate::web::state::AppState;

/// `GET /campaigns/{slug}/embed`: headline, count, progress and a "Sign" link. It sends
/// its own Content-Security-Policy (`frame-ancestors *`), so it gets no `X-Frame-Options`;
/// cacheable for a few seconds, as the page script keeps the count fresh.
#[get("/campaigns/{slug}/embed")]
pub async fn embed(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let count = state.count_of(&campaign.slug);
    let shown = campaigns::shown_in(&state, &campaign, lang).await?;
    let page = views::embed::page(lang, &shown.campaign, count, Utc::now().naive_utc());
    Ok(HttpResponse::Ok()
        .content_type(ContentType::html())
        .insert_header((CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY))
        .insert_header(("Cache-Control", "public, max-age=5"))
        .body(page.into_string()))
}
