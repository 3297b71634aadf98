//! The route table: one module per area of the site.

pub mod about;
pub mod api_document;
pub mod campaigns;
pub mod embed;
pub mod form_addresses;
pub mod health;
pub mod letter_deletion;
pub mod letter_meter;
pub mod letter_pages;
pub mod letters;
pub mod osdi;
pub mod public_json;
pub mod signatures;
pub mod signed_address;
pub mod staff;
pub mod static_files;
pub mod withdrawal;

use actix_web::web;

pub use crate::web::respond::{html, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(campaigns::front_page)
        .configure(public_json::configure)
        .service(campaigns::show)
        .service(campaigns::count_json)
        .service(embed::embed)
        .service(signatures::sign)
        .service(signatures::check_email)
        .service(signatures::confirm_page)
        .service(signatures::confirm)
        .service(signatures::confirmed)
        .service(withdrawal::withdraw_page)
        .service(withdrawal::withdraw)
        .service(withdrawal::withdrawn)
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
        .service(staff::login::login_page)
        .service(staff::login::login)
        .service(staff::login::logout)
        .service(staff::password_reset::page)
        .service(staff::password_reset::reset)
        .service(staff::home::home)
        .service(staff::campaigns::list)
        .service(staff::campaigns::new_page)
        .service(staff::campaigns::parse)
        .service(staff::campaigns::create)
        .service(staff::campaigns::edit_page)
        .service(staff::campaigns::update)
        .service(staff::dashboard::dashboard)
        .service(staff::embed::page)
        .service(staff::exports::page)
        .service(staff::exports::download)
        .service(staff::signatures::page)
        .service(staff::signatures::invalidate)
        .service(staff::signatures::clear_suspects)
        .service(staff::signatures::revert)
        .service(staff::moderation::queue)
        .service(form_addresses::moderation_bulk)
        .service(staff::moderation::show)
        .service(staff::moderation::approve)
        .service(staff::moderation::reject)
        .service(staff::moderation::hide)
        .service(staff::moderation::bulk)
        .service(staff::users::list)
        .service(staff::users::add)
        .service(staff::users::set_role)
        .service(staff::users::set_enabled)
        .service(staff::users::send_reset)
        .service(staff::users::set_password_page)
        .service(staff::users::set_password)
        .service(staff::users::password_page)
        .service(staff::users::change_password)
        .service(staff::audit::list)
        .service(staff::api_tokens::list)
        .service(staff::api_tokens::create)
        .service(staff::api_tokens::revoke)
        .configure(osdi::configure)
        // After the pages above: `/staff/campaigns/new` is a page, not a campaign's slug.
        .configure(form_addresses::configure)
        .service(api_document::openapi)
        .service(about::data_sources)
        .service(health::health)
        .service(static_files::asset)
        .service(static_files::favicon);
}
