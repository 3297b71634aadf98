//! The unsubscribe link in every update email (also named by its `List-Unsubscribe`
//! header): GET shows a button, POST unsubscribes at once. Mail programs' one-click POST
//! (RFC 8058, body `List-Unsubscribe=One-Click`) comes to the same address; there is no
//! session or CSRF token on public pages, and the unguessable link is the only key.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpResponse};
use chrono::Utc;

use super::html;
use crate::db::models::{audience, unsubscribe_link};
use crate::domain::SecretToken;
use crate::i18n::Lang;
use crate::views;
use crate::views::layout::Locale;
use crate::web::error::AppError;
use crate::web::state::AppState;

/// `GET /unsubscribe/{token}`: asks; changes nothing.
#[get("/unsubscribe/{token}")]
pub async fn page(
    state: web::Data<AppState>,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let path = format!("/unsubscribe/{token}");
    let locale = Locale { lang, path: &path };
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(html(
            StatusCode::NOT_FOUND,
            views::unsubscribe::unknown(&locale),
        ));
    };
    let hash = secret.hash();
    let found = state
        .db
        .read(move |conn| unsubscribe_link::find(conn, &hash))
        .await?;
    Ok(match found {
        Some(target) => html(
            StatusCode::OK,
            views::unsubscribe::prompt(
                &locale,
                secret.as_str(),
                &target.slug,
                &target.headline,
                target.unsubscribed_at.is_some(),
            ),
        ),
        None => html(StatusCode::NOT_FOUND, views::unsubscribe::unknown(&locale)),
    })
}

/// `POST /unsubscribe/{token}`: unsubscribes every signature of the campaign from that
/// mailbox, at once; the signatures stay counted.
#[post("/unsubscribe/{token}")]
pub async fn unsubscribe(
    state: web::Data<AppState>,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let path = format!("/unsubscribe/{token}");
    let locale = Locale { lang, path: &path };
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(html(
            StatusCode::NOT_FOUND,
            views::unsubscribe::unknown(&locale),
        ));
    };
    let hash = secret.hash();
    let now = Utc::now().naive_utc();
    let found = state
        .db
        .write(move |conn| {
            let Some(target) = unsubscribe_link::find(conn, &hash)? else {
                return Ok(None);
            };
            audience::unsubscribe(conn, target.campaign_id, target.signature_id, now)?;
            Ok(Some(target))
        })
        .await?;
    Ok(match found {
        Some(target) => {
            tracing::info!("supporter unsubscribed from updates");
            html(
                StatusCode::OK,
                views::unsubscribe::done(&locale, &target.slug, &target.headline),
            )
        }
        None => html(StatusCode::NOT_FOUND, views::unsubscribe::unknown(&locale)),
    })
}
