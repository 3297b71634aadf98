//! The staff home page: the areas this staff member's role reaches.

use actix_web::http::StatusCode;
use actix_web::HttpResponse;

use crate::auth::Staff;
use crate::views::staff::home as view;
use crate::web::routes::html;

/// `GET /staff`.
pub async fn home(staff: Staff) -> HttpResponse {
    html(StatusCode::OK, view::page(&staff))
}
