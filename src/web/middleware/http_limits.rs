//! What a client may send, and for how long: body sizes for each kind of body, the size and
//! number of request headers, and the server's connection timeouts. Anything over a limit
//! gets a plain 4xx answer (413, 431, 400 or 408), never a 500.

use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::{InternalError, JsonPayloadError, PayloadError, UrlencodedError};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use serde_json::json;

use crate::views::errors;

/// A public form (signing, a letter). A letter is at most 10,000 characters, and a browser
/// sends each character as up to 12 bytes (`%F0%9F%98%80`), so a full letter in any script,
/// with the other fields, fits.
pub const FORM_LIMIT: usize = 128 * 1024;
/// A staff form: a campaign's letter in Markdown is the largest.
pub const STAFF_FORM_LIMIT: usize = 256 * 1024;
/// A JSON body.
pub const JSON_LIMIT: usize = 64 * 1024;
/// Any other body read whole (`web::Bytes`, `String`).
pub const PAYLOAD_LIMIT: usize = STAFF_FORM_LIMIT;
/// All request header names and values together. A browser sends about 1 KiB; actix itself
/// refuses a request head over 128 KiB or with more than 96 headers.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Request headers, counted one per line.
pub const MAX_HEADERS: usize = 64;
/// How long a closing connection may take to flush before it is dropped.
pub const DISCONNECT_TIMEOUT: Duration = Duration::from_secs(2);

pub fn form_config() -> web::FormConfig {
    web::FormConfig::default()
        .limit(FORM_LIMIT)
        .error_handler(|error, _req| {
            let status = match &error {
                UrlencodedError::Overflow { .. }
                | UrlencodedError::Payload(PayloadError::Overflow) => StatusCode::PAYLOAD_TOO_LARGE,
                UrlencodedError::ContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
                _ => StatusCode::BAD_REQUEST,
            };
            InternalError::from_response(error, page_for(status)).into()
        })
}

pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(JSON_LIMIT)
        .error_handler(|error, _req| {
            let (status, message) = match &error {
                JsonPayloadError::OverflowKnownLength { .. }
                | JsonPayloadError::Overflow { .. }
                | JsonPayloadError::Payload(PayloadError::Overflow) => {
                    (StatusCode::PAYLOAD_TOO_LARGE, "the body is too large")
                }
                JsonPayloadError::ContentType => (
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "send the body as application/json",
                ),
                _ => (StatusCode::BAD_REQUEST, "the body is not the JSON expected"),
            };
            let response = HttpResponse::build(status).json(json!({ "error": message }));
            InternalError::from_response(error, response).into()
        })
}

pub fn payload_config() -> web::PayloadConfig {
    web::PayloadConfig::default().limit(PAYLOAD_LIMIT)
}

/// The page for a refused request.
pub fn page_for(status: StatusCode) -> HttpResponse {
    let kind = match status {
        StatusCode::PAYLOAD_TOO_LARGE => errors::Kind::TooLarge,
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => errors::Kind::HeadersTooLarge,
        _ => errors::Kind::BadRequest,
    };
    crate::web::respond::error_page(status, kind)
}

