//! Moderating supporters' letters: the queue, one letter, and the decisions (approve,
//! reject, redact then approve, hide, restore; approve and reject in bulk). Moderators and admins only; every decision
//! is a CSRF-checked POST that ends in a 303 back to the queue with a notice.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use super::login::Empty;
use crate::auth::Staff;
use crate::db::models::letter::LetterStatus;
use crate::forms::moderation::{HideForm, RedactForm, RejectForm};
use crate::forms::queue_filter::QueueForm;
use crate::letters::moderation;
use crate::views::staff::moderation::{notices, Redacting, Typed};
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::state::AppState;

mod answers;
mod bulk_actions;
mod claims;
mod queue_page;
mod saved_notes;

use answers::{finish, letter_page, load, moderator, redact_refill, refill};
pub use bulk_actions::bulk;
pub use claims::claim;
use queue_page::Extras;
pub use saved_notes::{add_note, notes, remove_note};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoneQuery {
    done: Option<String>,
    count: Option<String>,
    skipped: Option<String>,
    select: Option<String>,
}

/// `GET /staff/moderation`: the letters a filter keeps (by default those waiting), oldest
/// first, a page at a time; `?select=all` ticks every letter on the page.
pub async fn queue(
    req: HttpRequest,
    staff: Staff,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let text = req.query_string();
    let bad = |e: serde::de::value::Error| AppError::BadRequest(e.to_string());
    let query: DoneQuery = serde_html_form::from_str(text).map_err(bad)?;
    let form: QueueForm = serde_html_form::from_str(text).map_err(bad)?;
    let number = |n: &Option<String>| n.as_deref().and_then(|n| n.parse().ok());
    let notice = query.done.as_deref().and_then(|done| {
        notices::done(
            staff.lang,
            done,
            number(&query.count).unwrap_or(1),
            number(&query.skipped).unwrap_or(0),
        )
    });
    let extras = Extras {
        notice: notice.as_deref(),
        select_all: query.select.as_deref() == Some("all"),
        ..Extras::default()
    };
    let now = Utc::now().naive_utc();
    queue_page::render(&state, &staff, &form, extras, StatusCode::OK, now).await
}

/// `GET /staff/moderation/{id}`: one letter in full, with the decisions open to it.
pub async fn show(
    staff: Staff,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let review = load(&state, id.into_inner()).await?;
    Ok(letter_page(&staff, &review, StatusCode::OK, None, None))
}

/// `POST /staff/moderation/{id}/approve`: approves, emails the writer, starts deliveries.
pub async fn approve(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<Empty>,
) -> Result<HttpResponse, AppError> {
    let staff = form.staff;
    let (id, by, now) = (id.into_inner(), moderator(&staff), Utc::now().naive_utc());
    let links = state.links.clone();
    let schedule = state.settings.joint_schedule();
    let outcome = state
        .db
        .write(move |conn| moderation::approve(conn, id, &by, &links, schedule, now))
        .await?;
    finish(&state, &staff, id, outcome, "approved").await
}

/// `POST /staff/moderation/{id}/reject`: rejects for a listed reason, emails the writer.
pub async fn reject(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<RejectForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let id = id.into_inner();
    let rejection = match form.parse() {
        Ok(rejection) => rejection,
        Err(errors) => {
            let typed = Typed {
                reason: &form.reason,
                note: form.note(),
                errors: &errors,
            };
            return refill(&state, &staff, id, LetterStatus::Pending, typed).await;
        }
    };
    let (by, now) = (moderator(&staff), Utc::now().naive_utc());
    let links = state.links.clone();
    let outcome = state
        .db
        .write(move |conn| moderation::reject(conn, id, &by, &rejection, &links, now))
        .await?;
    finish(&state, &staff, id, outcome, "rejected").await
}

/// `POST /staff/moderation/{id}/hide`: takes an approved letter off the campaign's page.
pub async fn hide(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let id = id.into_inner();
    let reason = match form.parse() {
        Ok(reason) => reason,
        Err(errors) => {
            let typed = Typed {
                reason: &form.reason,
                note: "",
                errors: &errors,
            };
            return refill(&state, &staff, id, LetterStatus::Approved, typed).await;
        }
    };
    let (by, now) = (moderator(&staff), Utc::now().naive_utc());
    let outcome = state
        .db
        .write(move |conn| moderation::hide(conn, id, &by, reason.as_deref(), now))
        .await?;
    finish(&state, &staff, id, outcome, "hidden").await
}

/// `POST /staff/moderation/{id}/restore`: shows a hidden letter on the campaign's page
/// again, for a reason (audited; the writer is not emailed).
pub async fn restore(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let id = id.into_inner();
    let reason = match form.parse_restore() {
        Ok(reason) => reason,
        Err(errors) => {
            let typed = Typed {
                reason: &form.reason,
                note: "",
                errors: &errors,
            };
            return refill(&state, &staff, id, LetterStatus::Hidden, typed).await;
        }
    };
    let (by, now) = (moderator(&staff), Utc::now().naive_utc());
    let outcome = state
        .db
        .write(move |conn| moderation::restore(conn, id, &by, &reason, now))
        .await?;
    finish(&state, &staff, id, outcome, "restored").await
}

/// `POST /staff/moderation/{id}/redact`: approves a pending letter with the moderator's
/// edits and emails its writer what was taken out and why.
pub async fn redact(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<RedactForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let id = id.into_inner();
    let review = load(&state, id).await?;
    let redaction = match form.parse(&review.letter.body) {
        Ok(redaction) if review.letter.status() == LetterStatus::Pending => redaction,
        parsed => {
            let errors = parsed.err().unwrap_or_default();
            let typed = Redacting {
                body: &form.body,
                change_note: &form.change_note,
                errors: &errors,
            };
            return Ok(redact_refill(&staff, &review, typed));
        }
    };
    let (by, now) = (moderator(&staff), Utc::now().naive_utc());
    let links = state.links.clone();
    let schedule = state.settings.joint_schedule();
    let outcome = state
        .db
        .write(move |conn| moderation::redact(conn, id, &by, &redaction, &links, schedule, now))
        .await?;
    finish(&state, &staff, id, outcome, "redacted").await
}
