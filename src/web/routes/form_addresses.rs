//! A form that comes back with errors leaves the browser at the address it posted to, so a
//! reload, a bookmark or a shared link asks for that address with GET. Each such address
//! leads back (303) to the page that holds the form, instead of "page not found".
//! (The new-letter form posts to its own page's address, `/campaigns/{slug}/write`.) The
//! staff addresses are registered, with their access rule, by the staff route declaration
//! (`routes::staff::AREAS`), in the area of the page that holds their form.

use actix_web::{get, web, HttpResponse};

use super::see_other;
use crate::auth::Staff;
use crate::domain::Slug;
use crate::web::error::AppError;

fn campaign_path(slug: &str, rest: &str) -> Result<HttpResponse, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    Ok(see_other(&format!("/campaigns/{slug}{rest}")))
}

/// `GET /campaigns/{slug}/signatures`: the campaign page, at its sign form.
#[get("/campaigns/{slug}/signatures")]
pub async fn sign_form(slug: web::Path<String>) -> Result<HttpResponse, AppError> {
    campaign_path(&slug, "#sign-heading")
}

/// `GET /staff/campaigns/{slug}`: the campaign's edit form.
pub async fn campaign_edit(_: Staff, slug: web::Path<String>) -> Result<HttpResponse, AppError> {
    let slug = Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    Ok(see_other(&format!("/staff/campaigns/{slug}/edit")))
}

/// `GET /staff/campaigns/new/parse`: the new campaign form.
pub async fn campaign_new(_: Staff) -> HttpResponse {
    see_other("/staff/campaigns/new")
}

/// `GET /staff/moderation/{id}/{approve,reject,hide,claim}`: the letter's moderation page.
pub async fn moderation_decision(_: Staff, path: web::Path<(i64, String)>) -> HttpResponse {
    see_other(&format!("/staff/moderation/{}", path.0))
}

/// `GET /staff/moderation/bulk`: the moderation queue (registered before
/// `/staff/moderation/{id}`, which would take it).
pub async fn moderation_bulk(_: Staff) -> HttpResponse {
    see_other("/staff/moderation")
}

/// `GET` on the signature review's actions: the signature review page.
pub async fn signature_actions(_: Staff) -> HttpResponse {
    see_other("/staff/signatures")
}

/// `GET /staff/users/{id}/{role,enabled}`: the staff list.
pub async fn user_actions(_: Staff) -> HttpResponse {
    see_other("/staff/users")
}

/// `GET /staff/api-tokens/{id}/revoke`: the API token list.
pub async fn token_revoke(_: Staff) -> HttpResponse {
    see_other("/staff/api-tokens")
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(sign_form);
}
