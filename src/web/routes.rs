//! The route table: one module per area of the site.

pub mod about;
pub mod api_document;
pub mod campaign_images;
pub mod campaigns;
pub mod embed;
pub mod form_addresses;
pub mod health;
pub mod letter_deletion;
pub mod letter_meter;
pub mod letter_pages;
pub mod letter_versions;
pub mod letters;
pub mod osdi;
pub mod public_json;
pub mod replies;
pub mod signatures;
pub mod signed_address;
pub mod staff;
pub mod static_files;
pub mod unsubscribe;
pub mod withdrawal;

use actix_web::web;

pub use crate::web::respond::{html, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(campaigns::front_page)
        .configure(public_json::configure)
        .service(campaigns::show)
        .service(campaign_images::image)
        .service(campaigns::count_json)
        .service(letter_versions::versions)
        .service(embed::embed)
        .service(signatures::sign)
        .service(signatures::check_email)
        .service(signatures::confirm_page)
        .service(signatures::confirm)
        .service(signatures::confirmed)
        .service(withdrawal::withdraw_page)
        .service(withdrawal::withdraw)
        .service(withdrawal::withdrawn)
        .service(unsubscribe::page)
        .service(unsubscribe::unsubscribe)
        .service(letters::new_letter)
        .service(letters::create)
        .service(letters::show)
        .service(letters::update)
        .service(letters::autosave)
        .service(letter_meter::meter)
        .service(letter_deletion::delete_page)
        .service(letter_deletion::delete)
        .service(letter_deletion::deleted)
        .service(letter_pages::print)
        .service(letter_pages::published)
        .service(replies::question_page)
        .service(replies::answer)
        .configure(staff::configure)
        .configure(osdi::configure)
        .configure(form_addresses::configure)
        .service(api_document::openapi)
        .service(about::data_sources)
        .service(health::health)
        .service(static_files::asset)
        .service(static_files::favicon);
}
