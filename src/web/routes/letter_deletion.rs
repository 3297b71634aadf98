//! Deleting a letter from its private link: a page that asks (saying what cannot be
//! undone), then a POST that does it.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use super::{campaigns, html, see_other};
use crate::db::models::erasure::person::{self, LetterDeleted};
use crate::db::models::{campaign, letter};
use crate::domain::SecretToken;
use crate::i18n::Lang;
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;

/// `GET /letters/{token}/delete`: asks whether to delete.
#[get("/letters/{token}/delete")]
pub async fn delete_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let secret = SecretToken::parse(&token).map_err(|_| AppError::NotFound)?;
    let found = state
        .db
        .read(move |conn| {
            let Some(stored) = letter::find_by_token(conn, &secret.hash())? else {
                return Ok(None);
            };
            let campaign = campaign::find_by_id(conn, stored.campaign_id)?;
            Ok(campaign.map(|c| (stored.status(), c.headline)))
        })
        .await?;
    let (status, headline) = found.ok_or(AppError::NotFound)?;
    Ok(html(
        StatusCode::OK,
        views::privacy::delete_prompt(
            &views::layout::Locale {
                lang,
                path: &format!("/letters/{token}/delete"),
            },
            &token,
            &headline,
            status,
        ),
    ))
}

/// `POST /letters/{token}/delete`: deletes, then says so.
#[post("/letters/{token}/delete")]
pub async fn delete(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let secret = SecretToken::parse(&token).map_err(|_| AppError::NotFound)?;
    let now = Utc::now().naive_utc();
    let done = state
        .db
        .write(move |conn| {
            let Some(stored) = letter::find_by_token(conn, &secret.hash())? else {
                return Ok(None);
            };
            let Some(campaign) = campaign::find_by_id(conn, stored.campaign_id)? else {
                return Ok(None);
            };
            Ok(person::delete_letter(conn, stored.id, now)?.map(|how| (campaign.slug, how)))
        })
        .await?;
    let (slug, how) = done.ok_or(AppError::NotFound)?;
    tracing::info!(?how, "letter deleted by its writer");
    state.db.scrub_soon();
    let query = match how {
        LetterDeleted::Entirely => "",
        LetterDeleted::AfterSending => "?sent=yes",
    };
    Ok(see_other(&format!(
        "/campaigns/{slug}/letter-deleted{query}"
    )))
}

#[derive(Deserialize)]
pub struct DeletedQuery {
    sent: Option<String>,
}

/// `GET /campaigns/{slug}/letter-deleted`: the answer after deleting.
#[get("/campaigns/{slug}/letter-deleted")]
pub async fn deleted(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<DeletedQuery>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let already_sent = query.sent.as_deref() == Some("yes");
    Ok(html(
        StatusCode::OK,
        views::privacy::letter_deleted(
            &views::layout::Locale {
                lang,
                path: &format!("/campaigns/{}/letter-deleted", campaign.slug),
            },
            &campaign.slug,
            &campaign.headline,
            already_sent,
        ),
    ))
}
