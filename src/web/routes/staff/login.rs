//! Signing staff in and out.

use actix_session::Session;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::throttle::{self, Verdict};
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::{login_attempt, user};
use crate::forms::staff_accounts::LoginForm;
use crate::i18n::Lang;
use crate::views::staff::login as view;
use crate::web::error::AppError;
use crate::web::extract::client_ip::client_ip;
use crate::web::extract::session::{self, StaffForm};
use crate::web::routes::html;
use crate::web::state::AppState;

/// `GET /staff/login`.
pub async fn login_page(session: Session, lang: Lang) -> Result<HttpResponse, AppError> {
    let signed_in = session.get::<i64>("uid").ok().flatten().is_some();
    if signed_in {
        return Ok(see_other("/staff"));
    }
    let csrf = session::login_token(&session)?;
    Ok(no_store(html(
        StatusCode::OK,
        view::page(lang, "", None, &csrf),
    )))
}

/// `POST /staff/login`: the same answer for an unknown email and a wrong password, in the
/// same time; slower and slower for repeated failures, refused (429) past the limits of
/// `auth::throttle`. The attempt is recorded before the password is checked; sign-ins,
/// failures and lockouts are audited.
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    lang: Lang,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    if !session::same_site(&req) || !session::login_token_matches(&session, &form.csrf) {
        return Err(AppError::Csrf);
    }
    let ip = client_ip(&req, &state.settings.trusted_proxies)
        .map(|ip| ip.to_string())
        .unwrap_or_default();
    let email = form.parse();
    let account_key = email.as_ref().map(|e| e.canonical()).unwrap_or_default();
    let now = Utc::now().naive_utc();
    let (key, addr) = (account_key.clone(), ip.clone());
    // Committed before it is counted, so of any two attempts at once the later count sees
    // both.
    let attempt = state
        .db
        .write(move |conn| login_attempt::begin(conn, &key, &addr, now))
        .await?;
    let (key, addr) = (account_key.clone(), ip.clone());
    let recent = state
        .db
        .read(move |conn| {
            login_attempt::recent(
                conn,
                &key,
                &addr,
                attempt,
                now - throttle::WINDOW,
                now - throttle::KNOWN_ADDRESS_FOR,
            )
        })
        .await?;
    let found = match email {
        Some(email) => {
            state
                .db
                .read(move |conn| user::find_by_email(conn, &email))
                .await?
        }
        None => None,
    };
    let account = found.as_ref().map(|u| (u.id, u.email.clone()));
    let delay = match throttle::verdict(recent) {
        Verdict::Refuse => {
            audit_sign_in(&state, LOCKED, account, &ip, now).await?;
            let page = view::page(lang, &form.email, Some(view::TOO_MANY), &form.csrf);
            let mut response = no_store(html(StatusCode::TOO_MANY_REQUESTS, page));
            response.headers_mut().insert(
                header::RETRY_AFTER,
                header::HeaderValue::from(throttle::WINDOW.num_seconds()),
            );
            return Ok(response);
        }
        Verdict::Proceed(delay) => delay,
    };
    tokio::time::sleep(delay).await;

    let stored = found.as_ref().map(|u| u.password_hash.clone());
    let matches = state.hasher.verify(form.password, stored).await?;
    if matches && found.as_ref().is_some_and(|u| u.disabled) {
        audit_sign_in(&state, "staff.sign_in_failed", account, &ip, now).await?;
        return Ok(no_store(html(
            StatusCode::FORBIDDEN,
            view::page(lang, &form.email, Some(view::DISABLED), &form.csrf),
        )));
    }
    let accepted = found.filter(|u| matches && !u.disabled && u.role().is_some());
    let Some(user) = accepted else {
        audit_sign_in(&state, "staff.sign_in_failed", account, &ip, now).await?;
        return Ok(no_store(html(
            StatusCode::UNAUTHORIZED,
            view::page(lang, &form.email, Some(view::WRONG), &form.csrf),
        )));
    };
    let (user_id, address) = (user.id, ip.clone());
    let signed_in = (user.id, user.email.clone());
    state
        .db
        .write(move |conn| {
            login_attempt::succeeded(conn, attempt)?;
            user::record_login(conn, user_id, now)?;
            login_attempt::prune(
                conn,
                now - chrono::TimeDelta::days(1),
                now - throttle::KNOWN_ADDRESS_FOR,
            )?;
            Ok(())
        })
        .await?;
    audit_sign_in(&state, "staff.sign_in", Some(signed_in), &address, now).await?;
    session::start(&session, &user)?;
    Ok(see_other("/staff"))
}

const LOCKED: &str = "staff.sign_in_locked";

/// Audits a sign-in, a failed one or a lockout (once per account, or per unknown account,
/// in the throttle's window): the account if there is one (an unknown email typed is not
/// recorded) and the address it came from.
async fn audit_sign_in(
    state: &AppState,
    action: &'static str,
    account: Option<(i64, String)>,
    ip: &str,
    now: chrono::NaiveDateTime,
) -> Result<(), AppError> {
    let from = if ip.is_empty() {
        "from an unknown address".to_owned()
    } else {
        format!("from {ip}")
    };
    state
        .db
        .write(move |conn| {
            let (id, actor) = match &account {
                Some((id, email)) => (Some(*id), email.as_str()),
                None => (None, "unknown account"),
            };
            let since = now - throttle::WINDOW;
            if action == LOCKED && audit::recorded_since(conn, action, actor, since)? {
                return Ok(());
            }
            audit::record(
                conn,
                &AuditEntry {
                    actor_id: id,
                    actor,
                    action,
                    subject_type: "user",
                    subject_id: id.map(|id| id.to_string()),
                    old_state: None,
                    new_state: Some(from),
                    reason: None,
                    created_at: now,
                },
            )
        })
        .await?;
    Ok(())
}

/// `POST /staff/logout`: ends this session and, since a copied cookie would otherwise
/// stay valid, every other session of the account.
pub async fn logout(
    state: web::Data<AppState>,
    session: Session,
    form: StaffForm<Empty>,
) -> Result<HttpResponse, AppError> {
    let id = form.staff.id;
    state
        .db
        .write(move |conn| user::end_sessions(conn, id))
        .await?;
    session::end(&session);
    Ok(see_other("/staff/login"))
}

/// A form with nothing but its CSRF token.
#[derive(Debug, Deserialize)]
pub struct Empty {}

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location))
        .insert_header(("Cache-Control", "no-store"))
        .finish()
}

fn no_store(mut response: HttpResponse) -> HttpResponse {
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    response
}
