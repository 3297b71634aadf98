//! The campaign form's photo: an upload is checked and stored at once (so a form shown again
//! for another field's mistake keeps it, by its hash in a hidden field), and set on the
//! campaign when the form is saved.

use actix_web::web;
use chrono::{Duration, Utc};

use super::upload::Upload;
use crate::campaigns::file::CampaignFile;
use crate::campaigns::images::{self, ImageError};
use crate::db::models::{campaign, campaign_image as stored};
use crate::db::{DbConnection, DbError};
use crate::forms::campaign::{CampaignForm, UPLOAD_FIELD, UPLOAD_LOST};
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::web::error::AppError;
use crate::web::state::AppState;

/// How long an upload whose form was never saved is kept.
const UNSAVED_DAYS: i64 = 2;

/// Takes the upload (or the "remove" tick) into the form's `image_sha256`; the message for
/// the upload field when the file is refused or an earlier upload is gone.
pub async fn receive(
    state: &web::Data<AppState>,
    form: &mut CampaignForm,
    upload: Upload,
) -> Result<Option<Message>, AppError> {
    if form.remove_image.is_some() {
        form.image_sha256.clear();
    }
    form.image_sha256 = form.image_sha256.trim().to_owned();
    let bytes = match upload {
        Upload::None => return still_stored(state, form).await,
        Upload::TooLarge => return Ok(Some(ImageError::TooLarge.error())),
        Upload::File(bytes) => bytes,
    };
    let processed = web::block(move || images::process(&bytes))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let image = match processed {
        Ok(image) => image,
        Err(refused) => return Ok(Some(refused.error())),
    };
    let sha256 = image.sha256.clone();
    let now = Utc::now().naive_utc();
    state
        .db
        .write(move |conn| {
            stored::forget_unsaved(conn, now - Duration::days(UNSAVED_DAYS))?;
            let new = stored::NewImage {
                content_type: image.content_type,
                bytes: &image.bytes,
                sha256: &image.sha256,
                width: image.width,
                height: image.height,
            };
            stored::insert(conn, &new, now)
        })
        .await?;
    form.image_sha256 = sha256;
    Ok(None)
}

/// The form's earlier upload, if it names one, must still be stored.
async fn still_stored(
    state: &web::Data<AppState>,
    form: &mut CampaignForm,
) -> Result<Option<Message>, AppError> {
    if !images::is_name(&form.image_sha256) {
        return Ok(None); // empty, or refused by the form's own check
    }
    let sha256 = form.image_sha256.clone();
    let found = state
        .db
        .read(move |conn| stored::exists(conn, &sha256))
        .await?;
    if found {
        return Ok(None);
    }
    form.image_sha256.clear();
    Ok(Some(UPLOAD_LOST))
}

/// The form's own result, with the photo's message beside the upload field.
pub fn checked(
    parsed: Result<CampaignFile, FieldErrors>,
    photo: Option<Message>,
) -> Result<CampaignFile, FieldErrors> {
    match (parsed, photo) {
        (parsed, None) => parsed,
        (Ok(_), Some(message)) => {
            let mut errors = FieldErrors::default();
            errors.add(UPLOAD_FIELD, message);
            Err(errors)
        }
        (Err(mut errors), Some(message)) => {
            errors.add(UPLOAD_FIELD, message);
            Err(errors)
        }
    }
}

/// Sets the photo on the saved campaign (in the saving transaction).
pub fn save(conn: &mut DbConnection, slug: &str, sha256: Option<&str>) -> Result<(), DbError> {
    let id = campaign::find_by_slug(conn, slug)?
        .ok_or(diesel::result::Error::NotFound)?
        .id;
    if let Some(sha256) = sha256 {
        stored::attach(conn, sha256, id)?;
    }
    campaign::set_uploaded_image(conn, id, sha256)
}
