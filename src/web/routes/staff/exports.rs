//! Organisers' exports: a page of links, and the CSV and JSON downloads themselves, each
//! streamed from a blocking thread as it is read. Letters with their writers' names and
//! emails and the signers' contact details are for admins only (`Area::SignerContacts`).

mod body;

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::auth::{Area, Staff};
use crate::exports::{self, By, Export, ExportError, Format};
use crate::views::staff::exports as view;
use crate::web::error::AppError;
use crate::web::routes::{campaigns::load, html};
use crate::web::state::AppState;

use body::ExportBody;

/// `GET /staff/campaigns/{slug}/exports`: what can be exported, as links.
pub async fn page(
    state: web::Data<AppState>,
    staff: Staff,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let campaign = load(&state, &slug).await?;
    let mut response = html(StatusCode::OK, view::page(&staff, &campaign));
    response.headers_mut().insert(
        CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ExportQuery {
    by: Option<String>,
    writers: Option<String>,
}

/// Which export and format a download's file name and query ask for.
fn parse(file: &str, query: &str) -> Result<(Export, Format), AppError> {
    let (name, extension) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let format = Format::parse(extension).ok_or(AppError::NotFound)?;
    let query: ExportQuery =
        serde_html_form::from_str(query).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let export = match name {
        "counts" => {
            let by = query.by.as_deref().unwrap_or("day");
            let by = By::parse(by).ok_or_else(|| AppError::BadRequest(format!("by={by}")))?;
            Export::Counts(by)
        }
        "letters" => Export::Letters {
            with_writers: matches!(query.writers.as_deref(), Some("yes" | "1" | "true")),
        },
        "signers" => Export::Signers,
        _ => return Err(AppError::NotFound),
    };
    Ok((export, format))
}

/// The area a download needs (its access rule in the staff route declaration): contact
/// details (`signers`, `letters?writers=yes`) need [`Area::SignerContacts`], the rest
/// [`Area::Campaigns`]. `path` is the raw request path: a percent-encoded file name (which
/// the handler decodes) is treated as contact details, so the rule is never laxer than
/// what the handler serves.
pub fn area(path: &str, query: &str) -> Area {
    let file = path.rsplit('/').next().unwrap_or_default();
    if file.contains('%') {
        return Area::SignerContacts;
    }
    match parse(file, query) {
        Ok((export, _)) if export.has_contact_details() => Area::SignerContacts,
        _ => Area::Campaigns,
    }
}

/// `GET /staff/campaigns/{slug}/exports/{name}.{csv|json}`: `counts` (with
/// `?by=day|hour|constituency|country`), `letters` (`?writers=yes` adds names and emails:
/// admins only) or `signers` (admins only).
pub async fn download(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<(String, String)>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    let (export, format) = parse(&file, request.query_string())?;
    let campaign = load(&state, &slug).await?;
    let (actor, campaign_slug) = (staff.clone(), campaign.slug.clone());
    state
        .db
        .write(move |conn| {
            exports::audit::record(
                conn,
                Some(actor.id),
                &actor.email,
                &campaign_slug,
                export,
                format,
            )
        })
        .await?;
    let file_name = export.file_name(&campaign.slug, format);
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(stream(&state, campaign.id, export, format)))
}

/// Starts reading and encoding on a blocking thread; the body sends each page as it comes.
/// A failure part-way is logged and cuts the download short (the file is visibly broken,
/// never silently incomplete); a closed download stops the reading.
fn stream(state: &AppState, campaign_id: i64, export: Export, format: Format) -> ExportBody {
    let (sender, body) = ExportBody::channel();
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut source = export.source(campaign_id);
        let mut send = |chunk: Vec<u8>| match chunk.is_empty() {
            true => Ok(()),
            false => sender
                .blocking_send(Ok(Bytes::from(chunk)))
                .map_err(|_| ExportError::Closed),
        };
        match exports::run(&db, source.as_mut(), format, &mut send) {
            Ok(_) | Err(ExportError::Closed) => {}
            Err(error) => {
                tracing::error!(%error, "export failed part-way");
                let _ = sender.blocking_send(Err(error));
            }
        }
    });
    body
}
