//! `POST /campaigns/{slug}/meter`: the personalisation meter and the preview for a letter
//! being typed, so that the editor's script shows the server's own figure and words before
//! anything is saved. It reads (the campaign, its recipients, the writer's constituency
//! from the local postcode table) and writes nothing: nothing in the form is stored or
//! logged. Like autosave it takes the editor's form fields, within the public form limit.

use actix_web::{post, web, HttpResponse};
use serde_json::json;

use super::campaigns;
use crate::forms::letter::LetterForm;
use crate::i18n::Lang;
use crate::letters::drafting;
use crate::letters::recipients;
use crate::letters::similarity;
use crate::views::letter_preview;
use crate::web::error::AppError;
use crate::web::state::AppState;

/// `POST /campaigns/{slug}/meter`: `{similarity, own_percent, meter_words, preview}`, the
/// preview being the editor's preview section as HTML.
#[post("/campaigns/{slug}/meter")]
pub async fn meter(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<LetterForm>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let mut form = form.into_inner();
    form.body = form.body.replace("\r\n", "\n");
    let (similarity, preview) = state
        .db
        .read(move |conn| {
            let constituency = drafting::constituency_for(conn, &form)?;
            let recipients = recipients::resolve(conn, campaign.id, constituency.as_ref())?;
            let sign_off = letter_preview::sign_off_in(lang, &form, constituency.as_ref());
            let preview = letter_preview::preview_in(lang, &recipients, &form.body, &sign_off);
            let similarity = drafting::similarity_to_featured(&campaign, &form.body);
            Ok((similarity, preview))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(json!({
            "similarity": similarity,
            "own_percent": similarity::own_percent(similarity),
            "meter_words": lang.t(similarity::describe_key(similarity)),
            "preview": preview.into_string(),
        })))
}
