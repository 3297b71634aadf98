//! `GET /campaigns/{slug}/versions`: every version of a campaign's letter, so that anyone
//! can read the text people signed before an edit.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpResponse};

use crate::db::models::letter_version;
use crate::i18n::Lang;
use crate::views;
use crate::web::error::AppError;
use crate::web::routes::{campaigns::load, html};
use crate::web::state::AppState;

#[get("/campaigns/{slug}/versions")]
pub async fn versions(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    let id = campaign.id;
    let all = state
        .db
        .read(move |conn| letter_version::all(conn, id))
        .await?;
    Ok(html(
        StatusCode::OK,
        views::letter_versions::page(lang, &campaign, &all),
    ))
}
