//! Organisers' updates to a campaign's supporters: write one, send yourself a preview,
//! confirm and send it (see `updates`), and edit one while its emails wait. Every preview,
//! send and edit is audited.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use chrono::Utc;

use crate::auth::Staff;
use crate::campaigns::updates::{self, Actor, Context};
use crate::db::models::campaign::Campaign;
use crate::db::models::campaign_update::{self, CampaignUpdate};
use crate::db::models::outbox;
use crate::domain::EmailAddress;
use crate::forms::update::{Draft, UpdateForm};
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};
use crate::views::staff::updates::{self as view, Row};
use crate::web::error::AppError;
use crate::web::extract::session::StaffForm;
use crate::web::routes::{campaigns::load, html, see_other};
use crate::web::state::AppState;

fn actor(staff: &Staff) -> Actor {
    Actor {
        id: Some(staff.id),
        email: staff.email.clone(),
    }
}

/// Runs blocking update work (it writes in chunks) off the async workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, crate::db::DbError> + Send + 'static,
) -> Result<T, AppError> {
    Ok(tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))??)
}

/// The campaign's updates with their email progress, newest first.
async fn stored(
    state: &AppState,
    campaign_id: i64,
) -> Result<Vec<(CampaignUpdate, i64, i64)>, AppError> {
    Ok(state
        .db
        .read(move |conn| {
            campaign_update::all_for(conn, campaign_id)?
                .into_iter()
                .map(|u| {
                    let (sent, waiting) = outbox::update_progress(conn, u.id)?;
                    Ok((u, sent, waiting))
                })
                .collect()
        })
        .await?)
}

async fn list_page(
    state: &AppState,
    staff: &Staff,
    campaign: &Campaign,
    status: StatusCode,
    form: &UpdateForm,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let all = stored(state, campaign.id).await?;
    let rows: Vec<Row<'_>> = all
        .iter()
        .map(|(update, sent, waiting)| Row {
            update,
            sent: *sent,
            waiting: *waiting,
        })
        .collect();
    Ok(html(
        status,
        view::list(staff, campaign, &rows, form, errors, notice),
    ))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Done {
    sent: Option<usize>,
}

/// `GET /staff/campaigns/{slug}/updates`: the updates so far and the form.
pub async fn page(
    state: web::Data<AppState>,
    staff: Staff,
    slug: web::Path<String>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    let lang = staff.lang;
    let notice = query.sent.map(|n| {
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        lang.t_args(
            "staff-camp-updates-queued",
            &[
                ("count", Arg::Number(n)),
                ("shown", Arg::from(lang.number(n))),
            ],
        )
    });
    let form = UpdateForm::default();
    let errors = FieldErrors::default();
    list_page(
        &state,
        &staff,
        &campaign,
        StatusCode::OK,
        &form,
        &errors,
        notice.as_deref(),
    )
    .await
}

/// Queues a preview of `draft` to the staff member's own address; the notice to show.
async fn send_preview(
    state: &AppState,
    staff: &Staff,
    campaign: &Campaign,
    draft: Draft,
) -> Result<String, AppError> {
    let to = EmailAddress::parse(&staff.email)
        .map_err(|_| AppError::Internal("a staff address that is not an email".to_owned()))?;
    let (db, base_url, campaign, who) = (
        state.db.clone(),
        state.base_url.clone(),
        campaign.clone(),
        actor(staff),
    );
    let address = to.as_str().to_owned();
    let now = Utc::now().naive_utc();
    // The preview's fixed words in the staff member's language (never the pseudo-language,
    // which is for looking at pages).
    let lang = Lang::stored(staff.lang.code());
    blocking(move || {
        let at = Context {
            campaign: &campaign,
            base_url: &base_url,
        };
        updates::preview(&db, &at, &draft, &to, lang, &who, now)
    })
    .await?;
    state.mail_wake.notify_one();
    Ok(staff.lang.t_args(
        "staff-camp-updates-preview-sent",
        &[("address", Arg::from(address))],
    ))
}

/// `POST /staff/campaigns/{slug}/updates`: a preview, the confirmation step, or sending
/// (after confirmation), by the button pressed; the form again with messages if wrong.
pub async fn submit(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    request: StaffForm<UpdateForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let campaign = load(&state, &slug).await?;
    let now = Utc::now().naive_utc();
    let (draft, send_at) = match form.parse(now) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return list_page(&state, &staff, &campaign, status, &form, &errors, None).await;
        }
    };
    let no_errors = FieldErrors::default();
    match form.action.as_str() {
        "preview" => {
            let notice = send_preview(&state, &staff, &campaign, draft).await?;
            list_page(
                &state,
                &staff,
                &campaign,
                StatusCode::OK,
                &form,
                &no_errors,
                Some(&notice),
            )
            .await
        }
        "send" => {
            let (db, base_url, c, who) = (
                state.db.clone(),
                state.base_url.clone(),
                campaign.clone(),
                actor(&staff),
            );
            let published = blocking(move || {
                let at = Context {
                    campaign: &c,
                    base_url: &base_url,
                };
                updates::publish(&db, &at, &draft, &who, send_at, now)
            })
            .await?;
            state.mail_wake.notify_one();
            state.forget_campaigns();
            Ok(see_other(&format!(
                "/staff/campaigns/{}/updates?sent={}",
                campaign.slug, published.queued
            )))
        }
        "back" => {
            list_page(
                &state,
                &staff,
                &campaign,
                StatusCode::OK,
                &form,
                &no_errors,
                None,
            )
            .await
        }
        _ => {
            let id = campaign.id;
            let audience = state
                .db
                .read(move |conn| updates::audience_size(conn, id))
                .await?;
            Ok(html(
                StatusCode::OK,
                view::confirm(&staff, &campaign, &form, audience),
            ))
        }
    }
}

