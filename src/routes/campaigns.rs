//! Campaign pages and the public count.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpResponse};
use chrono::Utc;
use serde_json::json;

use super::html;
use crate::db::models::campaign::{self, Campaign};
use crate::domain::Slug;
use crate::error::AppError;
use crate::forms::{sign::SignForm, FieldErrors};
use crate::startup::AppState;
use crate::views;

/// Finds a campaign by the slug in its URL; anything that is not a valid slug is a 404.
pub async fn load(state: &AppState, slug: &str) -> Result<Campaign, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    state
        .db
        .read(move |conn| campaign::find_by_slug(conn, slug.as_str()))
        .await?
        .ok_or(AppError::NotFound)
}

/// The campaign page with an empty sign form.
pub fn fresh_page(state: &AppState, campaign: &Campaign) -> HttpResponse {
    let count = state.count_of(&campaign.slug);
    let form = SignForm::default();
    let errors = FieldErrors::default();
    let page = views::campaign::page(
        campaign,
        count,
        &views::campaign::SignFormState {
            values: &form,
            errors: &errors,
        },
        Utc::now().naive_utc(),
        &state.base_url,
        state.public_stats.get(&campaign.slug).as_deref(),
    );
    html(StatusCode::OK, page)
}

/// `GET /`: the featured campaign.
#[get("/")]
pub async fn front_page(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    match state.db.read(campaign::front_page).await? {
        Some(campaign) => Ok(fresh_page(&state, &campaign)),
        None => Ok(html(StatusCode::OK, views::errors::no_campaigns())),
    }
}

/// `GET /campaigns/{slug}`: one campaign's letter, count and sign form.
#[get("/campaigns/{slug}")]
pub async fn show(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    Ok(fresh_page(&state, &campaign))
}

/// `GET /campaigns/{slug}/count.json`: the confirmed count, from memory, cacheable for one
/// count refresh, with a strong ETag (see `api::http_cache`).
#[get("/campaigns/{slug}/count.json")]
pub async fn count_json(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> HttpResponse {
    use crate::api::http_cache::{self, JsonBody};
    let Some(snapshot) = state.counts.get(&slug) else {
        return HttpResponse::NotFound().json(json!({ "error": "no campaign with this slug" }));
    };
    let body = JsonBody::of(&json!({
        "slug": slug.as_str(),
        "signature_count": snapshot.signature_count,
        "updated_at": snapshot.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }));
    match body {
        Ok(body) => {
            let policy = http_cache::cache_control(state.settings.count_interval());
            http_cache::respond(&req, &body, &policy)
        }
        Err(error) => actix_web::ResponseError::error_response(&crate::api::ApiError::from(error)),
    }
}
