//! Moderating supporters' letters: the queue, one letter, and the decisions (approve,
//! reject, hide; approve and reject in bulk). Moderators and admins only; every decision
//! is a CSRF-checked POST that ends in a 303 back to the queue with a notice.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use super::login::Empty;
use crate::auth::Staff;
use crate::db::models::letter::LetterStatus;
use crate::letters::moderation::{self, Rejection};
use crate::letters::review;
use crate::views::staff::moderation::{self as view, notices, QueuePage, Typed};
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::state::AppState;

mod answers;
mod bulk_actions;

use answers::{finish, letter_page, load, moderator, refill, respond};
pub use bulk_actions::bulk;

/// How many pending letters the queue shows at once.
const QUEUE_LIMIT: usize = 50;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoneQuery {
    done: Option<String>,
    count: Option<String>,
    skipped: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RejectForm {
    reason: String,
    note: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HideForm {
    reason: String,
}

/// `GET /staff/moderation`: the letters waiting, oldest first.
pub async fn queue(
    staff: Staff,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let number = |n: &Option<String>| n.as_deref().and_then(|n| n.parse().ok());
    let notice = query.done.as_deref().and_then(|done| {
        notices::done(
            done,
            number(&query.count).unwrap_or(1),
            number(&query.skipped).unwrap_or(0),
        )
    });
    let queue = state
        .db
        .read(|conn| review::queue(conn, QUEUE_LIMIT))
        .await?;
    let page = QueuePage {
        queue: &queue,
        notice: notice.as_deref(),
        checked: &[],
        bulk: None,
    };
    Ok(respond(StatusCode::OK, view::queue(&staff, &page)))
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
    let rejection = match Rejection::parse(&form.reason, &form.note) {
        Ok(rejection) => rejection,
        Err(errors) => {
            let review = load(&state, id).await?;
            let typed = Typed {
                reason: &form.reason,
                note: &form.note,
                errors: &errors,
            };
            return Ok(refill(&staff, &review, LetterStatus::Pending, typed));
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
    let reason = match moderation::parse_hide_reason(&form.reason) {
        Ok(reason) => reason,
        Err(errors) => {
            let review = load(&state, id).await?;
            let typed = Typed {
                reason: &form.reason,
                note: "",
                errors: &errors,
            };
            return Ok(refill(&staff, &review, LetterStatus::Approved, typed));
        }
    };
    let (by, now) = (moderator(&staff), Utc::now().naive_utc());
    let outcome = state
        .db
        .write(move |conn| moderation::hide(conn, id, &by, reason.as_deref(), now))
        .await?;
    finish(&state, &staff, id, outcome, "hidden").await
}
