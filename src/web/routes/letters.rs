//! Writing a letter: the editor, saving (by button or autosave), submitting, and the
//! writer's private page.

use actix_web::http::StatusCode;
use actix_web::{get, post, routes, web, HttpRequest, HttpResponse};
use chrono::Utc;
use maud::Markup;
use serde::Deserialize;
use serde_json::json;

use super::{campaigns, html, see_other};
use crate::db::models::campaign::Campaign;
use crate::db::models::constituency::{self, Constituency};
use crate::db::models::delivery;
use crate::db::models::letter::{self, Letter, LetterStatus};
use crate::db::DbConnection;
use crate::domain::SecretToken;
use crate::forms::letter::{Action, LetterForm, Submission};
use crate::forms::FieldErrors;
use crate::i18n::{Lang, Message};
use crate::letters::delivery::{constituency_of, sign_off};
use crate::letters::drafting::{self, Start, Starter, WriterMail};
use crate::letters::joint::Route;
use crate::letters::recipients::{self, Recipients};
use crate::postcode_lookup::PostcodeLookup;
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;

#[derive(Deserialize)]
pub struct StartQuery {
    start: Option<String>,
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

/// What the editor needs from the database besides the form.
struct Context {
    recipients: Recipients,
    constituency: Option<Constituency>,
    choices: Vec<Constituency>,
    similarity: i32,
    /// What the writer's postcode told us, when they did not pick a constituency by name.
    lookup: PostcodeLookup,
}

fn context(
    conn: &mut DbConnection,
    campaign: &Campaign,
    form: &LetterForm,
    lookup: PostcodeLookup,
) -> Result<Context, crate::db::DbError> {
    let constituency = drafting::constituency_for(conn, form)?;
    let search = form.mp_search.trim();
    let choices = if search.is_empty() {
        Vec::new()
    } else {
        constituency::search(conn, search, 25)?
    };
    Ok(Context {
        recipients: recipients::resolve(conn, campaign.id, constituency.as_ref())?,
        constituency,
        choices,
        similarity: drafting::similarity_to_featured(campaign, &form.body),
        lookup,
    })
}

/// Looks the writer's postcode up, unless they picked their constituency by name. An
/// answer from the postcode API is stored, so that the writes after it (which read the
/// local table) find the constituency too.
async fn look_up_postcode(state: &AppState, form: &LetterForm) -> Result<PostcodeLookup, AppError> {
    if !form.constituency.trim().is_empty() {
        return Ok(PostcodeLookup::NotAsked);
    }
    Ok(state.postcodes.find(&state.db, &form.postcode).await?)
}

/// Renders the editor for `form` in `lang`, reading what it needs; `notice` is the message
/// key of a banner to show.
async fn editor_page(
    state: &AppState,
    lang: Lang,
    campaign: Campaign,
    form: LetterForm,
    errors: FieldErrors,
    private_path: Option<String>,
    notice: Option<&str>,
) -> Result<Markup, AppError> {
    let lookup = look_up_postcode(state, &form).await?;
    let (campaign, form, ctx) = state
        .db
        .read(move |conn| {
            let ctx = context(conn, &campaign, &form, lookup)?;
            Ok((campaign, form, ctx))
        })
        .await?;
    let mut errors = errors;
    if !form.mp_search.trim().is_empty() && ctx.choices.is_empty() {
        errors.add("constituency", Message::new("error-constituency-no-match"));
    }
    let schedule = state.settings.joint_schedule();
    let route = Route::of(
        &campaign,
        &form.body,
        ctx.similarity,
        schedule,
        Utc::now().naive_utc(),
    );
    let action = private_path
        .clone()
        .unwrap_or_else(|| format!("/campaigns/{}/write", campaign.slug));
    let notice = notice.map(|key| lang.t(key));
    // Shown in the visitor's language where the organiser gave one; the letter is compared
    // with the original above.
    let shown = campaigns::shown_in(state, &campaign, lang).await?;
    Ok(views::letters::editor(&views::letters::Editor {
        locale: views::layout::Locale {
            lang,
            path: &action,
        },
        campaign: &shown.campaign,
        form: &form,
        errors: &errors,
        action: action.clone(),
        private_path,
        recipients: &ctx.recipients,
        constituency: ctx.constituency.as_ref(),
        choices: &ctx.choices,
        similarity: ctx.similarity,
        postcode_lookup: &ctx.lookup,
        notice: notice.as_deref(),
        route,
    }))
}

/// Checks what a letter to the writer's MP needs (see `drafting::check_for_mp`).
async fn check_for_mp(
    state: &AppState,
    campaign: &Campaign,
    form: &LetterForm,
    submission: &Submission,
) -> Result<Result<(), FieldErrors>, AppError> {
    let (campaign, form, submission) = (campaign.clone(), form.clone(), submission.clone());
    let errors = state
        .db
        .read(move |conn| drafting::check_for_mp(conn, &campaign, &form, &submission))
        .await?;
    Ok(if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    })
}

