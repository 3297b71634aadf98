//! Campaign pages and the public count.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpRequest, HttpResponse};
use chrono::{NaiveDateTime, Utc};
use serde_json::json;

use super::html;
use crate::campaigns::file::Translation;
use crate::campaigns::translations;
use crate::db::models::campaign::{self, Campaign};
use crate::db::models::campaign_update::{self, CampaignUpdate};
use crate::db::models::{campaign_translation, official_response, reply_question};
use crate::db::{DbConnection, DbError};
use crate::domain::Slug;
use crate::forms::{sign::SignForm, FieldErrors};
use crate::i18n::Lang;
use crate::views;
use crate::views::layout::Locale;
use crate::web::compressed_page::CompressedPage;
use crate::web::error::AppError;
use crate::web::state::AppState;

/// Finds a campaign by the slug in its URL; anything that is not a valid slug is a 404.
/// Campaigns are kept in memory for one count refresh (`AppState::campaigns`): a busy
/// campaign's sign form does not read its row for every signature.
pub async fn load(state: &AppState, slug: &str) -> Result<Campaign, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let key = slug.as_str().to_owned();
    let find = || async {
        let found = state
            .db
            .read(move |conn| campaign::find_by_slug(conn, slug.as_str()))
            .await?;
        Ok::<_, AppError>(found)
    };
    let interval = state.settings.count_interval();
    let campaign = state.campaigns.get_or_build(&key, interval, find).await?;
    Ok(campaign.ok_or(AppError::NotFound)?.as_ref().clone())
}

/// The campaign page with an empty sign form, in `lang`.
pub async fn fresh_page(
    state: &AppState,
    campaign: &Campaign,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let (form, errors) = (SignForm::default(), FieldErrors::default());
    let sign_form = views::campaign::SignFormState {
        values: &form,
        errors: &errors,
    };
    let page = current_page(state, campaign, lang, &sign_form).await?;
    Ok(html(StatusCode::OK, page))
}

/// The campaign page as it stands, with its updates and officials' replies, and the sign
/// form as given (empty, or as typed with a message beside each wrong field), in `lang`.
pub async fn current_page(
    state: &AppState,
    campaign: &Campaign,
    lang: Lang,
    sign_form: &views::campaign::SignFormState<'_>,
) -> Result<maud::Markup, AppError> {
    let (id, now) = (campaign.id, Utc::now().naive_utc());
    let progress = state
        .db
        .read(move |conn| Progress::load(conn, id, lang, now))
        .await?;
    let path = page_path(&campaign.slug);
    Ok(render(
        state,
        campaign,
        state.count_of(&campaign.slug),
        &progress,
        &views::layout::Locale { lang, path: &path },
        sign_form,
    ))
}

/// `campaign` with the organiser's words for it in `lang` where given (see
/// `campaigns::translations`), its translations kept in memory like the campaign.
pub async fn shown_in(
    state: &AppState,
    campaign: &Campaign,
    lang: Lang,
) -> Result<translations::Shown, AppError> {
    let id = campaign.id;
    let find = || async {
        let all = state
            .db
            .read(move |conn| campaign_translation::for_campaign(conn, id))
            .await?;
        Ok::<_, AppError>(Some(all))
    };
    let interval = state.settings.count_interval();
    let all = state
        .translations
        .get_or_build(&campaign.slug, interval, find)
        .await?;
    let translation = all
        .as_deref()
        .into_iter()
        .flatten()
        .find(|t| t.lang == lang);
    Ok(translations::localise(campaign, lang, translation))
}

/// The campaign's page, as the language links name it.
pub fn page_path(slug: &str) -> String {
    format!("/campaigns/{slug}")
}

/// What happened since the campaign began, as its page shows it: the organisers' updates,
/// what officials answered and how often they replied.
#[derive(Debug)]
struct Progress {
    updates: Vec<CampaignUpdate>,
    responses: Vec<official_response::Response>,
    tallies: Vec<reply_question::OfficialTally>,
    /// The organiser's words for the campaign in the page's language, if any.
    translation: Option<Translation>,
}

impl Progress {
    fn load(
        conn: &mut DbConnection,
        campaign_id: i64,
        lang: Lang,
        now: NaiveDateTime,
    ) -> Result<Progress, DbError> {
        Ok(Progress {
            translation: campaign_translation::find(conn, campaign_id, lang)?,
            updates: campaign_update::published(conn, campaign_id, now)?,
            responses: official_response::for_campaign(conn, campaign_id)?,
            tallies: reply_question::tallies(conn, Some(campaign_id))?,
        })
    }
}

