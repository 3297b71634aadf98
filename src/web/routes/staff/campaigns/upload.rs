//! The campaign form as sent with a photo (`multipart/form-data`) or without one (a plain
//! form): the signed-in staff member, the CSRF-checked fields and the uploaded file, read
//! without holding more than the size limits allow in memory.

use std::future::Future;
use std::pin::Pin;

use actix_multipart::Multipart;
use actix_web::dev::Payload;
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::auth::Staff;
use crate::campaigns::images::MAX_BYTES;
use crate::forms::campaign::UPLOAD_FIELD;
use crate::web::error::AppError;
use crate::web::extract::session::{same_site, StaffForm};
use crate::web::middleware::http_limits::STAFF_FORM_LIMIT;

/// The largest body read at all: a photo just over the limit is read to its end (and
/// dropped), so the form can say so beside the field; past this the request is refused.
pub const MAX_BODY: usize = MAX_BYTES + 4 * 1024 * 1024;
/// More fields than the form has.
const MAX_FIELDS: usize = 200;

/// The photo sent with the form, if one was chosen.
#[derive(Debug)]
pub enum Upload {
    None,
    /// Over `campaigns::images::MAX_BYTES` (its bytes were not kept).
    TooLarge,
    File(Vec<u8>),
}

pub struct StaffUpload<T> {
    pub staff: Staff,
    pub form: T,
    pub upload: Upload,
}

/// True for a body this extractor reads as multipart (the NUL guard leaves those to it).
pub fn is_multipart(req: &HttpRequest) -> bool {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        })
}

impl<T: DeserializeOwned + 'static> FromRequest for StaffUpload<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<StaffUpload<T>, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        if !is_multipart(&req) {
            let plain = StaffForm::<T>::from_request(&req, payload);
            return Box::pin(async move {
                let StaffForm { staff, form } = plain.await?;
                Ok(StaffUpload {
                    staff,
                    form,
                    upload: Upload::None,
                })
            });
        }
        let declared = req
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        let multipart = Multipart::new(req.headers(), payload.take());
        Box::pin(async move {
            let staff = Staff::from_request(&req, &mut Payload::None).await?;
            if !same_site(&req) {
                return Err(AppError::Csrf);
            }
            if declared.is_some_and(|length| length > MAX_BODY) {
                return Err(AppError::TooLarge);
            }
            let (pairs, upload) = read(multipart).await?;
            let submitted = pairs
                .iter()
                .find(|(key, _)| key == "csrf")
                .map(|(_, value)| value.as_str())
                .unwrap_or_default();
            if !bool::from(submitted.as_bytes().ct_eq(staff.csrf.as_bytes())) {
                return Err(AppError::Csrf);
            }
            let encoded = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&pairs)
                .finish();
            let form = serde_html_form::from_str::<T>(&encoded)
                .map_err(|e| AppError::BadRequest(e.to_string()))?;
            Ok(StaffUpload {
                staff,
                form,
                upload,
            })
        })
    }
}

/// The text fields in order, and the file. Text fields together are held to the staff
/// form's limit, the file to the image limit, the whole body to `MAX_BODY`.
async fn read(mut multipart: Multipart) -> Result<(Vec<(String, String)>, Upload), AppError> {
    let bad = |e: &dyn std::fmt::Display| AppError::BadRequest(e.to_string());
    let mut pairs = Vec::new();
    let mut upload = Upload::None;
    let (mut text_bytes, mut total) = (0usize, 0usize);
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(|e| bad(&e))?;
        if pairs.len() >= MAX_FIELDS {
            return Err(AppError::BadRequest("too many fields".to_owned()));
        }
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = name == UPLOAD_FIELD;
        let mut bytes = Vec::new();
        let mut over = false;
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| bad(&e))?;
            total += chunk.len();
            if total > MAX_BODY {
                return Err(AppError::TooLarge);
            }
            if is_file {
                over = over || bytes.len() + chunk.len() > MAX_BYTES;
                if over {
                    bytes = Vec::new();
                } else {
                    bytes.extend_from_slice(&chunk);
                }
            } else {
                text_bytes += chunk.len();
                if text_bytes > STAFF_FORM_LIMIT {
                    return Err(AppError::TooLarge);
                }
                bytes.extend_from_slice(&chunk);
            }
        }
        if is_file {
            // A form sent with no file chosen has an empty file part.
            upload = match (over, bytes.is_empty()) {
                (true, _) => Upload::TooLarge,
                (false, true) => upload,
                (false, false) => Upload::File(bytes),
            };
            continue;
        }
        let value = String::from_utf8(bytes).map_err(|e| bad(&e))?;
        if value.contains('\0') || name.contains('\0') {
            return Err(AppError::BadRequest("a NUL character".to_owned()));
        }
        pairs.push((name, value));
    }
    Ok((pairs, upload))
}
