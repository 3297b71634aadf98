//! RFC 9457 problem details: the one shape of every error under `/api/` and on the public
//! JSON (`application/problem+json`: `type`, `title`, `status`, `detail`). `ApiError` answers
//! with one; [`as_problems`] turns any other error on those paths into one, whatever raised
//! it (a refused query or header, an unknown path, a method the path does not take).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::InternalError;
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::HttpResponse;
use serde::Serialize;

pub const CONTENT_TYPE: &str = "application/problem+json";

/// Headers an error keeps when it is turned into a problem: what the client must act on.
const KEPT_HEADERS: [header::HeaderName; 3] =
    [header::WWW_AUTHENTICATE, header::ALLOW, header::RETRY_AFTER];

/// A problem of the `about:blank` type: `title` is the status's reason phrase, and `detail`
/// says in plain words what went wrong here and what to send instead.
#[derive(Debug, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: &'static str,
    pub status: u16,
    pub detail: String,
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Problem {
        Problem {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error"),
            status: status.as_u16(),
            detail: detail.into(),
        }
    }

    /// The response: never cached, since it says nothing about the resource itself.
    pub fn response(&self) -> HttpResponse {
        let body = serde_json::to_vec(self).unwrap_or_default();
        HttpResponse::build(StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST))
            .insert_header((header::CONTENT_TYPE, CONTENT_TYPE))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body)
    }
}

/// Paths whose callers are programs: the API, and the public JSON (not the staff exports).
pub fn for_machines(path: &str) -> bool {
    path == "/api"
        || path.starts_with("/api/")
        || (path.ends_with(".json") && !path.starts_with("/staff/"))
}

/// What to say about an error raised before the handler, or by no handler at all.
fn detail_for(status: StatusCode, method: &str, allow: Option<&str>) -> String {
    match status {
        StatusCode::BAD_REQUEST => {
            "The request could not be read: check the query string and headers".to_owned()
        }
        StatusCode::NOT_FOUND => {
            "Nothing is here; /api/v1/openapi.json lists the paths served".to_owned()
        }
        StatusCode::METHOD_NOT_ALLOWED => format!(
            "This path does not take {method}; it takes {}",
            allow.unwrap_or("no method")
        ),
        StatusCode::PAYLOAD_TOO_LARGE => "The request body is too large".to_owned(),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => {
            "The request headers are too many or too large".to_owned()
        }
        other => other
            .canonical_reason()
            .unwrap_or("The request failed")
            .to_owned(),
    }
}

fn is_problem<B>(response: &HttpResponse<B>) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(CONTENT_TYPE))
}

/// On the machines' paths, any error answered as something else is answered as a problem
/// with the same status and the headers in `KEPT_HEADERS`.
pub async fn as_problems(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if !for_machines(req.path()) {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let method = req.method().to_string();
    let response = match next.call(req).await {
        Ok(response) => response.map_into_boxed_body(),
        // An error no handler turned into a response: answered as a problem all the same.
        Err(error) => {
            let problem = as_problem(&error.error_response(), &method);
            let cause = error.to_string();
            return Err(InternalError::from_response(cause, problem).into());
        }
    };
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_problem(response.response()) {
        return Ok(response);
    }
    let problem = as_problem(response.response(), &method);
    Ok(response.into_response(problem))
}

/// The problem for an error response of another shape: its status, and the headers the
/// client must act on.
fn as_problem<B>(response: &HttpResponse<B>, method: &str) -> HttpResponse {
    let status = response.status();
    let kept: Vec<(header::HeaderName, HeaderValue)> = KEPT_HEADERS
        .iter()
        .filter_map(|name| Some((name.clone(), response.headers().get(name)?.clone())))
        .collect();
    let allow = kept
        .iter()
        .find(|(name, _)| name == header::ALLOW)
        .and_then(|(_, value)| value.to_str().ok());
    let mut problem = Problem::new(status, detail_for(status, method, allow)).response();
    for (name, value) in kept {
        problem.headers_mut().insert(name, value);
    }
    problem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_paths_are_the_api_and_the_public_json() {
        for path in [
            "/api",
            "/api/",
            "/api/v1",
            "/api/v2/anything",
            "/campaigns.json",
            "/campaigns/x/count.json",
            "/nothing.json",
        ] {
            assert!(for_machines(path), "{path}");
        }
        for path in [
            "/",
            "/apis",
            "/campaigns/x",
            "/staff/campaigns/x/exports/signers.json",
        ] {
            assert!(!for_machines(path), "{path}");
        }
    }
}
