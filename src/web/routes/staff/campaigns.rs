//! Organisers' campaign pages: list campaigns, start one from a pasted published letter,
//! create and edit it. Every change is stored like a campaign file import and audited.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::{NaiveDateTime, Utc};
use serde::Deserialize;

use crate::auth::Staff;
use crate::campaigns::file::{CampaignFile, CampaignFileError};
use crate::db::models::campaign::{self, Campaign};
use crate::db::models::{campaign_translation, letter_version, official_pick, target};
use crate::db::DbConnection;
use crate::forms::campaign::{message, CampaignForm, PasteForm};
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang, Message};
use crate::views::staff::campaign_form::{self as form_view, FormPage, Mode};
use crate::views::staff::campaign_targets::{self as targets_view, Picker};
use crate::views::staff::campaigns as view;
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::routes::{campaigns::load, html};
use crate::web::state::AppState;

mod photo;
mod saving;
pub mod upload;

use saving::store;
use upload::StaffUpload;

/// Beside the web address when another campaign has it.
const TAKEN: Message = Message::new("error-campaign-slug-taken");

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

/// `POST /staff/campaigns/new/parse`: the campaign form, filled from the pasted letter.
pub async fn parse(
    state: web::Data<AppState>,
    request: StaffForm<PasteForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let (form, pasted) = form.parse();
    let parsed = staff.lang.t("staff-camp-form-parsed");
    let notice = pasted.then_some(parsed.as_str());
    let (picker, _) = picker(&state, &form).await?;
    Ok(form_page(
        &staff,
        Mode::New,
        &form,
        &FieldErrors::default(),
        &Extras {
            notice,
            picker: &picker,
            warnings: &[],
        },
    ))
}

/// `POST /staff/campaigns`: creates the campaign, or shows the form again with messages.
pub async fn create(
    state: web::Data<AppState>,
    request: StaffUpload<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let StaffUpload {
        staff,
        mut form,
        upload,
    } = request;
    let photo_error = photo::receive(&state, &mut form, upload).await?;
    let picking = form.apply_picker();
    let (picker, unknown) = picker(&state, &form).await?;
    let extras = Extras {
        notice: None,
        picker: &picker,
        warnings: &[],
    };
    if picking {
        let none = FieldErrors::default();
        return Ok(form_page(&staff, Mode::New, &form, &none, &extras));
    }
    let file = match photo::checked(checked(&form, unknown), photo_error) {
        Ok(file) => file,
        Err(errors) => return Ok(form_page(&staff, Mode::New, &form, &errors, &extras)),
    };
    let warnings = warnings(staff.lang, &file, None, 0, Utc::now().naive_utc());
    if !warnings.is_empty() && !form.confirmed() {
        let extras = Extras {
            warnings: &warnings,
            ..extras
        };
        let none = FieldErrors::default();
        return Ok(form_page(&staff, Mode::New, &form, &none, &extras));
    }
    let slug = file.slug.to_string();
    let (actor, reason) = (staff.clone(), form.reason().map(str::to_owned));
    let image = Some(form.image_sha256.clone()).filter(|s| !s.is_empty());
    let work = move |conn: &mut DbConnection| {
        if campaign::find_by_slug(conn, file.slug.as_str())?.is_some() {
            return Ok(false);
        }
        store(conn, &actor, &file, None, reason.as_deref())?;
        photo::save(conn, file.slug.as_str(), image.as_deref())?;
        Ok(true)
    };
    match state.db.write(work).await {
        Ok(true) => {
            state.forget_campaigns();
            Ok(saved(&slug))
        }
        Ok(false) => Ok(slug_taken(&staff, &form, &extras)),
        Err(e) if e.is_unique_violation() => Ok(slug_taken(&staff, &form, &extras)),
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
    let (targets, translations) = state
        .db
        .read(move |conn| {
            Ok((
                target::for_campaign(conn, id)?,
                campaign_translation::for_campaign(conn, id)?,
            ))
        })
        .await?;
    let form = CampaignForm::from_campaign(&campaign, &targets, &translations);
    let mode = Mode::Edit {
        slug: &campaign.slug,
    };
    let (picker, _) = picker(&state, &form).await?;
    let extras = Extras {
        notice: None,
        picker: &picker,
        warnings: &[],
    };
    Ok(form_page(
        &staff,
        mode,
        &form,
        &FieldErrors::default(),
        &extras,
    ))
}

/// `POST /staff/campaigns/{slug}`: saves changes (the slug stays), or shows the messages.
pub async fn update(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    request: StaffUpload<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let StaffUpload {
        staff,
        mut form,
        upload,
    } = request;
    let campaign = load(&state, &slug).await?;
    form.slug.clone_from(&campaign.slug);
    let mode = Mode::Edit {
        slug: &campaign.slug,
    };
    let photo_error = photo::receive(&state, &mut form, upload).await?;
    let picking = form.apply_picker();
    let (picker, unknown) = picker(&state, &form).await?;
    let extras = Extras {
        notice: None,
        picker: &picker,
        warnings: &[],
    };
    if picking {
        let none = FieldErrors::default();
        return Ok(form_page(&staff, mode, &form, &none, &extras));
    }
    let file = match photo::checked(checked(&form, unknown), photo_error) {
        Ok(file) => file,
        Err(errors) => return Ok(form_page(&staff, mode, &form, &errors, &extras)),
    };
    let id = campaign.id;
    let (before, signed) = state
        .db
        .read(move |conn| {
            let before = campaign::find_by_id(conn, id)?;
            Ok((before, letter_version::signed_count(conn, id)?))
        })
        .await?;
    let before = before.ok_or(AppError::NotFound)?;
    let warnings = warnings(
        staff.lang,
        &file,
        Some(&before),
        signed,
        Utc::now().naive_utc(),
    );
    if !warnings.is_empty() && !form.confirmed() {
        let extras = Extras {
            warnings: &warnings,
            ..extras
        };
        let none = FieldErrors::default();
        return Ok(form_page(&staff, mode, &form, &none, &extras));
    }
    let (actor, reason) = (staff.clone(), form.reason().map(str::to_owned));
    let image = Some(form.image_sha256.clone()).filter(|s| !s.is_empty());
    state
        .db
        .write(move |conn| {
            let before = campaign::find_by_slug(conn, file.slug.as_str())?;
            store(conn, &actor, &file, before.as_ref(), reason.as_deref())?;
            photo::save(conn, file.slug.as_str(), image.as_deref())
        })
        .await?;
    state.forget_campaigns();
    Ok(saved(&campaign.slug))
}

/// What the form shows besides its fields.
#[derive(Clone, Copy)]
struct Extras<'a> {
    notice: Option<&'a str>,
    picker: &'a Picker,
    warnings: &'a [String],
}

