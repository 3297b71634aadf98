//! The moderation queue page: the letters a filter (campaign, status, likeness, age) keeps,
//! a page at a time, oldest first; a filter value that is not one of the choices gets a
//! message beside its field (400), never an error page.

use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use chrono::NaiveDateTime;

use super::answers::respond;
use crate::auth::Staff;
use crate::db::models::campaign::{self, Campaign};
use crate::db::models::letter_queue::QueueFilter;
use crate::forms::queue_filter::QueueForm;
use crate::forms::FieldErrors;
use crate::i18n::Message;
use crate::letters::review::{self, Queue};
use crate::views::staff::moderation::{self as view, QueuePage, Typed};
use crate::web::error::AppError;
use crate::web::state::AppState;

/// How many letters the queue shows on a page.
pub const PER_PAGE: i64 = 50;

/// What, besides the filter, the queue page shows.
#[derive(Default)]
pub struct Extras<'a> {
    pub notice: Option<&'a str>,
    /// Tick every pending letter on the page.
    pub select_all: bool,
    /// Letters to show ticked (the bulk form's, when it came back).
    pub checked: &'a [i64],
    pub bulk: Option<Typed<'a>>,
}

/// Renders the queue for `form`; `status` is the answer's status when the filter is good.
pub async fn render(
    state: &AppState,
    staff: &Staff,
    form: &QueueForm,
    extras: Extras<'_>,
    status: StatusCode,
    now: NaiveDateTime,
) -> Result<HttpResponse, AppError> {
    let choice = form.parse();
    let wanted = choice.clone().ok();
    let (campaigns, queue, errors) = state
        .db
        .read(move |conn| {
            let campaigns = campaign::list(conn)?;
            let Some(choice) = wanted else {
                return Ok((campaigns, None, None));
            };
            let campaign_id = match &choice.campaign {
                None => None,
                Some(slug) => match campaigns.iter().find(|c| &c.slug == slug) {
                    Some(found) => Some(found.id),
                    None => {
                        let mut errors = FieldErrors::default();
                        errors.add("campaign", Message::new("error-campaign-no-such-address"));
                        return Ok((campaigns, None, Some(errors)));
                    }
                },
            };
            let filter = QueueFilter {
                status: choice.status,
                campaign_id,
                likeness: choice.likeness,
                submitted_by: choice.submitted_by(now),
            };
            let queue = review::queue(conn, &filter, choice.page, PER_PAGE, now)?;
            Ok((campaigns, Some(queue), None))
        })
        .await?;
    let errors = match (choice, errors) {
        (Err(errors), _) | (Ok(_), Some(errors)) => Some(errors),
        _ => None,
    };
    Ok(page(
        staff,
        form,
        &campaigns,
        queue.as_ref(),
        errors.as_ref(),
        extras,
        status,
    ))
}

fn page(
    staff: &Staff,
    form: &QueueForm,
    campaigns: &[Campaign],
    queue: Option<&Queue>,
    filter_errors: Option<&FieldErrors>,
    extras: Extras<'_>,
    status: StatusCode,
) -> HttpResponse {
    let status = if filter_errors.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        status
    };
    let select_all: Vec<i64> = match (extras.select_all, queue) {
        (true, Some(queue)) => queue.waiting.iter().map(|r| r.letter.id).collect(),
        _ => Vec::new(),
    };
    let checked = if extras.select_all {
        &select_all
    } else {
        extras.checked
    };
    let page = QueuePage {
        queue,
        form,
        campaigns,
        filter_errors,
        notice: extras.notice,
        checked,
        bulk: extras.bulk,
    };
    respond(status, view::queue(staff, &page))
}
