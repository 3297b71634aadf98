//! Signature review for moderators and admins: search signatures, invalidate what a search
//! found (and revert an invalidation), and clear suspect signatures as genuine.

mod actions;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

pub use actions::{clear_suspects, invalidate, revert};

use crate::auth::Staff;
use crate::db::models::{campaign, invalidation, signature_search};
use crate::db::{DbConnection, DbError};
use crate::forms::signatures::SearchForm;
use crate::forms::FieldErrors;
use crate::fraud::search;
use crate::i18n::Message;
use crate::views::staff::signatures::{self as view, Feedback, ReviewPage};
use crate::web::error::AppError;
use crate::web::routes::html;
use crate::web::state::AppState;

/// Invalidations listed under the search.
const RECENT_INVALIDATIONS: i64 = 20;

/// What the page says after an action (carried in the redirect's query string).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Done {
    done: String,
    n: String,
}

/// `GET /staff/signatures`: the search form, what it found, and recent invalidations.
pub async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, AppError> {
    let query = req.query_string();
    let bad = |e: serde::de::value::Error| AppError::BadRequest(e.to_string());
    let form: SearchForm = serde_html_form::from_str(query).map_err(bad)?;
    let done: Done = serde_html_form::from_str(query).map_err(bad)?;
    let feedback = Feedback {
        notice: done
            .n
            .parse()
            .ok()
            .and_then(|n| view::done(staff.lang, &done.done, n)),
        ..Feedback::default()
    };
    render(&state, &staff, form, feedback, StatusCode::OK).await
}

/// Back to the search, with a note of what was done.
pub(crate) fn back_to(search: &SearchForm, done: &str, n: usize) -> HttpResponse {
    let mut query = serde_html_form::to_string(search).unwrap_or_default();
    if !query.is_empty() {
        query.push('&');
    }
    query.push_str(&format!("done={done}&n={n}"));
    HttpResponse::SeeOther()
        .insert_header(("Location", format!("/staff/signatures?{query}")))
        .insert_header(("Cache-Control", "no-store"))
        .finish()
}

/// The review page for `form` (the featured campaign when none is chosen).
pub(crate) async fn render(
    state: &AppState,
    staff: &Staff,
    mut form: SearchForm,
    feedback: Feedback,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let loaded = state
        .db
        .read(move |conn| {
            let campaigns = signature_search::campaigns(conn)?;
            if form.campaign.trim().is_empty() {
                form.campaign = default_campaign(conn, &campaigns)?;
            }
            let (found, errors) = match form.parse() {
                Err(errors) => (None, errors),
                Ok(query) => match campaign::find_by_slug(conn, &query.campaign)? {
                    Some(c) => (
                        Some((search::search(conn, &query.filter(c.id))?, query.narrows())),
                        FieldErrors::default(),
                    ),
                    None => {
                        let mut errors = FieldErrors::default();
                        errors.add("campaign", Message::new("error-campaign-unknown"));
                        (None, errors)
                    }
                },
            };
            let invalidations = invalidation::recent(conn, RECENT_INVALIDATIONS)?;
            Ok((form, campaigns, found, errors, invalidations))
        })
        .await?;
    let (form, campaigns, found, errors, invalidations) = loaded;
    // A search with wrong answers comes back with them, like any form.
    let status = match status {
        StatusCode::OK if !errors.is_empty() => StatusCode::UNPROCESSABLE_ENTITY,
        other => other,
    };
    let markup = view::page(
        staff,
        &ReviewPage {
            form: &form,
            errors: &errors,
            campaigns: &campaigns,
            found: found.as_ref().map(|(f, narrows)| (f, *narrows)),
            invalidations: &invalidations,
            feedback: &feedback,
        },
    );
    let mut response = html(status, markup);
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

fn default_campaign(
    conn: &mut DbConnection,
    campaigns: &[(String, String)],
) -> Result<String, DbError> {
    Ok(match campaign::front_page(conn)? {
        Some(featured) => featured.slug,
        None => campaigns
            .first()
            .map(|(slug, _)| slug.clone())
            .unwrap_or_default(),
    })
}
