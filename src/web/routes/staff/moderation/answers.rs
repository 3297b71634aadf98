//! What the moderation handlers answer: the queue after a decision (303), the letter's page
//! again with what to fix (422) or why nothing changed (409), never cached.

use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use maud::Markup;

use crate::auth::Staff;
use crate::db::models::letter::LetterStatus;
use crate::letters::moderation::{Moderator, Outcome};
use crate::letters::review::{self, Review};
use crate::views::staff::moderation::{self as view, notices, LetterPage, Redacting, Typed};
use crate::web::error::AppError;
use crate::web::routes::html;
use crate::web::state::AppState;

pub(super) fn moderator(staff: &Staff) -> Moderator {
    Moderator {
        id: Some(staff.id),
        email: staff.email.clone(),
    }
}

pub(super) async fn load(state: &AppState, id: i64) -> Result<Review, AppError> {
    let now = chrono::Utc::now().naive_utc();
    let found = state
        .db
        .read(move |conn| review::one(conn, id, now))
        .await?;
    found.ok_or(AppError::NotFound)
}

/// After a decision on one letter: back to the queue, or why nothing changed (409).
pub(super) async fn finish(
    state: &AppState,
    staff: &Staff,
    id: i64,
    outcome: Outcome,
    done: &str,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Outcome::Done => {
            state.mail_wake.notify_one();
            Ok(see_other(&format!("/staff/moderation?done={done}")))
        }
        Outcome::NotFound => Err(AppError::NotFound),
        Outcome::Unchanged(status) => {
            let review = load(state, id).await?;
            let notice = match done {
                "restored" => notices::not_hidden(staff.lang, status),
                _ => notices::unchanged(staff.lang, done == "hidden", status),
            };
            Ok(letter_page(
                staff,
                &review,
                StatusCode::CONFLICT,
                Some(&notice),
                None,
            ))
        }
    }
}

/// Letter `id`'s page again with what was typed and what to fix (422), unless the letter
/// is no longer in the state the form was for (409).
pub(super) async fn refill(
    state: &AppState,
    staff: &Staff,
    id: i64,
    wanted: LetterStatus,
    typed: Typed<'_>,
) -> Result<HttpResponse, AppError> {
    let review = load(state, id).await?;
    let status = review.letter.status();
    if status != wanted {
        let notice = notices::unchanged(staff.lang, wanted == LetterStatus::Approved, status);
        let page = letter_page(staff, &review, StatusCode::CONFLICT, Some(&notice), None);
        return Ok(page);
    }
    let status_code = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(letter_page(staff, &review, status_code, None, Some(typed)))
}

pub(super) fn letter_page(
    staff: &Staff,
    review: &Review,
    status: StatusCode,
    notice: Option<&str>,
    typed: Option<Typed<'_>>,
) -> HttpResponse {
    let page = LetterPage {
        review,
        notice,
        typed,
        redacting: None,
    };
    respond(status, view::letter(staff, &page))
}

/// The letter's page again with the redaction form as typed and what to fix (422), unless
/// the letter is no longer waiting for moderation (409).
pub(super) fn redact_refill(
    staff: &Staff,
    review: &Review,
    redacting: Redacting<'_>,
) -> HttpResponse {
    if review.letter.status() != LetterStatus::Pending {
        let notice = notices::unchanged(staff.lang, false, review.letter.status());
        return letter_page(staff, review, StatusCode::CONFLICT, Some(&notice), None);
    }
    let page = LetterPage {
        review,
        notice: None,
        typed: None,
        redacting: Some(redacting),
    };
    respond(StatusCode::UNPROCESSABLE_ENTITY, view::letter(staff, &page))
}

/// A staff page that holds writers' personal data: never cached.
pub(super) fn respond(status: StatusCode, page: Markup) -> HttpResponse {
    let mut response = html(status, page);
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    response
}

pub(super) fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location))
        .insert_header(("Cache-Control", "no-store"))
        .finish()
}
