//! Signing staff in and out.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::throttle::{self, Verdict};
use crate::auth::{session, StaffForm};
use crate::client_ip::client_ip;
use crate::db::models::{login_attempt, user};
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::routes::html;
use crate::startup::AppState;
use crate::views::staff::login as view;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
}

/// `GET /staff/login`.
#[get("/staff/login")]
pub async fn login_page(session: Session) -> HttpResponse {
    let signed_in = session.get::<i64>("uid").ok().flatten().is_some();
    if signed_in {
        return see_other("/staff");
    }
    no_store(html(StatusCode::OK, view::page("", None)))
}

/// `POST /staff/login`: the same answer for an unknown email and a wrong password, in the
/// same time; slower and slower for repeated failures.
#[post("/staff/login")]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    if !session::same_site(&req) {
        return Err(AppError::Csrf);
    }
    let form = form.into_inner();
    let ip = client_ip(&req, &state.settings.trusted_proxies)
        .map(|ip| ip.to_string())
        .unwrap_or_default();
    let email = EmailAddress::parse(&form.email).ok();
    let account_key = email.as_ref().map(|e| e.canonical()).unwrap_or_default();
    let now = Utc::now().naive_utc();
    let since = now - throttle::WINDOW;
    let (key, addr) = (account_key.clone(), ip.clone());
    let (account_failures, ip_failures) = state
        .db
        .read(move |conn| login_attempt::recent_failures(conn, &key, &addr, since))
        .await?;
    let delay = match throttle::verdict(account_failures, ip_failures) {
        Verdict::Refuse => {
            let page = view::page(&form.email, Some(view::TOO_MANY));
            return Ok(no_store(html(StatusCode::TOO_MANY_REQUESTS, page)));
        }
        Verdict::Proceed(delay) => delay,
    };
    tokio::time::sleep(delay).await;

    let found = match email {
        Some(email) => {
            state
                .db
                .read(move |conn| user::find_by_email(conn, &email))
                .await?
        }
        None => None,
    };
    let stored = found.as_ref().map(|u| u.password_hash.clone());
    let matches = state.hasher.verify(form.password, stored).await?;
    let accepted = found.filter(|u| matches && !u.disabled && u.role().is_some());
    let ok = accepted.is_some();
    let user_id = accepted.as_ref().map(|u| u.id);
    state
        .db
        .write(move |conn| {
            login_attempt::record(conn, &account_key, &ip, ok, now)?;
            if let Some(id) = user_id {
                user::record_login(conn, id, now)?;
                login_attempt::prune(conn, now - chrono::TimeDelta::days(1))?;
            }
            Ok(())
        })
        .await?;
    match accepted {
        Some(user) => {
            session::start(&session, &user)?;
            Ok(see_other("/staff"))
        }
        None => Ok(no_store(html(
            StatusCode::UNAUTHORIZED,
            view::page(&form.email, Some(view::WRONG)),
        ))),
    }
}

/// `POST /staff/logout`: ends this session and, since a copied cookie would otherwise
/// stay valid, every other session of the account.
#[post("/staff/logout")]
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
