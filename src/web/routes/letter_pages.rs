//! Pages that show finished letters: the printable copy for the writer, and the
//! campaign's public page of published letters.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpResponse};
use serde::Deserialize;

use super::{campaigns, html};
use crate::db::models::letter::{self, LetterStatus};
use crate::db::models::{constituency, delivery};
use crate::domain::{Country, SecretToken};
use crate::i18n::Lang;
use crate::letters::delivery::{constituency_of, sign_off};
use crate::letters::recipients;
use crate::views;
use crate::views::published::PublicLetter;
use crate::web::error::AppError;
use crate::web::state::AppState;

const PER_PAGE: i64 = 20;

/// `GET /letters/{token}/print/{official_id}`: the approved letter to one official who takes
/// letters by post, laid out for A4.
#[get("/letters/{token}/print/{official_id}")]
pub async fn print(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let (token, official_id) = path.into_inner();
    let secret = SecretToken::parse(&token).map_err(|_| AppError::NotFound)?;
    let page = state
        .db
        .read(move |conn| {
            let Some(stored) = letter::find_by_token(conn, &secret.hash())? else {
                return Ok(None);
            };
            if stored.status() != LetterStatus::Approved
                || !delivery::for_letter(conn, stored.id)?
                    .iter()
                    .any(|d| d.official_id == official_id && d.method == "print")
            {
                return Ok(None);
            }
            let constituency = constituency_of(conn, &stored)?;
            let recipients = recipients::resolve(conn, stored.campaign_id, constituency.as_ref())?;
            let Some(recipient) = recipients
                .list
                .into_iter()
                .find(|r| r.official.as_ref().is_some_and(|o| o.id == official_id))
            else {
                return Ok(None);
            };
            let date = stored.decided_at.unwrap_or(stored.updated_at).date();
            Ok(Some(views::letter_print::page(
                lang,
                &recipient,
                &stored.subject,
                &stored.body,
                &sign_off(&stored, constituency.as_ref()),
                date,
            )))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(html(StatusCode::OK, page))
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<String>,
}

/// `GET /campaigns/{slug}/letters`: approved letters whose writers chose to publish them.
#[get("/campaigns/{slug}/letters")]
pub async fn published(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<PageQuery>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let campaign = campaigns::shown_in(&state, &campaign, lang).await?.campaign;
    let page = query
        .page
        .as_deref()
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 1_000_000);
    let campaign_id = campaign.id;
    let (letters, total) = state
        .db
        .read(move |conn| {
            let total = letter::published_count(conn, campaign_id)?;
            let rows = letter::published(conn, campaign_id, (page - 1) * PER_PAGE, PER_PAGE)?;
            let mut shown = Vec::with_capacity(rows.len());
            for row in rows {
                let place = match &row.constituency_code {
                    Some(code) => constituency::find(conn, code)?.map(|c| c.name),
                    None => Country::parse(&row.country_code)
                        .ok()
                        .map(|c| c.name().to_owned()),
                };
                shown.push(PublicLetter {
                    shown_name: row
                        .public_name
                        .clone()
                        .unwrap_or_else(|| lang.t("letters-published-anonymous")),
                    place,
                    subject: row.subject,
                    body: row.body,
                    date: lang.date(row.decided_at.unwrap_or(row.updated_at).date()),
                });
            }
            Ok((shown, total))
        })
        .await?;
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    Ok(html(
        StatusCode::OK,
        views::published::page(lang, &campaign, &letters, page.min(pages), pages),
    ))
}
