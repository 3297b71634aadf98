//! The queue's bulk form: approve, or reject for one reason, every ticked letter, each in
//! the same transaction and audited one by one; letters decided meanwhile are skipped. Its
//! buttons sit at the top of the queue and at the bottom (the top ones name the form by
//! its id, and their reason fields start `top_`), and it carries the queue's filter back.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use super::answers::{moderator, see_other};
use super::note_or_saved;
use super::queue_page::{self, Extras};
use crate::forms::queue_filter::QueueForm;
use crate::forms::FieldErrors;
use crate::letters::moderation::{self, Rejection};
use crate::views::staff::moderation::Typed;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::state::AppState;

/// The bulk form: the ticked letters, which button was pressed, and the queue's filter.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    ids: Vec<i64>,
    action: String,
    reason: String,
    note: String,
    saved_note: String,
    top_reason: String,
    top_note: String,
    top_saved_note: String,
    /// The queue's query string, to go back to.
    back: String,
}

/// `POST /staff/moderation/bulk`: approves, or rejects for one reason, every ticked letter.
pub async fn bulk(
    state: web::Data<AppState>,
    form: StaffForm<BulkForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let filter: QueueForm = serde_html_form::from_str(&form.back).unwrap_or_default();
    let mut errors = FieldErrors::default();
    if form.ids.is_empty() {
        errors.add("ids", "Tick at least one letter first");
    }
    let (reason, note) = match form.action.as_str() {
        "reject-top" => (
            &form.top_reason,
            note_or_saved(&form.top_note, &form.top_saved_note),
        ),
        _ => (&form.reason, note_or_saved(&form.note, &form.saved_note)),
    };
    let rejection = match form.action.as_str() {
        "approve" => None,
        "reject" | "reject-top" => Rejection::parse(reason, note)
            .map_err(|wrong| wrong.iter().for_each(|(f, m)| errors.add(f, m)))
            .ok(),
        _ => return Err(AppError::BadRequest("unknown bulk action".into())),
    };
    let now = Utc::now().naive_utc();
    if !errors.is_empty() {
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
    let (by, ids) = (moderator(&staff), form.ids);
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
