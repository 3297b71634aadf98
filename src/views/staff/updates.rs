//! Organisers' updates pages: the updates of a campaign, the form to write one (preview,
//! then send after a confirmation that says how many people will get it), and editing one.

use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::db::models::campaign_update::CampaignUpdate;
use crate::forms::update::{UpdateForm, BODY_MAX, SUBJECT_MAX};
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};
use crate::views::form::{error_summary_in, TextField};

/// One stored update with what became of its emails.
pub struct Row<'a> {
    pub update: &'a CampaignUpdate,
    pub sent: i64,
    pub waiting: i64,
}

fn base(slug: &str) -> String {
    format!("/staff/campaigns/{slug}/updates")
}

/// A count as a message's arguments: `count` chooses the plural form, `shown` is the figure.
fn count(lang: Lang, n: i64) -> [(&'static str, Arg<'static>); 2] {
    [
        ("count", Arg::Number(n)),
        ("shown", Arg::from(lang.number(n))),
    ]
}

/// "12 sent, 3 waiting to go."
fn progress(lang: Lang, row: &Row<'_>) -> String {
    lang.t_args(
        "staff-camp-updates-progress",
        &[
            ("sent", Arg::from(lang.number(row.sent))),
            ("waiting", Arg::Number(row.waiting)),
            ("waiting_shown", Arg::from(lang.number(row.waiting))),
        ],
    )
}

/// The subject, body and time fields, filled with `form` and its messages.
fn fields(lang: Lang, form: &UpdateForm, errors: &FieldErrors, with_time: bool) -> Markup {
    let body_error = errors.message(lang, "body");
    let subject_hint = lang.t_args(
        "staff-camp-updates-subject-hint",
        &[("max", Arg::from(lang.number(SUBJECT_MAX as i64)))],
    );
    let when_hint = lang.t("staff-camp-updates-send-at-hint");
    html! {
        (TextField { name: "subject", label: &lang.t("staff-camp-updates-subject"), value: &form.subject, kind: "text", autocomplete: "off",
            hint: Some(&subject_hint), required: true }.render_in(lang, errors))
        div.field.invalid[body_error.is_some()] {
            label for="body" { (lang.t("staff-camp-updates-body")) }
            p.hint id="body-hint" { (lang.t_args("staff-camp-updates-body-hint", &[("max", Arg::from(lang.number(BODY_MAX as i64)))])) }
            @if let Some(message) = &body_error { p.error id="body-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            textarea id="body" name="body" rows="14"
                aria-invalid=[body_error.as_ref().map(|_| "true")]
                aria-describedby={ "body-hint" @if body_error.is_some() { " body-error" } } { (form.body) }
        }
        @if with_time {
            (TextField { name: "send_at", label: &lang.t("staff-camp-updates-send-at"), value: &form.send_at, kind: "datetime-local", autocomplete: "off",
                hint: Some(&when_hint), required: false }.render_in(lang, errors))
        }
    }
}

/// `title`, marked as an error page when the form came back with messages.
fn titled(lang: Lang, title: String, errors: &FieldErrors) -> String {
    if errors.is_empty() {
        title
    } else {
        lang.t_args("staff-camp-error-title", &[("title", Arg::from(title))])
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
    let headline = || Arg::from(campaign.headline.as_str());
    let title = lang.t_args("staff-camp-updates-title", &[("headline", headline())]);
    let title = titled(lang, title, errors);
    let link = html! { a href={ "/campaigns/" (campaign.slug) } { (campaign.headline) } };
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { (lang.t("staff-camp-updates-heading")) }
                p { (lang.markup("staff-camp-updates-intro", &[("campaign", Arg::from(link))])) }
                @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
                h2 { (lang.t("staff-camp-updates-write")) }
                form method="post" action=(base(&campaign.slug)) novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (fields(lang, form, errors, true))
                    div.actions {
                        button.secondary type="submit" name="action" value="preview" { (lang.t("staff-camp-updates-preview")) }
                        " "
                        button.primary type="submit" name="action" value="review" { (lang.t("staff-camp-updates-review")) }
                    }
                }
                h2 { (lang.t("staff-camp-updates-so-far")) }
                @if rows.is_empty() {
                    p { (lang.t("staff-camp-updates-none")) }
                } @else {
                    ol.update-list reversed {
                        @for row in rows {
                            @let u = row.update;
                            li {
                                article {
                                    h3 { (u.subject) }
                                    p.small {
                                        @if let Some(at) = u.published_at {
                                            (lang.t_args("staff-camp-updates-goes-out", &[("when", Arg::from(lang.date_time(at)))]))
                                        } @else { (lang.t("staff-camp-updates-not-sent")) }
                                        " · " (lang.t_args("staff-camp-updates-by", &[("who", Arg::from(u.created_by.as_str()))]))
                                        @if let Some(edited) = u.edited_at {
                                            " · " (lang.t_args("staff-camp-updates-edited", &[("when", Arg::from(lang.date_time(edited)))]))
                                        }
                                    }
                                    p { (progress(lang, row)) " "
                                        a href={ (base(&campaign.slug)) "/" (u.id) "/edit" } {
                                            (lang.t("staff-camp-updates-edit"))
                                            span.visually-hidden { " " (lang.t_args("staff-camp-updates-edit-of", &[("subject", Arg::from(u.subject.as_str()))])) }
                                        } }
                                }
                            }
                        }
                    }
                }
                p { a href="/staff/campaigns" { (lang.t("staff-camp-back-to-campaigns")) } }
            }
        },
    )
}