/// True when the campaign is not taking letters: closed, or not open yet.
fn closed(campaign: &Campaign) -> bool {
    let now = Utc::now().naive_utc();
    campaign.is_closed(now) || campaign.is_not_yet_open(now)
}

/// `GET /campaigns/{slug}/write`: a new letter, from the featured text or blank.
#[get("/campaigns/{slug}/write")]
pub async fn new_letter(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<StartQuery>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    if closed(&campaign) {
        return campaigns::fresh_page(&state, &campaign, lang).await;
    }
    let start = match query.start.as_deref() {
        Some("blank") => Start::Blank,
        _ => Start::Featured,
    };
    let form = drafting::starting_form(&campaign, start);
    let page = editor_page(
        &state,
        lang,
        campaign,
        form,
        FieldErrors::default(),
        None,
        None,
    )
    .await?;
    Ok(html(StatusCode::OK, page))
}

/// `POST /campaigns/{slug}/write` (the editor's own address, so that reloading it shows the
/// editor) or `/campaigns/{slug}/letters`: saves (or submits) a new letter.
#[routes]
#[post("/campaigns/{slug}/write")]
#[post("/campaigns/{slug}/letters")]
pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<LetterForm>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let form = form.into_inner();
    if closed(&campaign) {
        let mut response = campaigns::fresh_page(&state, &campaign, lang).await?;
        *response.status_mut() = StatusCode::CONFLICT;
        return Ok(response);
    }
    if form.is_bot() {
        return Ok(see_other(&format!("/campaigns/{}", campaign.slug)));
    }
    let action = form.action();
    let checked = match action {
        Action::FindMp => {
            let page = editor_page(
                &state,
                lang,
                campaign,
                form,
                FieldErrors::default(),
                None,
                None,
            )
            .await?;
            return Ok(html(StatusCode::OK, page));
        }
        Action::Save => form.check_draft().map(|email| (email, None)),
        Action::Submit => form
            .check_submission()
            .map(|s| (s.signer.email.clone(), Some(s))),
    };
    let checked = match checked {
        Ok((email, Some(submission))) => check_for_mp(&state, &campaign, &form, &submission)
            .await?
            .map(|()| (email, Some(submission))),
        other => other,
    };
    let (email, submission) = match checked {
        Ok(ok) => ok,
        Err(errors) => {
            let page = editor_page(&state, lang, campaign, form, errors, None, None).await?;
            return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    look_up_postcode(&state, &form).await?;
    let links = state.links.clone();
    let origin = super::signatures::origin(&req, &state, lang);
    let starter = Starter {
        ip: origin.ip,
        lang: origin.lang,
        limits: state.settings.draft_limits(),
        mail: origin.mail,
    };
    let now = Utc::now().naive_utc();
    let (secret, mail) = state
        .db
        .write(move |conn| {
            let (secret, mail) =
                drafting::create(conn, &campaign, &form, &email, &links, &starter, now)?;
            if let Some(submission) = &submission {
                let stored = letter::find_by_token(conn, &secret.hash())?
                    .ok_or(diesel::result::Error::NotFound)?;
                drafting::submit(
                    conn, &campaign, &stored, &form, submission, &links, &origin, mail, now,
                )?;
            }
            Ok((secret, mail))
        })
        .await?;
    state.mail_wake.notify_one();
    let notice = match (action == Action::Submit, mail) {
        (true, WriterMail::Send) => "submitted",
        (true, WriterMail::Hold) => "submitted-not-emailed",
        (false, WriterMail::Send) => "saved",
        (false, WriterMail::Hold) => "saved-not-emailed",
    };
    Ok(see_other(&format!(
        "/letters/{}?notice={notice}",
        secret.as_str()
    )))
}

/// The letter a private link leads to, with its campaign.
async fn load_letter(state: &AppState, token: &str) -> Result<(Letter, Campaign), AppError> {
    let secret = SecretToken::parse(token).map_err(|_| AppError::NotFound)?;
    let found = state
        .db
        .read(move |conn| {
            let Some(letter) = letter::find_by_token(conn, &secret.hash())? else {
                return Ok(None);
            };
            let campaign = crate::db::models::campaign::find_by_id(conn, letter.campaign_id)?;
            Ok(campaign.map(|c| (letter, c)))
        })
        .await?;
    found.ok_or(AppError::NotFound)
}

/// The message key of the banner a `?notice=` asks for.
fn notice_words(notice: Option<&str>, status: LetterStatus) -> Option<&'static str> {
    let unconfirmed = status == LetterStatus::Unconfirmed;
    match notice {
        Some("submitted" | "submitted-not-emailed") if unconfirmed => {
            Some("letters-notice-confirm")
        }
        Some("saved") => Some("letters-notice-saved"),
        Some("submitted") => Some("letters-notice-submitted"),
        Some("saved-not-emailed") => Some("letters-notice-saved-not-emailed"),
        Some("submitted-not-emailed") => Some("letters-notice-submitted-not-emailed"),
        _ => None,
    }
}

