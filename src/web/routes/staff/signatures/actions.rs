//! The moderator's actions on signatures: invalidate or clear what a search found, and
//! revert an invalidation. Each answers with a redirect to the search (or, when nothing
//! was done, the page again saying why).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;

use super::{back_to, render};
use crate::db::models::campaign;
use crate::forms::signatures::actions::{Bulk, BulkForm, BulkRefused, RevertForm};
use crate::forms::signatures::SearchForm;
use crate::fraud::review::{self, Actor, Outcome};
use crate::views::staff::signatures::{self as view, Feedback};
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::state::AppState;

/// `POST /staff/signatures/invalidate`: invalidates every signature the search matches.
pub async fn invalidate(
    state: web::Data<AppState>,
    form: StaffForm<BulkForm>,
) -> Result<HttpResponse, AppError> {
    bulk(state, form, Kind::Invalidate).await
}

/// `POST /staff/signatures/clear-suspects`: marks the matching suspect signatures genuine.
pub async fn clear_suspects(
    state: web::Data<AppState>,
    form: StaffForm<BulkForm>,
) -> Result<HttpResponse, AppError> {
    bulk(state, form, Kind::ClearSuspects).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Invalidate,
    ClearSuspects,
}

async fn bulk(
    state: web::Data<AppState>,
    StaffForm { staff, form }: StaffForm<BulkForm>,
    kind: Kind,
) -> Result<HttpResponse, AppError> {
    let reason_field = match kind {
        Kind::Invalidate => "reason",
        Kind::ClearSuspects => "clear_reason",
    };
    let parsed = form.parse(reason_field);
    let search = form.search;
    let Bulk {
        query,
        reason,
        expected,
    } = match parsed {
        Ok(bulk) => bulk,
        Err(BulkRefused::Reason(errors)) => {
            let feedback = Feedback {
                action_errors: errors,
                ..Feedback::default()
            };
            return render(
                &state,
                &staff,
                search,
                feedback,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        Err(BulkRefused::Search) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&state, &staff, search, Feedback::default(), status).await;
        }
    };
    let actor = Actor {
        id: staff.id,
        email: staff.email.clone(),
    };
    let now = Utc::now().naive_utc();
    let (form, slug) = (search.clone(), query.campaign.clone());
    let outcome = state
        .db
        .write(move |conn| {
            let Some(found) = campaign::find_by_slug(conn, &slug)? else {
                return Ok(None);
            };
            let bulk = review::Bulk {
                campaign_id: found.id,
                form: &form,
                query: &query,
                expected,
                reason: &reason,
            };
            match kind {
                Kind::Invalidate => review::invalidate(conn, &actor, &bulk, now).map(Some),
                Kind::ClearSuspects => review::clear_suspects(conn, &actor, &bulk, now).map(Some),
            }
        })
        .await?;
    match outcome {
        Some(Outcome::Done(n)) => {
            let done = match kind {
                Kind::Invalidate => "invalidated",
                Kind::ClearSuspects => "cleared",
            };
            Ok(back_to(&search, done, n))
        }
        Some(Outcome::Moved { now }) => {
            let feedback = Feedback {
                problem: Some(view::moved(staff.lang, now)),
                ..Feedback::default()
            };
            render(&state, &staff, search, feedback, StatusCode::CONFLICT).await
        }
        Some(Outcome::TooBroad) => {
            let feedback = Feedback {
                problem: Some(view::narrow(staff.lang)),
                ..Feedback::default()
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render(&state, &staff, search, feedback, status).await
        }
        // An unknown campaign: the page says so beside the field.
        None => {
            render(
                &state,
                &staff,
                search,
                Feedback::default(),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// `POST /staff/signatures/invalidations/{id}/revert`: puts an invalidation's signatures
/// back.
pub async fn revert(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    StaffForm { staff, form }: StaffForm<RevertForm>,
) -> Result<HttpResponse, AppError> {
    let reason = match form.parse() {
        Ok(reason) => reason,
        Err(errors) => {
            let feedback = Feedback {
                problem: errors.message(staff.lang, "reason"),
                ..Feedback::default()
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&state, &staff, SearchForm::default(), feedback, status).await;
        }
    };
    let actor = Actor {
        id: staff.id,
        email: staff.email.clone(),
    };
    let (id, now) = (id.into_inner(), Utc::now().naive_utc());
    let restored = state
        .db
        .write(move |conn| review::revert(conn, &actor, id, reason.as_ref(), now))
        .await?;
    match restored {
        Some(n) => Ok(back_to(&SearchForm::default(), "reverted", n)),
        None => {
            let feedback = Feedback {
                problem: Some(staff.lang.t("staff-sig-nothing-to-revert")),
                ..Feedback::default()
            };
            render(
                &state,
                &staff,
                SearchForm::default(),
                feedback,
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}
