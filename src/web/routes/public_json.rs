//! The public JSON: every campaign, and one campaign with its counts by constituency and by
//! country. Bodies are kept in memory for one count refresh and sent with public cache
//! headers and strong ETags; `If-None-Match` gets a bodiless 304.

use actix_web::{get, web, HttpRequest, HttpResponse};
use chrono::Utc;

use crate::db::models::{campaign, campaign_update, official_response};
use crate::domain::Slug;
use crate::web::api::http_cache::{self, JsonBody};
use crate::web::api::{public, ApiError};
use crate::web::state::AppState;

/// Registers the routes; call before `/campaigns/{slug}` so `{slug}.json` is matched first.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(campaigns).service(campaign_json);
}

/// `GET /campaigns.json`: every campaign, newest first.
#[get("/campaigns.json")]
pub async fn campaigns(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let interval = state.settings.count_interval();
    let body = state
        .public_json
        .get_or_build("/campaigns.json", interval, || async {
            let all = state.db.read(campaign::list).await?;
            let now = Utc::now().naive_utc();
            let campaigns = all
                .iter()
                .map(|c| public::summary(c, state.count_of(&c.slug), &state.base_url, now))
                .collect();
            Ok::<_, ApiError>(Some(JsonBody::of(&public::CampaignList { campaigns })?))
        })
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(http_cache::respond(
        &req,
        &body,
        &http_cache::cache_control(interval),
    ))
}

/// `GET /campaigns/{slug}.json`: the campaign, its count and its counts by place.
#[get("/campaigns/{slug}.json")]
pub async fn campaign_json(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = Slug::parse(&slug).map_err(|_| ApiError::NotFound)?;
    let interval = state.settings.count_interval();
    let key = format!("/campaigns/{slug}.json");
    let body = state
        .public_json
        .get_or_build(&key, interval, || async {
            let wanted = slug.clone();
            let now = Utc::now().naive_utc();
            let found = state
                .db
                .read(move |conn| {
                    let Some(c) = campaign::find_by_slug(conn, wanted.as_str())? else {
                        return Ok(None);
                    };
                    let places = public::places(conn, c.id)?;
                    let updates = campaign_update::published(conn, c.id, now)?;
                    let responses = official_response::for_campaign(conn, c.id)?;
                    Ok(Some((c, places, updates, responses)))
                })
                .await?;
            let Some((c, places, updates, responses)) = found else {
                return Ok(None);
            };
            let count = state.counts.get(&c.slug);
            let detail = public::detail(
                &c,
                count,
                places,
                &updates,
                &responses,
                &state.base_url,
                now,
            );
            Ok::<_, ApiError>(Some(JsonBody::of(&detail)?))
        })
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(http_cache::respond(
        &req,
        &body,
        &http_cache::cache_control(interval),
    ))
}