fn render(
    state: &AppState,
    campaign: &Campaign,
    count: i64,
    progress: &Progress,
    locale: &views::layout::Locale<'_>,
    sign_form: &views::campaign::SignFormState<'_>,
) -> maud::Markup {
    let shown = translations::localise(campaign, locale.lang, progress.translation.as_ref());
    views::campaign::page(
        &shown,
        count,
        sign_form,
        &views::campaign::Viewing {
            locale: *locale,
            now: Utc::now().naive_utc(),
            base_url: &state.base_url,
        },
        state.public_stats.get(&campaign.slug).as_deref(),
        views::campaign::Since {
            updates: &progress.updates,
            replies: maud::html! {
                (views::replies::responses_section(locale.lang, &progress.responses))
                (views::replies::rates_section(locale.lang, &progress.tallies))
            },
        },
    )
}

/// The page at `path` in `lang` from `state.pages` (one entry per path and language),
/// built from the campaign `find` returns when the stored one is older than a count
/// refresh or shows another count. `None` when there is no such campaign.
async fn cached_page<F>(
    state: &AppState,
    path: &str,
    lang: Lang,
    find: F,
) -> Result<Option<Arc<CompressedPage>>, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<Option<Campaign>, DbError> + Send + 'static,
{
    let current = |page: &CompressedPage| page.count == state.count_of(&page.slug);
    let build = || async {
        let now = Utc::now().naive_utc();
        let found = state
            .db
            .read(move |conn| {
                let Some(campaign) = find(conn)? else {
                    return Ok(None);
                };
                let progress = Progress::load(conn, campaign.id, lang, now)?;
                Ok(Some((campaign, progress)))
            })
            .await?;
        let Some((campaign, progress)) = found else {
            return Ok::<_, AppError>(None);
        };
        let count = state.count_of(&campaign.slug);
        let (form, errors) = (SignForm::default(), FieldErrors::default());
        let sign_form = views::campaign::SignFormState {
            values: &form,
            errors: &errors,
        };
        let locale = Locale { lang, path };
        let page = render(state, &campaign, count, &progress, &locale, &sign_form);
        Ok(Some(CompressedPage::new(&campaign.slug, count, page)))
    };
    let max_age = state.settings.count_interval();
    let key = format!("{path}?lang={lang}");
    state
        .pages
        .get_or_build_while(&key, max_age, current, build)
        .await
}

/// `GET /`: the featured campaign.
#[get("/")]
pub async fn front_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    match cached_page(&state, "/", lang, campaign::front_page).await? {
        Some(page) => Ok(page.respond(&req)),
        None => Ok(crate::web::respond::error_page(
            StatusCode::OK,
            views::errors::Kind::NoCampaigns,
        )),
    }
}

/// `GET /campaigns/{slug}`: one campaign's letter, count and sign form.
#[get("/campaigns/{slug}")]
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let slug = Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let path = page_path(slug.as_str());
    let find = move |conn: &mut DbConnection| campaign::find_by_slug(conn, slug.as_str());
    let page = cached_page(&state, &path, lang, find).await?;
    Ok(page.ok_or(AppError::NotFound)?.respond(&req))
}

/// `GET /campaigns/{slug}/count.json`: the confirmed count, from memory, cacheable for one
/// count refresh, with a strong ETag (see `api::http_cache`).
#[get("/campaigns/{slug}/count.json")]
pub async fn count_json(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> HttpResponse {
    use crate::web::api::http_cache::{self, JsonBody};
    let Some(snapshot) = state.counts.get(&slug) else {
        return actix_web::ResponseError::error_response(&crate::web::api::ApiError::NotFound);
    };
    let body = JsonBody::of(&json!({
        "slug": slug.as_str(),
        "signature_count": snapshot.signature_count,
        "updated_at": snapshot.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }));
    match body {
        Ok(body) => {
            let policy = http_cache::cache_control(state.settings.count_interval());
            http_cache::respond(&req, &body, &policy)
        }
        Err(error) => {
            actix_web::ResponseError::error_response(&crate::web::api::ApiError::from(error))
        }
    }
}
