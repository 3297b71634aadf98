//! The staff home page: the areas this staff member's role reaches, and what waits for
//! them there (letters to moderate by campaign, suspect signatures to review).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use crate::auth::{Area, Staff};
use crate::db::models::{letter, letter_queue};
use crate::views::staff::home::{self as view, Waiting};
use crate::web::error::AppError;
use crate::web::routes::html;
use crate::web::state::AppState;

/// `GET /staff`.
pub async fn home(staff: Staff, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let letters = staff.role.may(Area::Moderation);
    let signatures = staff.role.may(Area::SignatureReview);
    let waiting = if letters || signatures {
        state
            .db
            .read(move |conn| {
                let mut waiting = Waiting::default();
                if letters {
                    waiting.letters = letter_queue::waiting_by_campaign(conn)?;
                    waiting.unconfirmed = letter::unconfirmed_count(conn)?;
                }
                if signatures {
                    waiting.suspects = letter_queue::suspects_by_campaign(conn)?;
                }
                Ok(waiting)
            })
            .await?
    } else {
        Waiting::default()
    };
    Ok(html(StatusCode::OK, view::page(&staff, &waiting)))
}