/// `GET /letters/{token}`: the writer's private page: the editor while a draft, then status.
#[get("/letters/{token}")]
pub async fn show(
    state: web::Data<AppState>,
    token: web::Path<String>,
    query: web::Query<NoticeQuery>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let (stored, campaign) = load_letter(&state, &token).await?;
    let notice = notice_words(query.notice.as_deref(), stored.status());
    if stored.status() == LetterStatus::Draft {
        let picked = stored.constituency_code.clone();
        let from_postcode = state
            .postcodes
            .find(&state.db, stored.postcode.as_deref().unwrap_or_default())
            .await?
            .constituency()
            .map(|c| c.code.clone());
        let picked = picked.filter(|code| Some(code) != from_postcode.as_ref());
        let form = LetterForm::from_letter(&stored, picked.as_deref());
        let path = format!("/letters/{}", token.as_str());
        let page = editor_page(
            &state,
            lang,
            campaign,
            form,
            FieldErrors::default(),
            Some(path),
            notice,
        )
        .await?;
        return Ok(html(StatusCode::OK, page));
    }
    let token = token.into_inner();
    let notice = notice.map(|key| lang.t(key));
    let schedule = state.settings.joint_schedule();
    let shown = campaigns::shown_in(&state, &campaign, lang).await?.campaign;
    let page = state
        .db
        .read(move |conn| {
            let constituency = constituency_of(conn, &stored)?;
            let recipients = recipients::resolve(conn, campaign.id, constituency.as_ref())?;
            let deliveries = delivery::for_letter(conn, stored.id)?;
            let sign_off = sign_off(&stored, constituency.as_ref());
            let now = Utc::now().naive_utc();
            let route = Route::of(&campaign, &stored.body, stored.similarity, schedule, now);
            let path = format!("/letters/{token}");
            Ok(views::letters::submitted(&views::letters::Submitted {
                locale: views::layout::Locale { lang, path: &path },
                campaign: &shown,
                letter: &stored,
                token: &token,
                deliveries: &deliveries,
                recipients: &recipients,
                sign_off: &sign_off,
                notice: notice.as_deref(),
                route: &route,
            }))
        })
        .await?;
    Ok(html(StatusCode::OK, page))
}

