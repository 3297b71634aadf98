//! `GET /api/v1/openapi.json`: the OpenAPI document the API and the public JSON follow
//! (`docs/openapi.json`, built into the binary), naming this server under `servers`.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::web::api::http_cache::{self, JsonBody};
use crate::web::api::ApiError;
use crate::web::state::AppState;

pub const DOCUMENT: &str = include_str!("../../../docs/openapi.json");

/// The document, public and cacheable like the rest of the public JSON.
#[get("/api/v1/openapi.json")]
pub async fn openapi(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let interval = state.settings.count_interval();
    let body = state
        .public_json
        .get_or_build("/api/v1/openapi.json", interval, || async {
            let mut document: Value = serde_json::from_str(DOCUMENT)?;
            document["servers"] = json!([{ "url": state.base_url, "description": "This server" }]);
            Ok::<_, ApiError>(Some(JsonBody::of(&document)?))
        })
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(http_cache::respond(
        &req,
        &body,
        &http_cache::cache_control(interval),
    ))
}