/// The update `id` of the campaign `slug`, or 404.
async fn find(
    state: &AppState,
    slug: &str,
    id: &str,
) -> Result<(Campaign, CampaignUpdate, i64, i64), AppError> {
    let campaign = load(state, slug).await?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let found = state
        .db
        .read(move |conn| {
            let Some(update) = campaign_update::find(conn, id)? else {
                return Ok(None);
            };
            let (sent, waiting) = outbox::update_progress(conn, id)?;
            Ok(Some((update, sent, waiting)))
        })
        .await?;
    match found {
        Some((update, sent, waiting)) if update.campaign_id == campaign.id => {
            Ok((campaign, update, sent, waiting))
        }
        _ => Err(AppError::NotFound),
    }
}

fn edit_page(
    staff: &Staff,
    found: &(Campaign, CampaignUpdate, i64, i64),
    status: StatusCode,
    form: &UpdateForm,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> HttpResponse {
    let (campaign, update, sent, waiting) = found;
    let row = Row {
        update,
        sent: *sent,
        waiting: *waiting,
    };
    html(
        status,
        view::edit(staff, campaign, &row, form, errors, notice),
    )
}

/// `GET /staff/campaigns/{slug}/updates/{id}/edit`: the update's words in the form.
pub async fn edit_form(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let found = find(&state, &slug, &id).await?;
    let form = UpdateForm::from_draft(&Draft {
        subject: found.1.subject.clone(),
        body_markdown: found.1.body_markdown.clone(),
    });
    Ok(edit_page(
        &staff,
        &found,
        StatusCode::OK,
        &form,
        &FieldErrors::default(),
        None,
    ))
}

/// `POST /staff/campaigns/{slug}/updates/{id}`: a preview of the new words, or saving
/// them (replacing the emails not yet sent).
pub async fn save(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    request: StaffForm<UpdateForm>,
) -> Result<HttpResponse, AppError> {
    let StaffForm { staff, form } = request;
    let (slug, id) = path.into_inner();
    let found = find(&state, &slug, &id).await?;
    let draft = match Draft::parse(&form.subject, &form.body) {
        Ok(draft) => draft,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(edit_page(&staff, &found, status, &form, &errors, None));
        }
    };
    let no_errors = FieldErrors::default();
    if form.action == "preview" {
        let notice = send_preview(&state, &staff, &found.0, draft).await?;
        return Ok(edit_page(
            &staff,
            &found,
            StatusCode::OK,
            &form,
            &no_errors,
            Some(&notice),
        ));
    }
    let (db, base_url, c, update, who) = (
        state.db.clone(),
        state.base_url.clone(),
        found.0.clone(),
        found.1.clone(),
        actor(&staff),
    );
    let now = Utc::now().naive_utc();
    let edited = blocking(move || {
        let at = Context {
            campaign: &c,
            base_url: &base_url,
        };
        updates::edit(&db, &at, &update, &draft, &who, now)
    })
    .await?;
    state.mail_wake.notify_one();
    state.forget_campaigns();
    let found = find(&state, &slug, &id).await?;
    let lang = staff.lang;
    let (replaced, kept) = (edited.replaced as i64, edited.kept);
    let notice = lang.t_args(
        "staff-camp-updates-saved",
        &[
            ("replaced", Arg::Number(replaced)),
            ("replaced_shown", Arg::from(lang.number(replaced))),
            ("kept", Arg::Number(kept)),
            ("kept_shown", Arg::from(lang.number(kept))),
        ],
    );
    let form = UpdateForm::from_draft(&Draft {
        subject: found.1.subject.clone(),
        body_markdown: found.1.body_markdown.clone(),
    });
    Ok(edit_page(
        &staff,
        &found,
        StatusCode::OK,
        &form,
        &no_errors,
        Some(&notice),
    ))
}
