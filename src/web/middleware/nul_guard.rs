//! Refuses a request whose query string or body holds a NUL character (raw or as `%00`),
//! before any handler reads it. No page or script of Missive's sends one, no answer needs
//! one, and PostgreSQL cannot store one in text: let through, it would fail a query as a 500.
//! Every body is checked as a form, whatever its declared type: the staff forms are read as
//! forms whatever type they claim, and Missive takes no other kind of body.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, FromRequest};

use crate::web::middleware::http_limits::page_for;

fn has_nul(urlencoded: &[u8]) -> bool {
    urlencoded.contains(&0)
        || url::form_urlencoded::parse(urlencoded)
            .any(|(k, v)| k.contains('\0') || v.contains('\0'))
}

pub async fn refuse_nul(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if has_nul(req.query_string().as_bytes()) {
        return Ok(req.into_response(page_for(StatusCode::BAD_REQUEST)));
    }
    // The body is read here (within the payload limit) and handed on unchanged.
    let (http, mut payload) = req.into_parts();
    let body = match web::Bytes::from_request(&http, &mut payload).await {
        Ok(body) => body,
        Err(error) => {
            let status = error.as_response_error().status_code();
            let req = ServiceRequest::from_parts(http, Payload::None);
            return Ok(req.into_response(page_for(status)));
        }
    };
    if has_nul(&body) {
        let req = ServiceRequest::from_parts(http, Payload::None);
        return Ok(req.into_response(page_for(StatusCode::BAD_REQUEST)));
    }
    let req = ServiceRequest::from_parts(http, Payload::from(body));
    Ok(next.call(req).await?.map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use actix_web::http::header::ContentType;
    use actix_web::{test, App, HttpResponse};

    use super::*;

    #[actix_web::test]
    async fn nul_in_a_query_or_body_is_refused_and_other_bodies_pass_unchanged() {
        let app = test::init_service(
            App::new()
                .wrap(actix_web::middleware::from_fn(refuse_nul))
                .default_service(web::to(|body: web::Bytes| async move {
                    HttpResponse::Ok().body(body)
                })),
        )
        .await;
        let form = |query: &str, body: &'static [u8]| {
            test::TestRequest::post()
                .uri(&format!("/x?{query}"))
                .insert_header(ContentType::form_url_encoded())
                .set_payload(body)
                .to_request()
        };
        for (query, body, expected) in [
            ("a=b", b"name=Ada&note=%25%30%30".as_slice(), 200),
            ("a=%00", b"".as_slice(), 400),
            ("a%00=b", b"".as_slice(), 400),
            ("a=b", b"name=Ada%00".as_slice(), 400),
            ("a=b", b"name\0=Ada".as_slice(), 400),
        ] {
            let response = test::call_service(&app, form(query, body)).await;
            assert_eq!(response.status().as_u16(), expected, "{query} {body:?}");
            if expected == 200 {
                assert_eq!(
                    test::read_body(response).await,
                    body,
                    "the body is passed on"
                );
            }
        }
        let typed = |kind: Option<ContentType>, body: &'static [u8]| {
            let mut request = test::TestRequest::post().uri("/x").set_payload(body);
            if let Some(kind) = kind {
                request = request.insert_header(kind);
            }
            request.to_request()
        };
        for (kind, body, expected) in [
            (None, b"name=a%00b".as_slice(), 400),
            (
                Some(ContentType::plaintext()),
                b"name=a%00b".as_slice(),
                400,
            ),
            (Some(ContentType::octet_stream()), b"a\0b".as_slice(), 400),
            (
                Some(ContentType::json()),
                br#"{"name": "Ada"}"#.as_slice(),
                200,
            ),
        ] {
            let response = test::call_service(&app, typed(kind, body)).await;
            assert_eq!(response.status().as_u16(), expected, "{body:?}");
        }
    }
}
