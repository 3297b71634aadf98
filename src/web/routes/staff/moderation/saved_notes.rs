//! Saved notes to writers: moderators and admins keep the deployment's frequent notes here
//! and pick one in any reject form. Adding and removing are audited.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use super::answers::{respond, see_other};
use crate::auth::Staff;
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::saved_note;
use crate::forms::moderation::NoteForm;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::views::staff::moderation::saved_notes as view;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::routes::staff::login::Empty;
use crate::web::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DoneQuery {
    done: String,
}

/// `GET /staff/moderation/notes`: the saved notes, and a form to add one.
pub async fn notes(
    staff: Staff,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.done.as_str() {
        "added" => Some(staff.lang.t("staff-mod-notes-added")),
        "removed" => Some(staff.lang.t("staff-mod-notes-removed")),
        _ => None,
    };
    let list = state.db.read(saved_note::list).await?;
    let page = view::Page {
        notes: &list,
        notice: notice.as_deref(),
        typed: "",
        errors: &FieldErrors::default(),
    };
    Ok(respond(StatusCode::OK, view::page(&staff, &page)))
}

/// `POST /staff/moderation/notes`: saves a note.
pub async fn add_note(
    state: web::Data<AppState>,
    form: StaffForm<NoteForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let now = Utc::now().naive_utc();
    let errors = match form.parse() {
        Ok(text) => {
            let (email, id) = (staff.email.clone(), staff.id);
            let added = state
                .db
                .write(move |conn| {
                    let added = saved_note::add(conn, &text, &email, now)?;
                    if added {
                        record(conn, id, &email, "saved_note.add", &text, now)?;
                    }
                    Ok(added)
                })
                .await?;
            if added {
                return Ok(see_other("/staff/moderation/notes?done=added"));
            }
            let mut errors = FieldErrors::default();
            errors.add("body", Message::new("error-note-saved-already"));
            errors
        }
        Err(errors) => errors,
    };
    let list = state.db.read(saved_note::list).await?;
    let page = view::Page {
        notes: &list,
        notice: None,
        typed: &form.body,
        errors: &errors,
    };
    Ok(respond(
        StatusCode::UNPROCESSABLE_ENTITY,
        view::page(&staff, &page),
    ))
}

/// `POST /staff/moderation/notes/{id}/remove`: takes a note off the list.
pub async fn remove_note(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<Empty>,
) -> Result<HttpResponse, AppError> {
    let staff = form.staff;
    let (id, now) = (id.into_inner(), Utc::now().naive_utc());
    let (email, user) = (staff.email.clone(), staff.id);
    let removed = state
        .db
        .write(move |conn| {
            let removed = saved_note::remove(conn, id)?;
            if let Some(text) = &removed {
                record(conn, user, &email, "saved_note.remove", text, now)?;
            }
            Ok(removed.is_some())
        })
        .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/staff/moderation/notes?done=removed"))
}

fn record(
    conn: &mut crate::db::DbConnection,
    id: i64,
    email: &str,
    action: &str,
    text: &str,
    now: chrono::NaiveDateTime,
) -> Result<(), crate::db::DbError> {
    audit::record(
        conn,
        &AuditEntry {
            actor_id: Some(id),
            actor: email,
            action,
            subject_type: "saved_note",
            subject_id: None,
            old_state: None,
            new_state: None,
            reason: Some(text),
            created_at: now,
        },
    )
}
