//! Organisers' API tokens in the browser: list them, create one (the POST keeps its secret in
//! the encrypted session and redirects; the page it lands on shows it once and forgets it, so
//! a refresh neither shows it again nor makes another), revoke one. Both audited.
//! Organisers see and revoke their own tokens; admins everyone's.

use actix_session::Session;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::auth::{Area, Staff};
use crate::db::models::api_token::{self, Revoked};
use crate::db::models::campaign;
use crate::forms::api_token::TokenForm;
use crate::forms::FieldErrors;
use crate::views::staff::api_tokens::{self as view, Issued, TokensPage};
use crate::web::api::tokens;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::extract::session::{hold_issued_token, take_issued_token};
use crate::web::routes::html;
use crate::web::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    done: Option<String>,
}

/// A form with nothing but its CSRF token.
#[derive(Debug, Default, Deserialize)]
pub struct NoFields {}

/// What the page shows besides the stored tokens.
struct Shown<'a> {
    form: &'a TokenForm,
    errors: &'a FieldErrors,
    issued: Option<Issued<'a>>,
    notice: Option<&'a str>,
}

async fn render(
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    shown: Shown<'_>,
) -> Result<HttpResponse, AppError> {
    let maker = tokens::maker_filter(staff);
    let (tokens, campaigns) = state
        .db
        .read(move |conn| Ok((api_token::list(conn, maker)?, campaign::list(conn)?)))
        .await?;
    let api_root = format!("{}/api/v1", state.base_url);
    let markup = view::page(
        staff,
        &TokensPage {
            tokens: &tokens,
            campaigns: &campaigns,
            form: shown.form,
            errors: shown.errors,
            issued: shown.issued,
            notice: shown.notice,
            api_root: &api_root,
        },
    );
    let mut response = html(status, markup);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

/// `GET /staff/api-tokens`: the tokens this staff member may manage, the form to create
/// one, and a token just created, this once.
pub async fn list(
    state: web::Data<AppState>,
    staff: Staff,
    session: Session,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let held = take_issued_token(&session);
    let notice = query
        .done
        .as_deref()
        .and_then(|word| view::notice(staff.lang, word));
    let shown = Shown {
        form: &TokenForm::default(),
        errors: &FieldErrors::default(),
        issued: held.as_ref().map(|(name, secret)| Issued { name, secret }),
        notice: notice.as_deref(),
    };
    render(&state, &staff, StatusCode::OK, shown).await
}

/// `POST /staff/api-tokens`: creates a token and redirects (303) to the list, which shows
/// its secret this once; or shows the form again with what was wrong (422).
pub async fn create(
    state: web::Data<AppState>,
    session: Session,
    request: StaffForm<TokenForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let campaigns = state.db.read(campaign::list).await?;
    let wanted = match form.parse(&campaigns, staff.role.may(Area::SignerContacts)) {
        Ok(wanted) => wanted,
        Err(errors) => {
            let shown = Shown {
                form: &form,
                errors: &errors,
                issued: None,
                notice: None,
            };
            return render(&state, &staff, StatusCode::UNPROCESSABLE_ENTITY, shown).await;
        }
    };
    let name = wanted.name.clone();
    let issued = tokens::issue(&state.db, &staff, wanted).await?;
    hold_issued_token(&session, &name, issued.secret.as_str())?;
    Ok(see_other("/staff/api-tokens"))
}

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish()
}

/// `POST /staff/api-tokens/{id}/revoke`: the token stops working at once.
pub async fn revoke(
    state: web::Data<AppState>,
    id: web::Path<String>,
    request: StaffForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let staff = request.staff;
    let Ok(id) = id.parse::<i64>() else {
        return Err(AppError::NotFound);
    };
    let word = match tokens::revoke(&state.db, &staff, id).await? {
        Revoked::Now(_) => "revoked",
        Revoked::Already => "already",
        Revoked::NoSuchToken => "missing",
    };
    Ok(see_other(&format!("/staff/api-tokens?done={word}")))
}
