//! The queue's bulk form: approve, or reject for one reason, every ticked letter, each in
//! the same transaction and audited one by one; letters decided meanwhile are skipped.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use super::answers::{moderator, respond, see_other};
use super::QUEUE_LIMIT;
use crate::forms::FieldErrors;
use crate::letters::moderation::{self, Rejection};
use crate::letters::review;
use crate::views::staff::moderation::{self as view, QueuePage, Typed};
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::state::AppState;

/// The bulk form: the ticked letters and which button was pressed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    ids: Vec<i64>,
    action: String,
    reason: String,
    note: String,
}

/// `POST /staff/moderation/bulk`: approves, or rejects for one reason, every ticked letter.
pub async fn bulk(
    state: web::Data<AppState>,
    form: StaffForm<BulkForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let mut errors = FieldErrors::default();
    if form.ids.is_empty() {
        errors.add("ids", "Tick at least one letter first");
    }
    let rejection = match form.action.as_str() {
        "approve" => None,
        "reject" => Rejection::parse(&form.reason, &form.note)
            .map_err(|wrong| wrong.iter().for_each(|(f, m)| errors.add(f, m)))
            .ok(),
        _ => return Err(AppError::BadRequest("unknown bulk action".into())),
    };
    if !errors.is_empty() {
        let queue = state
            .db
            .read(|conn| review::queue(conn, QUEUE_LIMIT))
            .await?;
        let typed = Typed {
            reason: &form.reason,
            note: &form.note,
            errors: &errors,
        };
        let page = QueuePage {
            queue: &queue,
            notice: None,
            checked: &form.ids,
            bulk: Some(typed),
        };
        let markup = view::queue(&staff, &page);
        return Ok(respond(StatusCode::UNPROCESSABLE_ENTITY, markup));
    }
    let (by, now, ids) = (moderator(&staff), Utc::now().naive_utc(), form.ids);
    let links = state.links.clone();
    let done = if rejection.is_some() {
        "rejected"
    } else {
        "approved"
    };
    let schedule = state.settings.joint_schedule();
    let tally = state
        .db
        .write(move |conn| match &rejection {
            Some(rejection) => moderation::reject_all(conn, &ids, &by, rejection, &links, now),
            None => moderation::approve_all(conn, &ids, &by, &links, schedule, now),
        })
        .await?;
    if tally.done > 0 {
        state.mail_wake.notify_one();
    }
    Ok(see_other(&format!(
        "/staff/moderation?done={done}&count={}&skipped={}",
        tally.done, tally.skipped
    )))
}
