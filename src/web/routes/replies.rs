//! "Did your MP reply?" answered from the emailed link: the GET shows the question with
//! four buttons and changes nothing (mail scanners follow links); the POST stores the
//! answer, one per delivered letter (a later answer replaces it, so it counts once).

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use super::{html, see_other};
use crate::db::models::reply_question;
use crate::domain::SecretToken;
use crate::forms::reply::AnswerForm;
use crate::i18n::Lang;
use crate::views;
use crate::views::layout::Locale;
use crate::web::error::AppError;
use crate::web::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Shown {
    answered: Option<String>,
}

/// `GET /replies/{token}`: the question, and the answer already given if any.
#[get("/replies/{token}")]
pub async fn question_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
    shown: web::Query<Shown>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let path = format!("/replies/{token}");
    let locale = Locale { lang, path: &path };
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(html(
            StatusCode::NOT_FOUND,
            views::replies::unknown(&locale),
        ));
    };
    let found = state
        .db
        .read(move |conn| reply_question::find_by_token(conn, &secret.hash()))
        .await?;
    let Some(question) = found else {
        return Ok(html(
            StatusCode::NOT_FOUND,
            views::replies::unknown(&locale),
        ));
    };
    let thanked = shown.answered.is_some() && question.answer.is_some();
    Ok(html(
        StatusCode::OK,
        views::replies::question(&locale, &token, &question, thanked, None),
    ))
}

/// `POST /replies/{token}`: stores the answer and shows the page again with thanks.
#[post("/replies/{token}")]
pub async fn answer(
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: web::Form<AnswerForm>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let path = format!("/replies/{token}");
    let locale = Locale { lang, path: &path };
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(html(
            StatusCode::NOT_FOUND,
            views::replies::unknown(&locale),
        ));
    };
    let hash = secret.hash();
    let parsed = form.parse();
    let chosen = parsed.as_ref().ok().copied();
    let now = Utc::now().naive_utc();
    let found = state
        .db
        .write(move |conn| {
            let Some(question) = reply_question::find_by_token(conn, &hash)? else {
                return Ok(None);
            };
            if let Some(chosen) = chosen {
                reply_question::answer(conn, question.delivery_id, chosen.as_str(), now)?;
            }
            Ok(Some(question))
        })
        .await?;
    let Some(question) = found else {
        return Ok(html(
            StatusCode::NOT_FOUND,
            views::replies::unknown(&locale),
        ));
    };
    if parsed.is_err() {
        let choose = lang.t("replies-choose");
        let markup = views::replies::question(&locale, &token, &question, false, Some(&choose));
        return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, markup));
    }
    Ok(see_other(&format!(
        "/replies/{}?answered=1",
        token.as_str()
    )))
}