/// The picker for the form's targets (what each names, and any search), and the codes
/// among them that no official has.
async fn picker(state: &AppState, form: &CampaignForm) -> Result<(Picker, Vec<String>), AppError> {
    let lines: Vec<String> = form.target_lines().into_iter().map(str::to_owned).collect();
    let codes: Vec<String> = form
        .official_codes()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let query = form.target_search.trim().to_owned();
    let read = move |conn: &mut DbConnection| {
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let named = official_pick::by_codes(conn, &codes)?;
        let unknown = official_pick::unknown_codes(conn, &codes)?;
        let results = match query.is_empty() {
            true => None,
            false => Some(official_pick::search(conn, &query, targets_view::RESULTS)?),
        };
        let chosen = lines
            .into_iter()
            .map(|line| {
                let found = named.iter().find(|f| f.official.code == line).cloned();
                (line, found)
            })
            .collect();
        Ok((
            Picker {
                chosen,
                query,
                results,
            },
            unknown,
        ))
    };
    Ok(state.db.read(read).await?)
}

/// The campaign the form describes, or a message beside each wrong field (including
/// targets that name no official).
fn checked(form: &CampaignForm, unknown: Vec<String>) -> Result<CampaignFile, FieldErrors> {
    let parsed = form.parse();
    if unknown.is_empty() {
        return parsed;
    }
    let mut errors = parsed.err().unwrap_or_default();
    let error = CampaignFileError::UnknownTargets(unknown);
    errors.add(error.field(), message(&error, &form.slug));
    Err(errors)
}

/// What saving would do that people may not expect: change the text people have signed,
/// or close the campaign at once. Empty when there is nothing to confirm.
fn warnings(
    lang: Lang,
    file: &CampaignFile,
    before: Option<&Campaign>,
    signed: i64,
    now: NaiveDateTime,
) -> Vec<String> {
    let mut warnings = Vec::new();
    if let Some(before) = before {
        let text_changed =
            before.headline != file.headline || before.body_markdown != file.body_markdown;
        if text_changed && signed > 0 {
            warnings.push(lang.t_args(
                "staff-camp-warning-text-changed",
                &[
                    ("count", Arg::Number(signed)),
                    ("shown", Arg::from(lang.number(signed))),
                    ("date", Arg::from(lang.date(now.date()))),
                ],
            ));
        }
    }
    if let Some(closes) = file.closes_at {
        let unchanged = before.is_some_and(|b| b.closes_at == Some(closes));
        if closes <= now && !unchanged {
            warnings.push(lang.t_args(
                "staff-camp-warning-closes",
                &[("when", Arg::from(lang.date_time(closes)))],
            ));
        }
    }
    warnings
}

fn form_page(
    staff: &Staff,
    mode: Mode<'_>,
    form: &CampaignForm,
    errors: &FieldErrors,
    extras: &Extras<'_>,
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
            notice: extras.notice,
            picker: extras.picker,
            warnings: extras.warnings,
        },
    );
    page(status, markup)
}

fn slug_taken(staff: &Staff, form: &CampaignForm, extras: &Extras<'_>) -> HttpResponse {
    let mut errors = FieldErrors::default();
    errors.add("slug", TAKEN);
    form_page(staff, Mode::New, form, &errors, extras)
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
