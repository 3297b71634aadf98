//! The organiser dashboard for one campaign (organisers and admins).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::Staff;
use crate::stats::DashboardStats;
use crate::views::staff::dashboard::{self as view, PlaceSort};
use crate::web::error::AppError;
use crate::web::routes::{campaigns::load, html};
use crate::web::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DashboardQuery {
    /// `count` (the default) or `name`: how the place tables are ordered.
    sort: Option<String>,
}

/// `GET /staff/campaigns/{slug}/dashboard`: the campaign's counts, charts and tables.
pub async fn dashboard(
    state: web::Data<AppState>,
    staff: Staff,
    slug: web::Path<String>,
    query: web::Query<DashboardQuery>,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    let sort = PlaceSort::parse(query.sort.as_deref());
    let now = Utc::now().naive_utc();
    let loaded = campaign.clone();
    let stats = state
        .db
        .read(move |conn| DashboardStats::load(conn, &loaded, now))
        .await?;
    let mut response = html(StatusCode::OK, view::page(&staff, &campaign, &stats, sort));
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}
