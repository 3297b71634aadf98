//! The public JSON and the organisers' OSDI read API over HTTP: cache headers and ETags,
//! no personal data for anonymous callers, tokens made and revoked in the browser, scoped
//! to their campaigns, pagination, and every response checked against docs/openapi.json.

mod support;

#[path = "api/fixtures.rs"]
mod fixtures;
#[path = "api/openapi.rs"]
mod openapi;
#[path = "api/osdi.rs"]
mod osdi;
#[path = "api/public.rs"]
mod public;
#[path = "api/tokens.rs"]
mod tokens;
#[path = "api/walk.rs"]
mod walk;

use openapi::OpenApi;
use serde_json::Value;
use support::TestApp;

/// A response, already checked against the OpenAPI document.
pub struct Fetched {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
    pub json: Value,
}

impl Fetched {
    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    }
}

/// `GET path`, documented as `template`, with extra headers; checked against the document.
pub async fn fetch(
    app: &TestApp,
    api: &OpenApi,
    template: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> Fetched {
    send(app, api, "GET", template, path, headers).await
}

/// `method path`, documented as `template`, with extra headers; checked against the document.
pub async fn send(
    app: &TestApp,
    api: &OpenApi,
    method: &str,
    template: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> Fetched {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
    let mut request = app.client.request(method.clone(), app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body");
    let json = api.check(method.as_str(), template, status, &headers, &bytes);
    Fetched {
        status,
        headers,
        text: String::from_utf8_lossy(&bytes).into_owned(),
        json,
    }
}

/// GETs an API path with `Authorization: Bearer <token>`.
pub async fn fetch_as(
    app: &TestApp,
    api: &OpenApi,
    token: &str,
    template: &str,
    path: &str,
) -> Fetched {
    let auth = format!("Bearer {token}");
    fetch(app, api, template, path, &[("authorization", &auth)]).await
}
