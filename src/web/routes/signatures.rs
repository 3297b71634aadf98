//! Signing a campaign and confirming the signature by email.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::Utc;

use super::{campaigns, html, see_other};
use crate::domain::SecretToken;
use crate::forms::sign::SignForm;
use crate::i18n::Lang;
use crate::signing::{self, ConfirmRequest, LinkState, Origin, SignRequest, WhenConfirmed};
use crate::views;
use crate::views::layout::Locale;
use crate::web::error::AppError;
use crate::web::state::AppState;

/// `POST /campaigns/{slug}/signatures`: the sign form. A wrong answer re-renders the form
/// with the user's values (422); an accepted one always leads to "check your email", never
/// sooner than `MISSIVE_SIGN_ANSWER_MS` after it arrived, so that a new address (three rows
/// written) and one that has signed before (one) take the same time to answer.
#[post("/campaigns/{slug}/signatures")]
pub async fn sign(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<SignForm>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let answer_at = tokio::time::Instant::now() + state.settings.sign_answer_floor();
    let campaign = campaigns::load(&state, &slug).await?;
    let now = Utc::now().naive_utc();
    let form = form.into_inner();
    let signer = match form.parse() {
        _ if campaign.is_closed(now) || campaign.is_not_yet_open(now) => {
            let mut response = campaigns::fresh_page(&state, &campaign, lang).await?;
            *response.status_mut() = StatusCode::CONFLICT;
            return Ok(response);
        }
        _ if form.is_bot() => return Ok(see_other(&check_email_path(&campaign.slug))),
        Err(errors) => {
            let sign_form = views::campaign::SignFormState {
                values: &form,
                errors: &errors,
            };
            let page = campaigns::current_page(&state, &campaign, lang, &sign_form).await?;
            return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
        Ok(signer) => signer,
    };
    let location = check_email_path(&campaign.slug);
    let remembered = state
        .signed_address
        .cookie(&location, signer.email.as_str());
    let request = SignRequest {
        campaign,
        signer,
        links: state.links.clone(),
        when_confirmed: WhenConfirmed::Notify,
        origin: origin(&req, &state, lang),
        now,
    };
    // Two identical submissions can race to insert; the loser retries and sees the winner.
    let outcome = match state.db.write_batched(request.clone()).await {
        Err(e) if e.is_unique_violation() => state.db.write_batched(request).await?,
        other => other?,
    };
    tracing::info!(outcome = ?outcome.outcome, "signature form accepted");
    state.mail_wake.notify_one();
    tokio::time::sleep_until(answer_at).await;
    let mut response = see_other(&location);
    response
        .add_cookie(&remembered)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(response)
}

/// The client's address (see `client_ip`) and the signing limits that apply to it, and
/// the language the signer reads (their emails are in it).
pub fn origin(req: &HttpRequest, state: &AppState, lang: Lang) -> Origin {
    Origin {
        lang,
        ip: crate::web::extract::client_ip::client_ip(req, &state.settings.trusted_proxies),
        limits: state.settings.sign_limits(),
        mail: state.settings.mail_limits(),
    }
}

fn check_email_path(slug: &str) -> String {
    format!("/campaigns/{slug}/signed")
}

/// `GET /campaigns/{slug}/signed`: "check your email", naming the address when this
/// browser has just signed (see `signed_address`).
#[get("/campaigns/{slug}/signed")]
pub async fn check_email(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let address = state.signed_address.read(&req);
    let path = check_email_path(&campaign.slug);
    let page = views::signature::check_email(
        &Locale { lang, path: &path },
        &campaign.slug,
        &campaign.headline,
        &state.base_url,
        address.as_deref(),
    );
    let mut response = html(StatusCode::OK, page);
    if address.is_some() {
        response.headers_mut().insert(
            actix_web::http::header::CACHE_CONTROL,
            actix_web::http::header::HeaderValue::from_static("no-store"),
        );
    }
    Ok(response)
}

/// `GET /signatures/confirm/{token}`: shows a Confirm button. A GET never confirms: mail
/// scanners follow links.
#[get("/signatures/confirm/{token}")]
pub async fn confirm_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(link_page(LinkState::Unknown, &token, &state.base_url, lang));
    };
    let now = Utc::now().naive_utc();
    let state_of_link = state
        .db
        .read(move |conn| signing::link_state(conn, &secret, now))
        .await?;
    Ok(link_page(state_of_link, &token, &state.base_url, lang))
}

/// `POST /signatures/confirm/{token}`: confirms; doing it twice is harmless.
#[post("/signatures/confirm/{token}")]
pub async fn confirm(
    state: web::Data<AppState>,
    token: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let Ok(secret) = SecretToken::parse(&token) else {
        return Ok(link_page(LinkState::Unknown, &token, &state.base_url, lang));
    };
    let now = Utc::now().naive_utc();
    let after = state
        .db
        .write_batched(ConfirmRequest { secret, now })
        .await?;
    match after {
        LinkState::Confirmed { slug, .. } => Ok(see_other(&format!("/campaigns/{slug}/confirmed"))),
        other => Ok(link_page(other, &token, &state.base_url, lang)),
    }
}

fn link_page(link: LinkState, token: &str, base_url: &str, lang: Lang) -> HttpResponse {
    let path = format!("/signatures/confirm/{token}");
    let locale = Locale { lang, path: &path };
    match link {
        LinkState::Unknown => html(
            StatusCode::NOT_FOUND,
            views::signature::link_unknown(&locale),
        ),
        LinkState::Expired { slug } => html(
            StatusCode::GONE,
            views::signature::link_expired(&locale, &slug, token),
        ),
        LinkState::Pending { headline, .. } => html(
            StatusCode::OK,
            views::signature::confirm_prompt(&locale, token, &headline),
        ),
        LinkState::Confirmed { slug, headline } => html(
            StatusCode::OK,
            views::signature::confirmed(&locale, &slug, &headline, base_url, Some(token)),
        ),
    }
}

/// `GET /campaigns/{slug}/confirmed`: thank you.
#[get("/campaigns/{slug}/confirmed")]
pub async fn confirmed(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    lang: Lang,
) -> Result<HttpResponse, AppError> {
    let campaign = campaigns::load(&state, &slug).await?;
    let path = format!("/campaigns/{}/confirmed", campaign.slug);
    Ok(html(
        StatusCode::OK,
        views::signature::confirmed(
            &Locale { lang, path: &path },
            &campaign.slug,
            &campaign.headline,
            &state.base_url,
            None,
        ),
    ))
}
