//! Organisers' campaign pages: list campaigns, start one from a pasted published letter,
//! create and edit it. Every change is stored like a campaign file import and audited.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::Staff;
use crate::db::models::campaign;
use crate::db::models::target;
use crate::db::DbConnection;
use crate::forms::campaign::CampaignForm;
use crate::forms::FieldErrors;
use crate::letter_paste;
use crate::views::staff::campaign_form::{self as form_view, FormPage, Mode};
use crate::views::staff::campaigns as view;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::routes::{campaigns::load, html};
use crate::web::state::AppState;

mod saving;

use saving::store;

const TAKEN: &str = "A campaign already uses this web address: choose another";
const PARSED: &str = "Missive has read the letter as below. Check every part, correct what it \
                      got wrong, then set the web address and goal.";

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    saved: Option<String>,
}

/// `GET /staff/campaigns`: every campaign with its status and count.
pub async fn list(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let campaigns = state.db.read(campaign::list).await?;
    let rows: Vec<view::Row<'_>> = campaigns
        .iter()
        .map(|c| view::Row {
            campaign: c,
            count: state.count_of(&c.slug),
        })
        .collect();
    let saved = query
        .saved
        .as_deref()
        .and_then(|slug| campaigns.iter().find(|c| c.slug == slug));
    let now = Utc::now().naive_utc();
    Ok(page(StatusCode::OK, view::list(&staff, &rows, saved, now)))
}

/// `GET /staff/campaigns/new`: paste a published letter.
pub async fn new_page(staff: Staff) -> Result<HttpResponse, AppError> {
    Ok(page(StatusCode::OK, view::paste(&staff)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasteForm {
    letter: String,
}

/// `POST /staff/campaigns/new/parse`: the campaign form, filled from the pasted letter.
pub async fn parse(request: StaffForm<PasteForm>) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let pasted = !form.letter.trim().is_empty();
    let form = CampaignForm::from_paste(letter_paste::parse(&form.letter));
    let notice = pasted.then_some(PARSED);
    Ok(form_page(
        &staff,
        Mode::New,
        &form,
        &FieldErrors::default(),
        notice,
    ))
}

/// `POST /staff/campaigns`: creates the campaign, or shows the form again with messages.
pub async fn create(
    state: web::Data<AppState>,
    request: StaffForm<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let file = match form.parse() {
        Ok(file) => file,
        Err(errors) => return Ok(invalid(&staff, Mode::New, &form, &errors)),
    };
    let slug = file.slug.to_string();
    let (actor, reason) = (staff.clone(), form.reason().map(str::to_owned));
    let work = move |conn: &mut DbConnection| {
        if campaign::find_by_slug(conn, file.slug.as_str())?.is_some() {
            return Ok(false);
        }
        store(conn, &actor, &file, None, reason.as_deref())?;
        Ok(true)
    };
    match state.db.write(work).await {
        Ok(true) => {
            state.forget_campaigns();
            Ok(saved(&slug))
        }
        Ok(false) => Ok(slug_taken(&staff, &form)),
        Err(e) if e.is_unique_violation() => Ok(slug_taken(&staff, &form)),
        Err(e) => Err(e.into()),
    }
}

/// `GET /staff/campaigns/{slug}/edit`: the form, filled from the stored campaign.
pub async fn edit_page(
    state: web::Data<AppState>,
    staff: Staff,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    let id = campaign.id;
    let targets = state
        .db
        .read(move |conn| target::for_campaign(conn, id))
        .await?;
    let form = CampaignForm::from_campaign(&campaign, &targets);
    let mode = Mode::Edit {
        slug: &campaign.slug,
    };
    Ok(form_page(
        &staff,
        mode,
        &form,
        &FieldErrors::default(),
        None,
    ))
}

/// `POST /staff/campaigns/{slug}`: saves changes (the slug stays), or shows the messages.
pub async fn update(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    request: StaffForm<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, mut form } = request;
    let campaign = load(&state, &slug).await?;
    form.slug.clone_from(&campaign.slug);
    let mode = Mode::Edit {
        slug: &campaign.slug,
    };
    let file = match form.parse() {
        Ok(file) => file,
        Err(errors) => return Ok(invalid(&staff, mode, &form, &errors)),
    };
    let (actor, reason) = (staff.clone(), form.reason().map(str::to_owned));
    state
        .db
        .write(move |conn| {
            let before = campaign::find_by_slug(conn, file.slug.as_str())?;
            store(conn, &actor, &file, before.as_ref(), reason.as_deref())
        })
        .await?;
    state.forget_campaigns();
    Ok(saved(&campaign.slug))
}

fn form_page(
    staff: &Staff,
    mode: Mode<'_>,
    form: &CampaignForm,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> HttpResponse {
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let markup = form_view::page(
        staff,
        &FormPage {
            mode,
            form,
            errors,
            notice,
        },
    );
    page(status, markup)
}

/// The form again, with a message beside each wrong field (422).
fn invalid(
    staff: &Staff,
    mode: Mode<'_>,
    form: &CampaignForm,
    errors: &FieldErrors,
) -> HttpResponse {
    form_page(staff, mode, form, errors, None)
}

fn slug_taken(staff: &Staff, form: &CampaignForm) -> HttpResponse {
    let mut errors = FieldErrors::default();
    errors.add("slug", TAKEN);
    invalid(staff, Mode::New, form, &errors)
}

fn saved(slug: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", format!("/staff/campaigns?saved={slug}")))
        .insert_header(("Cache-Control", "no-store"))
        .finish()
}

/// Staff pages carry the CSRF token: never stored by caches.
fn page(status: StatusCode, markup: maud::Markup) -> HttpResponse {
    let mut response = html(status, markup);
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    response
}
