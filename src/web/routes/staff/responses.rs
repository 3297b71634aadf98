//! Officials' responses to a campaign, for organisers and admins: list and record (emailed
//! once, audited), and correct (audited, not emailed again).

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::db::models::official_response;
use crate::forms::response::ResponseForm;
use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::letters::responses::{self, By};
use crate::views::staff::layout::counted;
use crate::views::staff::responses::{self as view, ResponsesPage};
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::routes::{campaigns::load, html};
use crate::web::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    done: Option<String>,
    emails: Option<usize>,
}

/// What the page shows besides the stored responses.
struct Shown<'a> {
    form: &'a ResponseForm,
    errors: &'a FieldErrors,
    editing: Option<i64>,
    notice: Option<String>,
}

/// The form again, as typed, with a message beside each wrong field (422).
async fn refused(
    state: &AppState,
    staff: &Staff,
    campaign: &Campaign,
    form: &ResponseForm,
    errors: &FieldErrors,
    editing: Option<i64>,
) -> Result<HttpResponse, AppError> {
    let shown = Shown {
        form,
        errors,
        editing,
        notice: None,
    };
    render(
        state,
        staff,
        campaign,
        StatusCode::UNPROCESSABLE_ENTITY,
        shown,
    )
    .await
}

async fn render(
    state: &AppState,
    staff: &Staff,
    campaign: &Campaign,
    status: StatusCode,
    shown: Shown<'_>,
) -> Result<HttpResponse, AppError> {
    let Shown {
        form,
        errors,
        editing,
        notice,
    } = shown;
    let id = campaign.id;
    let (responses, officials) = state
        .db
        .read(move |conn| {
            Ok((
                official_response::for_campaign(conn, id)?,
                official_response::choosable_officials(conn, id)?,
            ))
        })
        .await?;
    let markup = view::page(
        staff,
        &ResponsesPage {
            campaign,
            responses: &responses,
            officials: &officials,
            form,
            errors,
            editing,
            notice,
        },
    );
    let mut response = html(status, markup);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish()
}

fn notice(lang: Lang, done: &Done) -> Option<String> {
    match done.done.as_deref()? {
        "recorded" => {
            let n = i64::try_from(done.emails.unwrap_or(0)).unwrap_or(i64::MAX);
            Some(counted(lang, "staff-resp-recorded", n, &[]))
        }
        "corrected" => Some(lang.t("staff-resp-corrected")),
        _ => None,
    }
}

async fn officials_of(state: &AppState, campaign_id: i64) -> Result<Vec<i64>, AppError> {
    let choices = state
        .db
        .read(move |conn| official_response::choosable_officials(conn, campaign_id))
        .await?;
    Ok(choices.into_iter().map(|c| c.0).collect())
}

/// `GET /staff/campaigns/{slug}/responses`: the responses recorded, and the form for another.
pub async fn list(
    state: web::Data<AppState>,
    staff: Staff,
    slug: web::Path<String>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    let form = ResponseForm {
        received_on: Utc::now().format("%Y-%m-%d").to_string(),
        ..ResponseForm::default()
    };
    let shown = notice(staff.lang, &query);
    render(
        &state,
        &staff,
        &campaign,
        StatusCode::OK,
        Shown {
            form: &form,
            errors: &FieldErrors::default(),
            editing: None,
            notice: shown,
        },
    )
    .await
}

/// `POST /staff/campaigns/{slug}/responses`: records a response and queues its emails.
pub async fn create(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    request: StaffForm<ResponseForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let campaign = load(&state, &slug).await?;
    let now = Utc::now().naive_utc();
    let fields = match form.parse(&officials_of(&state, campaign.id).await?, now) {
        Ok(fields) => fields,
        Err(errors) => return refused(&state, &staff, &campaign, &form, &errors, None).await,
    };
    let (base_url, by_email, by_id, saved) = (
        state.base_url.clone(),
        staff.email.clone(),
        staff.id,
        campaign.clone(),
    );
    let (_, emails) = state
        .db
        .write(move |conn| {
            let by = By {
                id: Some(by_id),
                email: &by_email,
            };
            responses::record(conn, &saved, &fields, by, &base_url, now)
        })
        .await?;
    state.mail_wake.notify_one();
    Ok(see_other(&format!(
        "/staff/campaigns/{}/responses?done=recorded&emails={emails}",
        campaign.slug
    )))
}

fn response_id(id: &str) -> Result<i64, AppError> {
    id.parse::<i64>().map_err(|_| AppError::NotFound)
}

/// `GET /staff/campaigns/{slug}/responses/{id}/edit`: the form to correct a response.
pub async fn edit_page(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let campaign = load(&state, &slug).await?;
    let id = response_id(&id)?;
    let campaign_id = campaign.id;
    let found = state
        .db
        .read(move |conn| official_response::find(conn, campaign_id, id))
        .await?
        .ok_or(AppError::NotFound)?;
    let form = ResponseForm::of(&found);
    render(
        &state,
        &staff,
        &campaign,
        StatusCode::OK,
        Shown {
            form: &form,
            errors: &FieldErrors::default(),
            editing: Some(id),
            notice: None,
        },
    )
    .await
}

/// `POST /staff/campaigns/{slug}/responses/{id}`: saves a correction (nobody is emailed).
pub async fn update(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    request: StaffForm<ResponseForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let (slug, id) = path.into_inner();
    let campaign = load(&state, &slug).await?;
    let id = response_id(&id)?;
    let now = Utc::now().naive_utc();
    let fields = match form.parse(&officials_of(&state, campaign.id).await?, now) {
        Ok(fields) => fields,
        Err(errors) => return refused(&state, &staff, &campaign, &form, &errors, Some(id)).await,
    };
    let (by_email, by_id, saved) = (staff.email.clone(), staff.id, campaign.clone());
    let changed = state
        .db
        .write(move |conn| {
            let by = By {
                id: Some(by_id),
                email: &by_email,
            };
            responses::correct(conn, &saved, id, &fields, by, now)
        })
        .await?;
    if !changed {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!(
        "/staff/campaigns/{}/responses?done=corrected",
        campaign.slug
    )))
}
