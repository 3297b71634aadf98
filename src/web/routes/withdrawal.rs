//! Withdrawing a signature from its private link: a page that asks, then a POST that does
//! it (mail scanners follow links, so a GET never changes anything).

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpResponse};
use chrono::Utc;

use super::{campaigns, html, see_other};
use crate::domain::SecretToken;
use crate::i18n::Lang;
use crate::privacy::withdrawal::{self, Withdrawable, Withdrawal};
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;

/// `GET /signatures/confirm/{token}/withdraw`: asks whether to withdraw.
#[get("/signatures/confirm/{token}/withdraw")]
pub async fn withdraw_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(page(lang, Withdrawable::Unknown, &token, StatusCode::OK));
    };
    let now = Utc::now().naive_utc();
    let keep_for = state.settings.anonymise_after();
    let found = state
        .db
        .read(move |conn| withdrawal::check(conn, &secret, now, keep_for))
        .await?;
    Ok(page(lang, found, &token, StatusCode::OK))
}

/// `POST /signatures/confirm/{token}/withdraw`: withdraws, then says so.
#[post("/signatures/confirm/{token}/withdraw")]
pub async fn withdraw(
    state: web::Data<AppState>,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(page(lang, Withdrawable::Unknown, &token, StatusCode::OK));
    };
    let now = Utc::now().naive_utc();
    let keep_for = state.settings.anonymise_after();
    let done = state
        .db
        .write(move |conn| withdrawal::withdraw(conn, &secret, now, keep_for))
        .await?;
    match done {
        Withdrawal::Done { slug } => {
            tracing::info!("signature withdrawn");
            state.db.scrub_soon();
            Ok(see_other(&format!("/campaigns/{slug}/withdrawn")))
        }
        Withdrawal::NotPossible(found) => Ok(page(lang, found, &token, StatusCode::CONFLICT)),
    }
}

/// The page for a link in `found`'s state; `refused` is the status when the link is known
/// but withdrawing is not possible.
fn page(lang: Lang, found: Withdrawable, token: &str, refused: StatusCode) -> HttpResponse {
    let path = format!("/signatures/confirm/{token}/withdraw");
    let locale = views::layout::Locale { lang, path: &path };
    match found {
        Withdrawable::Unknown => html(
            StatusCode::NOT_FOUND,
            views::signature::link_unknown(&locale),
        ),
        Withdrawable::Open { slug, headline, .. } => html(
            StatusCode::OK,
            views::privacy::withdraw_prompt(&locale, token, &slug, &headline),
        ),
        Withdrawable::Closed {
            slug,
            headline,
            closed_on,
            erased_from,
        } => html(
            refused,
            views::privacy::withdraw_closed(&locale, &slug, &headline, closed_on, erased_from),
        ),
    }
}

#[get("/campaigns/{slug}/withdrawn")]
pub async fn withdrawn(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let path = format!("/campaigns/{}/withdrawn", campaign.slug);
    Ok(html(
        StatusCode::OK,
        views::privacy::withdrawn(
            &views::layout::Locale { lang, path: &path },
            &campaign.slug,
            &campaign.headline,
        ),
    ))
}
