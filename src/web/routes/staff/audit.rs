//! The audit log, for admins to read and filter. Nothing here can change it.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use crate::auth::Staff;
use crate::db::models::audit::{self, AuditFilter};
use crate::forms::audit_filter::FilterForm;
use crate::forms::FieldErrors;
use crate::views::staff::audit as view;
use crate::web::error::AppError;
use crate::web::routes::html;
use crate::web::state::AppState;

/// Most entries one page shows.
const LIMIT: i64 = 200;

fn date(
    field: &'static str,
    text: &str,
    end_of_day: bool,
    errors: &mut FieldErrors,
) -> Option<NaiveDateTime> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        // Years 1 to 9999: the databases store no others.
        Ok(day) if (1..=9999).contains(&day.year()) => Some(day.and_time(if end_of_day {
            NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default()
        } else {
            NaiveTime::MIN
        })),
        _ => {
            errors.add(field, "Enter a date like 2026-11-28");
            None
        }
    }
}

fn cut(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.chars().take(100).collect())
}

/// `GET /staff/audit`: newest first, filtered by actor, action, subject and dates.
pub async fn list(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<FilterForm>,
) -> Result<HttpResponse, AppError> {
    let form = query.into_inner();
    let mut errors = FieldErrors::default();
    let filter = AuditFilter {
        actor: cut(&form.actor),
        action: cut(&form.action),
        subject_type: cut(&form.subject_type),
        subject_id: cut(&form.subject_id),
        since: date("since", &form.since, false, &mut errors),
        until: date("until", &form.until, true, &mut errors),
    };
    if !errors.is_empty() {
        return Ok(html(
            StatusCode::UNPROCESSABLE_ENTITY,
            view::page(&staff, &form, &errors, &[]),
        ));
    }
    let rows = state
        .db
        .read(move |conn| audit::list(conn, &filter, LIMIT))
        .await?;
    Ok(html(
        StatusCode::OK,
        view::page(&staff, &form, &errors, &rows),
    ))
}
