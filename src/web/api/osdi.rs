//! OSDI (Open Supporter Data Interface) resources as Action Network's API dialect serves
//! them: HAL JSON (`application/hal+json`) with `_links` and `_embedded`, collections
//! paginated with `page`/`per_page`, identifiers of the form `missive:<id>`.

pub mod petition;
pub mod signature;

use actix_web::http::header;
use actix_web::HttpResponse;
use chrono::NaiveDateTime;
use serde_json::{json, Map, Value};

use super::paging::Paging;
use super::ApiError;

pub const CONTENT_TYPE: &str = "application/hal+json";
pub const ORIGIN_SYSTEM: &str = "Missive";

/// The identifier OSDI tools see: `missive:<id>`.
pub fn identifier(id: i64) -> String {
    format!("missive:{id}")
}

/// A stored UTC time as OSDI writes dates: `2026-11-28T10:00:00Z`.
pub fn date(time: NaiveDateTime) -> String {
    time.and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Where the `osdi:` link relations are documented.
pub fn curies() -> Value {
    json!([{
        "name": "osdi",
        "href": "https://opensupporter.github.io/osdi-docs/{rel}",
        "templated": true
    }])
}

pub fn link(href: impl Into<String>) -> Value {
    json!({ "href": href.into() })
}

/// One page of a collection named by `rel` (e.g. `osdi:petitions`) at `url`.
pub struct CollectionPage<'a> {
    pub rel: &'static str,
    /// The collection's address, without a query.
    pub url: &'a str,
    pub paging: Paging,
    pub total: i64,
    /// Each item's own address and its representation.
    pub items: Vec<(String, Value)>,
}

impl CollectionPage<'_> {
    pub fn to_json(self) -> Value {
        let page_link = |paging: Paging| link(format!("{}?{}", self.url, paging.query()));
        let mut links = Map::new();
        links.insert("self".into(), page_link(self.paging));
        if self.paging.has_next(self.total) {
            links.insert(
                "next".into(),
                page_link(self.paging.at(self.paging.page + 1)),
            );
        }
        if self.paging.page > 1 {
            links.insert(
                "prev".into(),
                page_link(self.paging.at(self.paging.page - 1)),
            );
        }
        let (hrefs, items): (Vec<Value>, Vec<Value>) = self
            .items
            .into_iter()
            .map(|(href, item)| (link(href), item))
            .unzip();
        links.insert(self.rel.into(), Value::Array(hrefs));
        links.insert("curies".into(), curies());
        json!({
            "total_pages": self.paging.total_pages(self.total),
            "per_page": self.paging.per_page,
            "page": self.paging.page,
            "total_records": self.total,
            "_links": links,
            "_embedded": { self.rel: items },
        })
    }
}

/// A 200 response with a HAL body. Personal data: never stored by any cache.
pub fn respond(body: &Value) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok()
        .content_type(CONTENT_TYPE)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(serde_json::to_vec(body)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_middle_page_links_both_ways_and_lists_its_items() {
        let page = CollectionPage {
            rel: "osdi:petitions",
            url: "https://m.example/api/v1/petitions",
            paging: Paging {
                page: 2,
                per_page: 1,
            },
            total: 3,
            items: vec![("https://m.example/api/v1/petitions/7".into(), json!({}))],
        }
        .to_json();
        assert_eq!(page["total_pages"], 3);
        assert_eq!(
            page["_links"]["next"]["href"],
            "https://m.example/api/v1/petitions?page=3&per_page=1"
        );
        assert_eq!(
            page["_links"]["prev"]["href"],
            "https://m.example/api/v1/petitions?page=1&per_page=1"
        );
        assert_eq!(
            page["_links"]["osdi:petitions"][0]["href"],
            "https://m.example/api/v1/petitions/7"
        );
        assert_eq!(
            page["_embedded"]["osdi:petitions"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
    }
}