/// `POST /letters/{token}`: the editor's buttons on a saved letter.
#[post("/letters/{token}")]
pub async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: web::Form<LetterForm>,
    visitor: Lang,
) -> Result<HttpResponse, AppError> {
    let (stored, campaign) = load_letter(&state, &token).await?;
    let form = form.into_inner();
    let path = format!("/letters/{}", token.as_str());
    if stored.status() != LetterStatus::Draft {
        return Ok(see_other(&path));
    }
    let action = form.action();
    let submission = match action {
        Action::FindMp => {
            let page = editor_page(
                &state,
                visitor,
                campaign,
                form,
                FieldErrors::default(),
                Some(path),
                None,
            )
            .await?;
            return Ok(html(StatusCode::OK, page));
        }
        Action::Save => form.check_draft().map(|_| None),
        Action::Submit if closed(&campaign) => {
            let mut errors = FieldErrors::default();
            errors.add("body", Message::new("error-letter-campaign-closed"));
            Err(errors)
        }
        Action::Submit => form.check_submission().map(Some),
    };
    let submission = match submission {
        Ok(Some(submission)) => check_for_mp(&state, &campaign, &form, &submission)
            .await?
            .map(|()| Some(submission)),
        other => other,
    };
    let submission = match submission {
        Ok(s) => s,
        Err(errors) => {
            let page =
                editor_page(&state, visitor, campaign, form, errors, Some(path), None).await?;
            return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    look_up_postcode(&state, &form).await?;
    let links = state.links.clone();
    // The signature a submission makes is in the language the letter was started in.
    let lang = Lang::stored(&stored.language);
    let origin = super::signatures::origin(&req, &state, lang);
    let now = Utc::now().naive_utc();
    let mail = state
        .db
        .write(move |conn| match &submission {
            Some(submission) => {
                let mail = drafting::writer_mail(conn, stored.id)?;
                drafting::submit(
                    conn, &campaign, &stored, &form, submission, &links, &origin, mail, now,
                )?;
                Ok(mail)
            }
            None => {
                let (changes, _) = drafting::draft_changes(conn, &campaign, &form, now)?;
                letter::save_draft(conn, stored.id, &changes)?;
                Ok(WriterMail::Send)
            }
        })
        .await?;
    state.mail_wake.notify_one();
    let notice = match (action == Action::Submit, mail) {
        (true, WriterMail::Send) => "submitted",
        (true, WriterMail::Hold) => "submitted-not-emailed",
        (false, _) => "saved",
    };
    Ok(see_other(&format!("{path}?notice={notice}")))
}

/// `POST /letters/{token}/autosave`: saves a draft from the editor's script and answers
/// with the figures the page shows (JSON).
#[post("/letters/{token}/autosave")]
pub async fn autosave(
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: web::Form<LetterForm>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let (stored, campaign) = load_letter(&state, &token).await?;
    if stored.status() != LetterStatus::Draft {
        return Ok(HttpResponse::Conflict().json(json!({
            "saved": false,
            "message": lang.t("letters-autosave-sent")
        })));
    }
    let form = form.into_inner();
    if let Err(errors) = form.check_draft() {
        let errors: serde_json::Map<String, serde_json::Value> = errors
            .iter()
            .map(|(field, message)| (field.to_owned(), json!(message.in_lang(lang))))
            .collect();
        return Ok(
            HttpResponse::UnprocessableEntity().json(json!({ "saved": false, "errors": errors }))
        );
    }
    look_up_postcode(&state, &form).await?;
    let now = Utc::now().naive_utc();
    let (similarity, constituency) = state
        .db
        .write(move |conn| {
            let (changes, constituency) = drafting::draft_changes(conn, &campaign, &form, now)?;
            letter::save_draft(conn, stored.id, &changes)?;
            Ok((changes.similarity, constituency))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(json!({
            "saved": true,
            "saved_at": now.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "similarity": similarity,
            "own_percent": crate::letters::similarity::own_percent(similarity),
            "meter_words": lang.t(crate::letters::similarity::describe_key(similarity)),
            "constituency": constituency.map(|c| c.name),
        })))
}
