//! The organisers' read API under `/api/v1`, in OSDI style (see `api::osdi` and
//! `docs/openapi.json`): petitions are the campaigns a token may read, signatures their
//! confirmed, counted signatures. Any other campaign is a 404, as if it did not exist.
//! Signers' contact details go only to tokens with that scope, and each such read is audited.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde_json::json;

use crate::auth::ApiClient;
use crate::db::models::campaign::{self, Campaign};
use crate::db::models::signature_feed::{self, CountedSignature};
use crate::exports;
use crate::web::api::osdi::petition::{petition, PetitionLinks};
use crate::web::api::osdi::signature::signature;
use crate::web::api::osdi::{self, curies, link, CollectionPage};
use crate::web::api::paging::{whole_from_one, PageQuery, Paging, MAX_PER_PAGE};
use crate::web::api::ApiError;
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(entry_point)
        .service(petitions)
        .service(show_petition)
        .service(signatures)
        .service(show_signature);
}

fn links(state: &AppState) -> PetitionLinks {
    PetitionLinks {
        api_root: format!("{}/api/v1", state.base_url),
        site_root: state.base_url.clone(),
    }
}

fn paging(req: &HttpRequest) -> Result<Paging, ApiError> {
    web::Query::<PageQuery>::from_query(req.query_string())
        .map_err(|_| ApiError::BadRequest("page and per_page must be whole numbers"))?
        .parse()
}

/// Ids as the document gives them: digits, from 1 to `i64::MAX`; anything else names nothing.
fn id_of(text: &str) -> Result<i64, ApiError> {
    whole_from_one(text).ok_or(ApiError::NotFound)
}

/// The campaign with this id, if the token may read it.
async fn readable(state: &AppState, client: &ApiClient, id: &str) -> Result<Campaign, ApiError> {
    let id = id_of(id)?;
    if !client.may_read(id) {
        return Err(ApiError::NotFound);
    }
    state
        .db
        .read(move |conn| campaign::find_by_id(conn, id))
        .await?
        .ok_or(ApiError::NotFound)
}

/// Writes to the audit log a read that is about to return signers' contact details.
async fn audit_contacts(
    state: &AppState,
    client: &ApiClient,
    campaign: &Campaign,
    rows: &[CountedSignature],
    what: String,
) -> Result<(), ApiError> {
    if !client.contacts || !rows.iter().any(|row| row.wants_updates) {
        return Ok(());
    }
    let (client, slug) = (client.clone(), campaign.slug.clone());
    state
        .db
        .write(move |conn| exports::audit::record_api_read(conn, &client, &slug, &what))
        .await?;
    Ok(())
}

/// `GET /api/v1`: the entry point, linking to the petitions.
#[get("/api/v1")]
pub async fn entry_point(
    state: web::Data<AppState>,
    _client: ApiClient,
) -> Result<HttpResponse, ApiError> {
    let links = links(&state);
    osdi::respond(&json!({
        "motd": "Missive's read API for petitions and signatures, in OSDI style",
        "vendor_name": "Missive",
        "product_name": "Missive",
        "osdi_version": "1.1",
        "max_pagesize": MAX_PER_PAGE,
        "_links": {
            "self": link(links.api_root.clone()),
            "osdi:petitions": link(links.collection()),
            "curies": curies(),
        },
    }))
}

/// `GET /api/v1/petitions`: the campaigns this token may read, oldest first.
#[get("/api/v1/petitions")]
pub async fn petitions(
    req: HttpRequest,
    state: web::Data<AppState>,
    client: ApiClient,
) -> Result<HttpResponse, ApiError> {
    let paging = paging(&req)?;
    let all = state.db.read(campaign::list).await?;
    let mut mine: Vec<Campaign> = all.into_iter().filter(|c| client.may_read(c.id)).collect();
    mine.sort_by_key(|c| c.id);
    let total = i64::try_from(mine.len()).unwrap_or(i64::MAX);
    let start = usize::try_from(paging.offset()).unwrap_or(usize::MAX);
    let take = usize::try_from(paging.per_page).unwrap_or(0);
    let links = links(&state);
    let items = mine
        .iter()
        .skip(start)
        .take(take)
        .map(|c| {
            let count = state.count_of(&c.slug);
            (links.petition(c.id), petition(c, count, &links))
        })
        .collect();
    let collection = links.collection();
    osdi::respond(
        &CollectionPage {
            rel: "osdi:petitions",
            url: &collection,
            paging,
            total,
            items,
        }
        .to_json(),
    )
}

/// `GET /api/v1/petitions/{id}`.
#[get("/api/v1/petitions/{id}")]
pub async fn show_petition(
    state: web::Data<AppState>,
    client: ApiClient,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let campaign = readable(&state, &client, &id).await?;
    let count = state.count_of(&campaign.slug);
    osdi::respond(&petition(&campaign, count, &links(&state)))
}

/// `GET /api/v1/petitions/{id}/signatures`: confirmed, counted signatures, oldest first.
#[get("/api/v1/petitions/{id}/signatures")]
pub async fn signatures(
    req: HttpRequest,
    state: web::Data<AppState>,
    client: ApiClient,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let campaign = readable(&state, &client, &id).await?;
    let paging = paging(&req)?;
    let campaign_id = campaign.id;
    let (total, rows) = state
        .db
        .read(move |conn| {
            let total = signature_feed::total(conn, campaign_id)?;
            let rows = signature_feed::page(conn, campaign_id, paging.offset(), paging.per_page)?;
            Ok((total, rows))
        })
        .await?;
    let links = links(&state);
    let petition_href = links.petition(campaign_id);
    let collection = links.signatures(campaign_id);
    audit_contacts(
        &state,
        &client,
        &campaign,
        &rows,
        format!("page {}", paging.page),
    )
    .await?;
    let items = rows
        .iter()
        .map(|row| {
            let href = format!("{collection}/{}", row.id);
            let item = signature(row, &href, &petition_href, client.contacts);
            (href, item)
        })
        .collect();
    osdi::respond(
        &CollectionPage {
            rel: "osdi:signatures",
            url: &collection,
            paging,
            total,
            items,
        }
        .to_json(),
    )
}

/// `GET /api/v1/petitions/{id}/signatures/{signature_id}`.
#[get("/api/v1/petitions/{id}/signatures/{signature_id}")]
pub async fn show_signature(
    state: web::Data<AppState>,
    client: ApiClient,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, signature_id) = path.into_inner();
    let campaign = readable(&state, &client, &id).await?;
    let signature_id = id_of(&signature_id)?;
    let campaign_id = campaign.id;
    let row = state
        .db
        .read(move |conn| signature_feed::find(conn, campaign_id, signature_id))
        .await?
        .ok_or(ApiError::NotFound)?;
    let what = format!("signature {}", row.id);
    audit_contacts(&state, &client, &campaign, std::slice::from_ref(&row), what).await?;
    let links = links(&state);
    let href = format!("{}/{}", links.signatures(campaign_id), row.id);
    osdi::respond(&signature(
        &row,
        &href,
        &links.petition(campaign_id),
        client.contacts,
    ))
}
