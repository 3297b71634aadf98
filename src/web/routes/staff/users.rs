//! Staff accounts in the browser (admins), and changing one's own password (everyone).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::accounts::{self, Actor};
use crate::auth::Staff;
use crate::db::models::user;
use crate::domain::SecretToken;
use crate::forms::staff_accounts::{
    EnabledForm, NewAccount, PasswordForm, RoleForm, SetPasswordForm, Switch,
};
use crate::forms::FieldErrors;
use crate::views::staff::users as view;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::routes::{html, see_other};
use crate::web::state::AppState;

fn back(notice: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", format!("/staff/users?done={notice}")))
        .finish()
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

async fn list_page(
    state: &AppState,
    staff: &Staff,
    form: &NewAccount,
    errors: &FieldErrors,
    notice: Option<&str>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let users = state.db.read(user::list).await?;
    Ok(html(
        status,
        view::list(staff, &users, form, errors, notice),
    ))
}

/// `GET /staff/users`.
pub async fn list(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let notice = query
        .done
        .as_deref()
        .and_then(|word| view::notice(staff.lang, word));
    let form = NewAccount::default();
    list_page(
        &state,
        &staff,
        &form,
        &FieldErrors::default(),
        notice.as_deref(),
        StatusCode::OK,
    )
    .await
}

/// `POST /staff/users`: adds an account with a first password the admin passes on.
pub async fn add(
    state: web::Data<AppState>,
    form: StaffForm<NewAccount>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let (email, role, password) = match form.parse() {
        Ok(parsed) => parsed,
        Err(errors) => {
            return list_page(
                &state,
                &staff,
                &form,
                &errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let hash = state.hasher.hash(password).await?;
    let now = Utc::now().naive_utc();
    let (id, label) = (staff.id, staff.email.clone());
    let added = state
        .db
        .write(move |conn| {
            let actor = Actor {
                id: Some(id),
                label: &label,
            };
            accounts::add(conn, actor, &email, &hash, role, now)
        })
        .await?;
    match added {
        Ok(_) => Ok(back("added")),
        Err(refusal) => {
            let mut errors = FieldErrors::default();
            errors.add("email", refusal.error());
            list_page(
                &state,
                &staff,
                &form,
                &errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// `POST /staff/users/{id}/role`.
pub async fn set_role(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<RoleForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let role = form
        .parse()
        .map_err(|_| AppError::BadRequest("unknown role".into()))?;
    let (target, now) = (id.into_inner(), Utc::now().naive_utc());
    let (who, label) = (staff.id, staff.email.clone());
    let outcome = state
        .db
        .write(move |conn| {
            accounts::set_role(
                conn,
                Actor {
                    id: Some(who),
                    label: &label,
                },
                target,
                role,
                now,
            )
        })
        .await?;
    Ok(back(view::outcome_word(outcome, "role")))
}

/// `POST /staff/users/{id}/enabled`: enable, or disable (which ends their sessions) after a
/// confirmation page that posts here again with `confirm=yes`.
pub async fn set_enabled(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<EnabledForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let switch = form.parse();
    let enabled = switch == Switch::Enable;
    let target = id.into_inner();
    if switch == Switch::AskFirst {
        let found = state.db.read(move |conn| user::find(conn, target)).await?;
        let Some(account) = found else {
            return Ok(back("missing"));
        };
        return Ok(html(
            StatusCode::OK,
            view::confirm_disable(&staff, target, &account.email),
        ));
    }
    let now = Utc::now().naive_utc();
    let (who, label) = (staff.id, staff.email.clone());
    let outcome = state
        .db
        .write(move |conn| {
            accounts::set_enabled(
                conn,
                Actor {
                    id: Some(who),
                    label: &label,
                },
                target,
                enabled,
                now,
            )
        })
        .await?;
    Ok(back(view::outcome_word(
        outcome,
        if enabled { "enabled" } else { "disabled" },
    )))
}

/// How long a password-reset link works.
const RESET_LIFETIME: chrono::TimeDelta = chrono::TimeDelta::hours(1);

#[derive(Deserialize)]
pub struct NoFields {}

/// `POST /staff/users/{id}/reset`: emails the account a single-use link to choose a new
/// password, which works for an hour (a new link replaces the old).
pub async fn send_reset(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let staff = form.staff;
    let secret = SecretToken::generate();
    let url = format!("{}/staff/reset/{}", state.base_url, secret.as_str());
    let hash = secret.hash();
    let (target, now) = (id.into_inner(), Utc::now().naive_utc());
    let (who, label) = (staff.id, staff.email.clone());
    let sent = state
        .db
        .write(move |conn| {
            let actor = Actor {
                id: Some(who),
                label: &label,
            };
            accounts::send_reset(conn, actor, target, &hash, &url, now, now + RESET_LIFETIME)
        })
        .await?;
    Ok(back(match sent {
        Ok(()) => "reset-sent",
        Err(_) => "missing",
    }))
}

/// The account `id`'s email, or 404.
async fn email_of(state: &AppState, id: i64) -> Result<String, AppError> {
    let found = state.db.read(move |conn| user::find(conn, id)).await?;
    found.map(|u| u.email).ok_or(AppError::NotFound)
}

/// Where one's own password is changed: with the current one, never from the colleagues'
/// form (a session left open must not be enough to take the account over).
const OWN_PASSWORD: &str = "/staff/password";

/// `GET /staff/users/{id}/password`: an admin sets a colleague's password.
pub async fn set_password_page(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    staff: Staff,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    if id == staff.id {
        return Ok(see_other(OWN_PASSWORD));
    }
    let email = email_of(&state, id).await?;
    Ok(html(
        StatusCode::OK,
        view::set_password(&staff, id, &email, &FieldErrors::default()),
    ))
}

/// `POST /staff/users/{id}/password`: sets it (typed twice, the usual rules), ending the
/// account's sessions; audited.
pub async fn set_password(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: StaffForm<SetPasswordForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let target = id.into_inner();
    if target == staff.id {
        return Ok(see_other(OWN_PASSWORD));
    }
    let email = email_of(&state, target).await?;
    let password = match form.parse(&email) {
        Ok(password) => password,
        Err(errors) => {
            return Ok(html(
                StatusCode::UNPROCESSABLE_ENTITY,
                view::set_password(&staff, target, &email, &errors),
            ));
        }
    };
    let hash = state.hasher.hash(password).await?;
    let now = Utc::now().naive_utc();
    let (who, label) = (staff.id, staff.email.clone());
    let done = state
        .db
        .write(move |conn| {
            let actor = Actor {
                id: Some(who),
                label: &label,
            };
            accounts::set_password(conn, actor, target, &hash, now)
        })
        .await?;
    Ok(back(match done {
        Ok(()) => "password-set",
        Err(_) => "missing",
    }))
}

/// `GET /staff/password`: change your own password.
pub async fn password_page(staff: Staff) -> HttpResponse {
    html(
        StatusCode::OK,
        view::password(&staff, &FieldErrors::default(), false),
    )
}

/// `POST /staff/password`: needs the current password; ends other sessions.
pub async fn change_password(
    state: web::Data<AppState>,
    session: actix_session::Session,
    form: StaffForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = form;
    let id = staff.id;
    let stored = state.db.read(move |conn| user::find(conn, id)).await?;
    let matches = state
        .hasher
        .verify(
            form.current.clone(),
            stored.as_ref().map(|u| u.password_hash.clone()),
        )
        .await?;
    let password = match form.parse(&staff.email, matches) {
        Ok(password) => password,
        Err(errors) => {
            return Ok(html(
                StatusCode::UNPROCESSABLE_ENTITY,
                view::password(&staff, &errors, false),
            ));
        }
    };
    let hash = state.hasher.hash(password).await?;
    let now = Utc::now().naive_utc();
    let label = staff.email.clone();
    state
        .db
        .write(move |conn| {
            accounts::set_password(
                conn,
                Actor {
                    id: Some(id),
                    label: &label,
                },
                id,
                &hash,
                now,
            )
        })
        .await?
        .map_err(|r| AppError::BadRequest(r.message().into()))?;
    // This session carries the old epoch: sign in again with the new password.
    crate::web::extract::session::end(&session);
    Ok(html(
        StatusCode::OK,
        view::password(&staff, &FieldErrors::default(), true),
    ))
}
