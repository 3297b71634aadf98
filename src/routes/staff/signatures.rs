//! Signature review for moderators and admins: search signatures, invalidate what a search
//! found (and revert an invalidation), and clear suspect signatures as genuine.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::{Area, Staff, StaffForm};
use crate::db::models::{campaign, invalidation};
use crate::db::DbConnection;
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::fraud::query::SearchForm;
use crate::fraud::review::{self, Actor, Bulk, Outcome, Reason};
use crate::routes::html;
use crate::startup::AppState;
use crate::views::staff::signatures::{self as view, Feedback, ReviewPage};

/// Invalidations listed under the search.
const RECENT_INVALIDATIONS: i64 = 20;

/// A bulk action's form: the search it acts on, the count the moderator saw, and why.
#[derive(Debug, Deserialize)]
pub struct BulkForm {
    #[serde(flatten)]
    search: SearchForm,
    #[serde(default)]
    expected: String,
    #[serde(default)]
    reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RevertForm {
    reason: String,
}

/// What the page says after an action (carried in the redirect's query string).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Done {
    done: String,
    n: String,
}

/// `GET /staff/signatures`: the search form, what it found, and recent invalidations.
#[get("/staff/signatures")]
pub async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, AppError> {
    staff.require(Area::SignatureReview)?;
    let query = req.query_string();
    let bad = |e: serde::de::value::Error| AppError::BadRequest(e.to_string());
    let form: SearchForm = serde_html_form::from_str(query).map_err(bad)?;
    let done: Done = serde_html_form::from_str(query).map_err(bad)?;
    let feedback = Feedback {
        notice: notice(&done),
        ..Feedback::default()
    };
    render(&state, &staff, form, feedback, StatusCode::OK).await
}

fn notice(done: &Done) -> Option<String> {
    let n: i64 = done.n.parse().ok()?;
    let signatures = if n == 1 { "signature" } else { "signatures" };
    match done.done.as_str() {
        "invalidated" => Some(format!(
            "Invalidated {n} {signatures}. They leave the count within a second."
        )),
        "cleared" => Some(format!(
            "Cleared {n} suspect {signatures}: they count once confirmed."
        )),
        "reverted" => Some(format!(
            "Reverted the invalidation: {n} {signatures} restored."
        )),
        _ => None,
    }
}

/// `POST /staff/signatures/invalidate`: invalidates every signature the search matches.
#[post("/staff/signatures/invalidate")]
pub async fn invalidate(
    state: web::Data<AppState>,
    form: StaffForm<BulkForm>,
) -> Result<HttpResponse, AppError> {
    bulk(state, form, Kind::Invalidate).await
}

/// `POST /staff/signatures/clear-suspects`: marks the matching suspect signatures genuine.
#[post("/staff/signatures/clear-suspects")]
pub async fn clear_suspects(
    state: web::Data<AppState>,
    form: StaffForm<BulkForm>,
) -> Result<HttpResponse, AppError> {
    bulk(state, form, Kind::ClearSuspects).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Invalidate,
    ClearSuspects,
}

