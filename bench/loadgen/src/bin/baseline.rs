//! `baseline`: the cheapest server that answers the benchmark's requests the way missive
//! does, so each run can report missive's figures as a share of it. Bare actix-web, no
//! middleware, no database:
//!
//! - `GET /campaigns/{slug}`: the same 8 KB HTML page for every slug, built once, holding a
//!   sign form with missive's fields;
//! - `POST /campaigns/{slug}/signatures`: parses that form (serde, same field names) → 303;
//! - `POST /signatures/confirm/{token}` → 303;
//! - `GET /campaigns/{slug}/count.json`: a count from memory;
//! - `GET /health`.
//!
//! Usage: `baseline [ADDRESS]` (default 127.0.0.1:18090); `BASELINE_WORKERS` sets the worker
//! threads (default one per core, as missive's).

use actix_web::http::header;
use actix_web::web::{self, Bytes};
use actix_web::{App, HttpResponse, HttpServer};
use serde::Deserialize;

const PAGE_BYTES: usize = 8 * 1024;

/// Missive's sign form, field for field (`src/forms/sign.rs`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
#[allow(dead_code)] // parsed, as missive parses it, then dropped
struct SignForm {
    full_name: String,
    email: String,
    postcode: String,
    country: String,
    updates: Option<String>,
    website: String,
}

/// An HTML page of exactly `PAGE_BYTES` bytes with missive's sign form.
fn page() -> String {
    let slug = "baseline";
    let head = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Baseline letter</title></head><body><main>\
         <h1>A letter</h1>\
         <form class=\"sign-form\" method=\"post\" action=\"/campaigns/{slug}/signatures\" novalidate>\
         <input id=\"full_name\" name=\"full_name\" type=\"text\" value=\"\" required>\
         <input id=\"email\" name=\"email\" type=\"email\" value=\"\" required>\
         <input id=\"postcode\" name=\"postcode\" type=\"text\" value=\"\">\
         <select id=\"country\" name=\"country\"><option value=\"FR\">France</option>\
         <option value=\"GB\" selected>United Kingdom</option><option value=\"US\">United States</option></select>\
         <input id=\"updates\" type=\"checkbox\" name=\"updates\" value=\"yes\">\
         <div class=\"honeypot\" aria-hidden=\"true\"><input id=\"website\" type=\"text\" name=\"website\" value=\"\" tabindex=\"-1\"></div>\
         <button type=\"submit\">Sign</button></form><article>"
    );
    let tail = "</article></main></body></html>";
    let sentence = "<p>Those who claim that the way to change a country is to do business with it should look at the facts.</p>";
    let mut html = head;
    while html.len() + sentence.len() + tail.len() <= PAGE_BYTES {
        html.push_str(sentence);
    }
    let pad = PAGE_BYTES - html.len() - tail.len();
    html.push_str(&" ".repeat(pad));
    html.push_str(tail);
    html
}

async fn campaign_page(page: web::Data<Bytes>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
        .body(page.get_ref().clone())
}

async fn sign(slug: web::Path<String>, form: web::Form<SignForm>) -> HttpResponse {
    drop(form.into_inner());
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/campaigns/{slug}/signed")))
        .finish()
}

async fn confirm(_token: web::Path<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/campaigns/baseline/confirmed"))
        .finish()
}

async fn count(slug: web::Path<String>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/json"))
        .body(format!(
            "{{\"slug\":\"{slug}\",\"signature_count\":1000000,\"updated_at\":\"2026-11-28T09:30:00Z\"}}"
        ))
}

async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:18090".to_owned());
    let workers = std::env::var("BASELINE_WORKERS")
        .ok()
        .and_then(|w| w.parse::<usize>().ok());
    let page = web::Data::new(Bytes::from(page()));
    let mut server = HttpServer::new(move || {
        App::new()
            .app_data(page.clone())
            .route("/health", web::get().to(health))
            .route("/campaigns/{slug}", web::get().to(campaign_page))
            .route("/campaigns/{slug}/signatures", web::post().to(sign))
            .route("/campaigns/{slug}/count.json", web::get().to(count))
            .route("/signatures/confirm/{token}", web::post().to(confirm))
    });
    if let Some(workers) = workers {
        server = server.workers(workers.max(1));
    }
    server.bind(address)?.run().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_exactly_eight_kib_and_holds_the_form() {
        let html = page();
        assert_eq!(html.len(), PAGE_BYTES);
        assert!(html.contains("action=\"/campaigns/baseline/signatures\""));
        for field in [
            "full_name",
            "email",
            "postcode",
            "country",
            "updates",
            "website",
        ] {
            assert!(html.contains(&format!("name=\"{field}\"")), "{field}");
        }
    }
}