/// The confirmation step: how many people will receive it, and the button that sends.
pub fn confirm(staff: &Staff, campaign: &Campaign, form: &UpdateForm, audience: usize) -> Markup {
    let lang = staff.lang;
    let people = count(lang, audience as i64);
    let title = lang.t("staff-camp-updates-confirm-title");
    let who = lang.t_args("staff-camp-updates-people", &people);
    let mut args = vec![
        ("people", Arg::from(html! { strong { (who) } })),
        ("subject", Arg::from(form.subject.as_str())),
        ("headline", Arg::from(campaign.headline.as_str())),
    ];
    args.extend(people.clone());
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { (title) }
                p { (lang.markup("staff-camp-updates-confirm-who", &args)) }
                @if !form.send_at.trim().is_empty() {
                    p { (lang.t_args("staff-camp-updates-confirm-at", &[("when", Arg::from(form.send_at.replace('T', " ")))])) }
                }
                p { (lang.t("staff-camp-updates-confirm-edit")) }
                form method="post" action=(base(&campaign.slug)) {
                    (csrf(staff))
                    input type="hidden" name="subject" value=(form.subject);
                    input type="hidden" name="body" value=(form.body);
                    input type="hidden" name="send_at" value=(form.send_at);
                    button.primary type="submit" name="action" value="send" { (lang.t_args("staff-camp-updates-confirm-send", &people)) }
                    " "
                    button.secondary type="submit" name="action" value="back" { (lang.t("staff-camp-updates-confirm-back")) }
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
    let heading = lang.t("staff-camp-updates-edit-title");
    let title = titled(lang, heading.clone(), errors);
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { (heading) }
                @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
                p { (lang.t_args("staff-camp-updates-edit-about", &[
                        ("subject", Arg::from(u.subject.as_str())),
                        ("headline", Arg::from(campaign.headline.as_str())),
                    ])) " " (progress(lang, row)) " "
                    (lang.t("staff-camp-updates-edit-explain")) }
                form method="post" action={ (base(&campaign.slug)) "/" (u.id) } novalidate {
                    (csrf(staff))
                    (error_summary_in(lang, errors))
                    (fields(lang, form, errors, false))
                    div.actions {
                        button.secondary type="submit" name="action" value="preview" { (lang.t("staff-camp-updates-preview")) }
                        " "
                        button.primary type="submit" name="action" value="save" { (lang.t("staff-camp-form-save")) }
                    }
                }
                p { a href=(base(&campaign.slug)) { (lang.t("staff-camp-updates-back")) } }
            }
        },
    )
}