async fn bulk(
    state: web::Data<AppState>,
    StaffForm { staff, form }: StaffForm<BulkForm>,
    kind: Kind,
) -> Result<HttpResponse, AppError> {
    staff.require(Area::SignatureReview)?;
    let BulkForm {
        search,
        expected,
        reason,
    } = form;
    let reason_field = match kind {
        Kind::Invalidate => "reason",
        Kind::ClearSuspects => "clear_reason",
    };
    let (query, reason) = match (search.parse(), Reason::parse(&reason)) {
        (Ok(query), Ok(reason)) => (query, reason),
        (Ok(_), Err(message)) => {
            let mut errors = FieldErrors::default();
            errors.add(reason_field, message);
            let feedback = Feedback {
                action_errors: errors,
                ..Feedback::default()
            };
            return render(
                &state,
                &staff,
                search,
                feedback,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        (Err(_), _) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(&state, &staff, search, Feedback::default(), status).await;
        }
    };
    let expected: i64 = expected.trim().parse().unwrap_or(-1);
    let actor = Actor {
        id: staff.id,
        email: staff.email.clone(),
    };
    let now = Utc::now().naive_utc();
    let (form, slug) = (search.clone(), query.campaign.clone());
    let outcome = state
        .db
        .write(move |conn| {
            let Some(found) = campaign::find_by_slug(conn, &slug)? else {
                return Ok(None);
            };
            let bulk = Bulk {
                campaign_id: found.id,
                form: &form,
                query: &query,
                expected,
                reason: &reason,
            };
            match kind {
                Kind::Invalidate => review::invalidate(conn, &actor, &bulk, now).map(Some),
                Kind::ClearSuspects => review::clear_suspects(conn, &actor, &bulk, now).map(Some),
            }
        })
        .await?;
    match outcome {
        Some(Outcome::Done(n)) => {
            let done = match kind {
                Kind::Invalidate => "invalidated",
                Kind::ClearSuspects => "cleared",
            };
            Ok(back_to(&search, done, n))
        }
        Some(Outcome::Moved { now }) => {
            let feedback = Feedback {
                problem: Some(view::moved(now)),
                ..Feedback::default()
            };
            render(&state, &staff, search, feedback, StatusCode::CONFLICT).await
        }
        // An unknown campaign: the page says so beside the field.
        None => {
            render(
                &state,
                &staff,
                search,
                Feedback::default(),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// `POST /staff/signatures/invalidations/{id}/revert`: puts an invalidation's signatures
/// back.
#[post("/staff/signatures/invalidations/{id}/revert")]
pub async fn revert(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    StaffForm { staff, form }: StaffForm<RevertForm>,
) -> Result<HttpResponse, AppError> {
    staff.require(Area::SignatureReview)?;
    let reason = match form.reason.trim() {
        "" => None,
        text => match Reason::parse(text) {
            Ok(reason) => Some(reason),
            Err(message) => {
                let feedback = Feedback {
                    problem: Some(message.to_owned()),
                    ..Feedback::default()
                };
                let status = StatusCode::UNPROCESSABLE_ENTITY;
                return render(&state, &staff, SearchForm::default(), feedback, status).await;
            }
        },
    };
    let actor = Actor {
        id: staff.id,
        email: staff.email.clone(),
    };
    let (id, now) = (id.into_inner(), Utc::now().naive_utc());
    let restored = state
        .db
        .write(move |conn| review::revert(conn, &actor, id, reason.as_ref(), now))
        .await?;
    match restored {
        Some(n) => Ok(back_to(&SearchForm::default(), "reverted", n)),
        None => {
            let feedback = Feedback {
                problem: Some("There is nothing to revert: that invalidation does not exist or was reverted already.".to_owned()),
                ..Feedback::default()
            };
            render(
                &state,
                &staff,
                SearchForm::default(),
                feedback,
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}

/// Back to the search, with a note of what was done.
fn back_to(search: &SearchForm, done: &str, n: usize) -> HttpResponse {
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
async fn render(
    state: &AppState,
    staff: &Staff,
    mut form: SearchForm,
    feedback: Feedback,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let loaded = state
        .db
        .read(move |conn| {
            let campaigns = view_campaigns(conn)?;
            if form.campaign.trim().is_empty() {
                form.campaign = default_campaign(conn, &campaigns)?;
            }
            let (found, errors) = match form.parse() {
                Err(errors) => (None, errors),
                Ok(query) => match campaign::find_by_slug(conn, &query.campaign)? {
                    Some(c) => (
                        Some((review::search(conn, &query.filter(c.id))?, query.narrows())),
                        FieldErrors::default(),
                    ),
                    None => {
                        let mut errors = FieldErrors::default();
                        errors.add("campaign", "Choose a campaign from the list");
                        (None, errors)
                    }
                },
            };
            let invalidations = invalidation::recent(conn, RECENT_INVALIDATIONS)?;
            Ok((form, campaigns, found, errors, invalidations))
        })
        .await?;
    let (form, campaigns, found, errors, invalidations) = loaded;
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

fn view_campaigns(conn: &mut DbConnection) -> Result<Vec<(String, String)>, crate::db::DbError> {
    crate::db::models::signature_search::campaigns(conn)
}

fn default_campaign(
    conn: &mut DbConnection,
    campaigns: &[(String, String)],
) -> Result<String, crate::db::DbError> {
    Ok(match campaign::front_page(conn)? {
        Some(featured) => featured.slug,
        None => campaigns
            .first()
            .map(|(slug, _)| slug.clone())
            .unwrap_or_default(),
    })
}
