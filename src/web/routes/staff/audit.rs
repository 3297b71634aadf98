//! The audit log, for admins to read and filter, and its moderation part for moderators.
//! Nothing here can change it.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use crate::auth::Staff;
use crate::db::models::audit::{self, AuditFilter};
use crate::forms::audit_filter::FilterForm;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::views::staff::audit::{self as view, AuditPage, Scope};
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
            errors.add(field, Message::new("error-audit-date"));
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
    show(&state, &staff, query.into_inner(), Scope::All).await
}

/// `GET /staff/audit/moderation`: the moderation part of the log (what was done to
/// letters, and why), for moderators as well as admins.
pub async fn moderation(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<FilterForm>,
) -> Result<HttpResponse, AppError> {
    let mut form = query.into_inner();
    form.action = "letter.".to_owned();
    form.subject_type = "letter".to_owned();
    show(&state, &staff, form, Scope::Moderation).await
}

async fn show(
    state: &AppState,
    staff: &Staff,
    form: FilterForm,
    scope: Scope,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::default();
    let filter = AuditFilter {
        actor: cut(&form.actor),
        action: cut(&form.action),
        subject_type: cut(&form.subject_type),
        subject_id: cut(&form.subject_id),
        since: date("since", &form.since, false, &mut errors),
        until: date("until", &form.until, true, &mut errors),
    };
    let (status, rows, emails) = if errors.is_empty() {
        let (rows, emails) = state
            .db
            .read(move |conn| {
                let rows = audit::list(conn, &filter, LIMIT)?;
                let emails = audit::user_emails(conn, &view::user_ids(&rows))?;
                Ok((rows, emails))
            })
            .await?;
        (StatusCode::OK, rows, emails)
    } else {
        let none = (Vec::new(), HashMap::new());
        (StatusCode::UNPROCESSABLE_ENTITY, none.0, none.1)
    };
    let page = AuditPage {
        scope,
        form: &form,
        errors: &errors,
        rows: &rows,
        emails: &emails,
    };
    Ok(html(status, view::page(staff, &page)))
}
