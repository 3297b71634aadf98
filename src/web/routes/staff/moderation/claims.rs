//! Claiming a letter in the queue: "I am reading this one", so a second moderator picks
//! another. A live claim of someone else's is replaced only by an explicit take-over;
//! claims and take-overs go in the audit log.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;

use super::answers::{letter_page, load, see_other};
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::letter::{self, LetterStatus};
use crate::db::models::letter_claim::{self, Claimed};
use crate::forms::moderation::ClaimForm;
use crate::views::staff::moderation::notices;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::state::AppState;

enum Answer {
    Claimed,
    Held(String),
    NotPending(LetterStatus),
    NotFound,
}

/// `POST /staff/moderation/{id}/claim`: claims a waiting letter, then opens it.
pub async fn claim(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<ClaimForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let (id, now) = (id.into_inner(), Utc::now().naive_utc());
    let take_over = form.parse();
    let (user_id, email) = (staff.id, staff.email.clone());
    let answer = state
        .db
        .write(move |conn| {
            let Some(found) = letter::find(conn, id)? else {
                return Ok(Answer::NotFound);
            };
            if found.status() != LetterStatus::Pending {
                return Ok(Answer::NotPending(found.status()));
            }
            let from = match letter_claim::claim(conn, id, (user_id, &email), take_over, now)? {
                Claimed::HeldBy(held) => return Ok(Answer::Held(held.user_email)),
                Claimed::Yes { from } => from,
            };
            let reason = from.as_ref().map(|from| format!("taken over from {from}"));
            let action = if from.is_some() {
                "letter.take-over"
            } else {
                "letter.claim"
            };
            audit::record(
                conn,
                &AuditEntry {
                    actor_id: Some(user_id),
                    actor: &email,
                    action,
                    subject_type: "letter",
                    subject_id: Some(id.to_string()),
                    old_state: None,
                    new_state: None,
                    reason: reason.as_deref(),
                    created_at: now,
                },
            )?;
            Ok(Answer::Claimed)
        })
        .await?;
    match answer {
        Answer::Claimed => Ok(see_other(&format!("/staff/moderation/{id}"))),
        Answer::NotFound => Err(AppError::NotFound),
        Answer::Held(by) => {
            let review = load(&state, id).await?;
            let notice = staff
                .lang
                .t_args("staff-mod-claim-refused", &[("email", by.into())]);
            Ok(letter_page(
                &staff,
                &review,
                StatusCode::CONFLICT,
                Some(&notice),
                None,
            ))
        }
        Answer::NotPending(status) => {
            let review = load(&state, id).await?;
            let notice = notices::unchanged(staff.lang, false, status);
            Ok(letter_page(
                &staff,
                &review,
                StatusCode::CONFLICT,
                Some(&notice),
                None,
            ))
        }
    }
}
