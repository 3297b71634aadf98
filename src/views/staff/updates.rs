//! Organisers' updates pages: the updates of a campaign, the form to write one (preview,
//! then send after a confirmation that says how many people will get it), and editing one.

use chrono::NaiveDateTime;
use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::db::models::campaign_update::CampaignUpdate;
use crate::forms::update::{UpdateForm, BODY_MAX, SUBJECT_MAX};
use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::views::form::{error_summary_in, TextField};
use crate::views::format::thousands;

/// One stored update with what became of its emails.
pub struct Row<'a> {
    pub update: &'a CampaignUpdate,
    pub sent: i64,
    pub waiting: i64,
}

fn when(time: NaiveDateTime) -> String {
    time.format("%-d %b %Y %H:%M UTC").to_string()
}

fn base(slug: &str) -> String {
    format!("/staff/campaigns/{slug}/updates")
}

/// The subject, body and time fields, filled with `form` and its messages.
fn fields(lang: Lang, form: &UpdateForm, errors: &FieldErrors, with_time: bool) -> Markup {
    let body_error = errors.message(lang, "body");
    let body_error = body_error.as_deref();
    html! {
        (TextField { name: "subject", label: "Subject", value: &form.subject, kind: "text", autocomplete: "off",
            hint: Some(&format!("Up to {SUBJECT_MAX} characters. It is the email’s subject and the heading on the campaign page.")), required: true }.render_in(lang, errors))
        div.field.invalid[body_error.is_some()] {
            label for="body" { "The update" }
            p.hint id="body-hint" { "Up to " (thousands(BODY_MAX as i64)) " characters of Markdown: a blank line between paragraphs, **bold**, [a link](https://example.org). Supporters see it in the email and on the campaign page." }
            @if let Some(message) = body_error { p.error id="body-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            textarea id="body" name="body" rows="14"
                aria-invalid=[body_error.map(|_| "true")]
                aria-describedby={ "body-hint" @if body_error.is_some() { " body-error" } } { (form.body) }
        }
        @if with_time {
            (TextField { name: "send_at", label: "When to send (optional)", value: &form.send_at, kind: "datetime-local", autocomplete: "off",
                hint: Some("In UTC. Leave empty to send as soon as you confirm; until then you can still edit it."), required: false }.render_in(lang, errors))
        }
    }
}

/// The updates of a campaign and the form to write one.
pub fn list(
    staff: &Staff,
    campaign: &Campaign,
    rows: &[Row<'_>],
    form: &UpdateForm,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> Markup {
    let lang = staff.lang;
    let title = format!("Updates: {}", campaign.headline);
    let title = if errors.is_empty() {
        title
    } else {
        format!("Error: {title}")
    };
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { "Updates to supporters" }
                p { "For “" a href={ "/campaigns/" (campaign.slug) } { (campaign.headline) } "”. "
                    "An update is emailed to every confirmed signer who asked to hear about progress and has not unsubscribed, "
                    "each person once, and appears on the campaign page from the time it goes." }
                @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
                h2 { "Write an update" }
                form method="post" action=(base(&campaign.slug)) novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (fields(lang, form, errors, true))
                    div.actions {
                        button.secondary type="submit" name="action" value="preview" { "Send me a preview" }
                        " "
                        button.primary type="submit" name="action" value="review" { "Send to supporters…" }
                    }
                }
                h2 { "Updates so far" }
                @if rows.is_empty() {
                    p { "None yet." }
                } @else {
                    ol.update-list reversed {
                        @for row in rows {
                            @let u = row.update;
                            li {
                                article {
                                    h3 { (u.subject) }
                                    p.small {
                                        @if let Some(at) = u.published_at { "Goes out " (when(at)) } @else { "Not sent" }
                                        " · by " (u.created_by)
                                        @if let Some(edited) = u.edited_at { " · edited " (when(edited)) }
                                    }
                                    p { (thousands(row.sent)) " sent, " (thousands(row.waiting)) " waiting to go. "
                                        a href={ (base(&campaign.slug)) "/" (u.id) "/edit" } { "Edit" span.visually-hidden { " “" (u.subject) "”" } } }
                                }
                            }
                        }
                    }
                }
                p { a href="/staff/campaigns" { "Back to campaigns" } }
            }
        },
    )
}

/// The confirmation step: how many people will receive it, and the button that sends.
pub fn confirm(staff: &Staff, campaign: &Campaign, form: &UpdateForm, audience: usize) -> Markup {
    layout::page(
        staff,
        "Send this update?",
        html! {
            section.staff-page {
                h1 { "Send this update?" }
                p { strong { (thousands(audience as i64)) " " (if audience == 1 { "person" } else { "people" }) } " will receive “" (form.subject) "”: "
                    "every confirmed signer of “" (campaign.headline) "” who asked to hear about progress and has not unsubscribed, each once." }
                @if !form.send_at.trim().is_empty() { p { "It goes at " (form.send_at.replace('T', " ")) " UTC." } }
                p { "You can still edit it while emails are waiting to go; those not yet sent then carry the new words." }
                form method="post" action=(base(&campaign.slug)) {
                    (csrf(staff))
                    input type="hidden" name="subject" value=(form.subject);
                    input type="hidden" name="body" value=(form.body);
                    input type="hidden" name="send_at" value=(form.send_at);
                    button.primary type="submit" name="action" value="send" { "Yes, send it to " (thousands(audience as i64)) " " (if audience == 1 { "person" } else { "people" }) }
                    " "
                    button.secondary type="submit" name="action" value="back" { "No, go back to editing" }
                }
            }
        },
    )
}

/// Editing a stored update.
pub fn edit(
    staff: &Staff,
    campaign: &Campaign,
    row: &Row<'_>,
    form: &UpdateForm,
    errors: &FieldErrors,
    notice: Option<&str>,
) -> Markup {
    let lang = staff.lang;
    let u = row.update;
    let title = if errors.is_empty() {
        "Edit update".to_owned()
    } else {
        "Error: Edit update".to_owned()
    };
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { "Edit update" }
                @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
                p { "“" (u.subject) "”, for “" (campaign.headline) "”: " (thousands(row.sent)) " sent, " (thousands(row.waiting)) " waiting to go. "
                    "Saving changes the update on the campaign page and in every email not yet sent; people already sent it keep the earlier words, and nobody gets both." }
                form method="post" action={ (base(&campaign.slug)) "/" (u.id) } novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (fields(lang, form, errors, false))
                    div.actions {
                        button.secondary type="submit" name="action" value="preview" { "Send me a preview" }
                        " "
                        button.primary type="submit" name="action" value="save" { "Save changes" }
                    }
                }
                p { a href=(base(&campaign.slug)) { "Back to the updates" } }
            }
        },
    )
}
