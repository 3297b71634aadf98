//! The queue's bulk form: approve, or reject for one reason, every ticked letter, each in
//! the same transaction and audited one by one; letters decided meanwhile are skipped. Its
//! buttons sit at the top of the queue and at the bottom (the top ones name the form by
//! its id, and their reason fields start `top_`), and it carries the queue's filter back.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;

use super::answers::{moderator, see_other};
use super::queue_page::{self, Extras};
use crate::forms::moderation::{Bulk, BulkForm, BulkRefused};
use crate::letters::moderation;
use crate::views::staff::moderation::Typed;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::state::AppState;

/// `POST /staff/moderation/bulk`: approves, or rejects for one reason, every ticked letter.
pub async fn bulk(
    state: web::Data<AppState>,
    form: StaffForm<BulkForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let filter = form.filter();
    let now = Utc::now().naive_utc();
    let Bulk { ids, rejection } = match form.parse() {
        Ok(bulk) => bulk,
        Err(BulkRefused::UnknownAction) => {
            return Err(AppError::BadRequest("unknown bulk action".into()))
        }
        Err(BulkRefused::Fields(errors)) => {
            let (reason, note) = form.typed();
            let typed = Typed {
                reason,
                note,
                errors: &errors,
            };
            let extras = Extras {
                checked: &form.ids,
                bulk: Some(typed),
                ..Extras::default()
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return queue_page::render(&state, &staff, &filter, extras, status, now).await;
        }
    };
    let by = moderator(&staff);
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
    let mut back = filter.with_page(filter.page.trim().parse().unwrap_or(1));
    if !back.is_empty() {
        back.push('&');
    }
    Ok(see_other(&format!(
        "/staff/moderation?{back}done={done}&count={}&skipped={}",
        tally.done, tally.skipped
    )))
}
