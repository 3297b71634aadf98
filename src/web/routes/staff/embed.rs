//! The organiser's "Embed and share" page for a campaign.

use actix_web::http::header::{HeaderValue, CACHE_CONTROL};
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use crate::auth::Staff;
use crate::views::staff::embed as view;
use crate::web::error::AppError;
use crate::web::routes::{campaigns::load, html};
use crate::web::state::AppState;

/// `GET /staff/campaigns/{slug}/embed`: the counter's `<iframe>` code, a preview, share links.
pub async fn page(
    state: web::Data<AppState>,
    staff: Staff,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    let mut response = html(
        StatusCode::OK,
        view::page(&staff, &campaign, &state.base_url),
    );
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
