//! A staff member's password-reset link (sent by an admin): the page that asks for the new
//! password twice, and the form that sets it, once, while the link is fresh. Works signed
//! out; the form carries the sign-in page's CSRF token.

use crate::auth::accounts;
use crate::db::models::{password_reset, user};
use crate::domain::{SecretToken, TokenHash};
use crate::forms::staff_accounts::ResetForm;
use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::views::staff::password_reset as view;
use crate::web::error::AppError;
use crate::web::extract::session;
use crate::web::routes::html;
use crate::web::state::AppState;
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;

/// The email of the account a working link resets.
async fn account_for(state: &AppState, hash: TokenHash) -> Result<Option<String>, AppError> {
    let now = Utc::now().naive_utc();
    Ok(state
        .db
        .read(
            move |conn| match password_reset::find_valid(conn, &hash, now)? {
                Some(id) => Ok(user::find(conn, id)?.map(|u| u.email)),
                None => Ok(None),
            },
        )
        .await?)
}

fn gone() -> HttpResponse {
    crate::web::not_found::own_page(html(StatusCode::NOT_FOUND, view::gone()))
}

/// `GET /staff/reset/{token}`: the form, or a page saying the link no longer works (404).
pub async fn page(
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(gone());
    };
    let Some(email) = account_for(&state, secret.hash()).await? else {
        return Ok(gone());
    };
    let csrf = session::login_token(&session)?;
    let errors = FieldErrors::default();
    Ok(html(
        StatusCode::OK,
        view::form(lang, &email, secret.as_str(), &csrf, &errors),
    ))
}

/// `POST /staff/reset/{token}`: sets the new password (typed twice, the usual rules), uses
/// the link up and ends the account's sessions; or the form again with what was wrong (422).
pub async fn reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    token: web::Path<String>,
    form: web::Form<ResetForm>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    if !session::same_site(&req) || !session::login_token_matches(&session, &form.csrf) {
        return Err(AppError::Csrf);
    }
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(gone());
    };
    let Some(email) = account_for(&state, secret.hash()).await? else {
        return Ok(gone());
    };
    let password = match form.parse(&email) {
        Ok(password) => password,
        Err(errors) => {
            return Ok(html(
                StatusCode::UNPROCESSABLE_ENTITY,
                view::form(lang, &email, secret.as_str(), &form.csrf, &errors),
            ));
        }
    };
    let hash = state.hasher.hash(password).await?;
    let link = secret.hash();
    let now = Utc::now().naive_utc();
    let done = state
        .db
        .write(move |conn| accounts::reset_password(conn, &link, &hash, now))
        .await?;
    match done {
        Some(_) => Ok(html(StatusCode::OK, view::done())),
        None => Ok(gone()),
    }
}