/// Refuses a request whose headers are too many or too large (431), before any of them is
/// read by the rest of the app.
pub async fn check_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let headers = req.headers();
    let count = headers.len();
    let bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if count > MAX_HEADERS || bytes > MAX_HEADER_BYTES {
        let response = page_for(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
        return Ok(req.into_response(response));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use actix_web::http::header::ContentType;
    use actix_web::{test, web, App, HttpResponse};

    use super::*;

    #[actix_web::test]
    async fn each_kind_of_body_is_refused_past_its_limit_with_a_4xx() {
        let app = test::init_service(
            App::new()
                .wrap(actix_web::middleware::from_fn(check_headers))
                .app_data(form_config())
                .app_data(json_config())
                .app_data(payload_config())
                .route(
                    "/form",
                    web::post().to(|_: web::Form<HashMap<String, String>>| async {
                        HttpResponse::Ok().finish()
                    }),
                )
                .route(
                    "/number",
                    web::post().to(|_: web::Form<HashMap<String, u8>>| async {
                        HttpResponse::Ok().finish()
                    }),
                )
                .route(
                    "/json",
                    web::post().to(|_: web::Json<serde_json::Value>| async {
                        HttpResponse::Ok().finish()
                    }),
                )
                .route(
                    "/bytes",
                    web::post().to(|_: web::Bytes| async { HttpResponse::Ok().finish() }),
                ),
        )
        .await;
        let post = |path: &str, kind: ContentType, body: Vec<u8>| {
            test::TestRequest::post()
                .uri(path)
                .insert_header(kind)
                .set_payload(body)
                .to_request()
        };
        let form = |size: usize| {
            let mut body = b"a=".to_vec();
            body.resize(size, b'x');
            body
        };
        let json = |size: usize| {
            let mut body = b"\"".to_vec();
            body.resize(size - 1, b'x');
            body.push(b'"');
            body
        };
        let cases = [
            (
                "/form",
                ContentType::form_url_encoded(),
                form(FORM_LIMIT),
                200,
            ),
            (
                "/form",
                ContentType::form_url_encoded(),
                form(FORM_LIMIT + 1),
                413,
            ),
            ("/form", ContentType::json(), form(10), 415),
            (
                "/number",
                ContentType::form_url_encoded(),
                b"a=x".to_vec(),
                400,
            ),
            ("/json", ContentType::json(), json(JSON_LIMIT), 200),
            ("/json", ContentType::json(), json(JSON_LIMIT + 1), 413),
            ("/json", ContentType::json(), b"{".to_vec(), 400),
            (
                "/json",
                ContentType::form_url_encoded(),
                b"{}".to_vec(),
                415,
            ),
            (
                "/bytes",
                ContentType::octet_stream(),
                vec![0; PAYLOAD_LIMIT],
                200,
            ),
            (
                "/bytes",
                ContentType::octet_stream(),
                vec![0; PAYLOAD_LIMIT + 1],
                413,
            ),
        ];
        for (path, kind, body, expected) in cases {
            let size = body.len();
            let response = test::call_service(&app, post(path, kind, body)).await;
            assert_eq!(
                response.status().as_u16(),
                expected,
                "{path} with {size} bytes"
            );
        }
        let too_large = test::call_service(
            &app,
            post("/json", ContentType::json(), json(JSON_LIMIT * 2)),
        )
        .await;
        let body = test::read_body(too_large).await;
        assert_eq!(body, r#"{"error":"the body is too large"}"#);
    }

    #[actix_web::test]
    async fn too_many_or_too_large_headers_get_431() {
        let app = test::init_service(
            App::new()
                .wrap(actix_web::middleware::from_fn(check_headers))
                .route("/", web::get().to(|| async { HttpResponse::Ok().finish() })),
        )
        .await;
        let with = |headers: Vec<(String, String)>| {
            let mut request = test::TestRequest::get().uri("/");
            for header in headers {
                request = request.append_header(header);
            }
            request.to_request()
        };
        let status = |response: actix_web::dev::ServiceResponse| response.status().as_u16();
        let one = |size: usize| vec![("x-big".to_owned(), "b".repeat(size))];
        assert_eq!(status(test::call_service(&app, with(one(1024))).await), 200);
        assert_eq!(
            status(test::call_service(&app, with(one(MAX_HEADER_BYTES))).await),
            431
        );
        let count = |n: usize| (0..n).map(|i| (format!("x-{i}"), "1".to_owned())).collect();
        assert_eq!(
            status(test::call_service(&app, with(count(MAX_HEADERS))).await),
            200
        );
        assert_eq!(
            status(test::call_service(&app, with(count(MAX_HEADERS + 1))).await),
            431
        );
    }
}
