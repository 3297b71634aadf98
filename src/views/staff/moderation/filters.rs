//! The queue's filter: a GET form (campaign, status, likeness, age) that keeps its values,
//! with a message beside each field whose value is not one of the choices. The choices'
//! words are the staff member's language's (by their value, `staff-mod-filter-choice-*`).

use maud::{html, Markup};

use crate::db::models::campaign::Campaign;
use crate::forms::queue_filter::{QueueForm, AGES, LIKENESSES, STATUSES};
use crate::forms::FieldErrors;
use crate::i18n::Lang;

fn field(
    lang: Lang,
    name: &'static str,
    label: &str,
    value: &str,
    choices: &[(String, String)],
    errors: Option<&FieldErrors>,
) -> Markup {
    let id = format!("filter-{name}");
    let message = errors.and_then(|e| e.message(lang, name));
    let message = message.as_deref();
    let value = value.trim();
    let known = choices.iter().any(|(v, _)| v == value);
    html! {
        div.field.invalid[message.is_some()] {
            label for=(id) { (label) }
            @if let Some(message) = message {
                p.error id={ (id) "-error" } { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
            }
            select id=(id) name=(name) aria-describedby=[message.map(|_| format!("{id}-error"))] {
                @for (v, text) in choices {
                    option value=(v) selected[v == value] { (text) }
                }
                @if !known && message.is_none() && !value.is_empty() {
                    option value=(value) selected { (value) }
                }
            }
        }
    }
}

/// A filter's choices as the form sends them, each named by the message
/// `staff-mod-filter-choice-{name}` with `$value` (the choice) selecting the words.
fn owned(lang: Lang, name: &str, choices: &[(&str, &str)]) -> Vec<(String, String)> {
    let id = format!("staff-mod-filter-choice-{name}");
    choices
        .iter()
        .map(|(v, _)| ((*v).to_owned(), lang.t_args(&id, &[("value", (*v).into())])))
        .collect()
}

/// "More than n days", for an age in days.
fn more_than(lang: Lang, days: i64) -> String {
    super::super::layout::counted(lang, "staff-mod-filter-more-than", days, &[])
}

pub fn form(
    lang: Lang,
    form: &QueueForm,
    campaigns: &[Campaign],
    errors: Option<&FieldErrors>,
) -> Markup {
    let mut campaign_choices = vec![(String::new(), lang.t("staff-mod-filter-all-campaigns"))];
    campaign_choices.extend(
        campaigns
            .iter()
            .map(|c| (c.slug.clone(), c.headline.clone())),
    );
    let mut ages: Vec<(String, String)> = AGES
        .iter()
        .map(|(v, _)| {
            let words = match v.parse::<i64>() {
                Ok(days) => more_than(lang, days),
                Err(_) => lang.t("staff-mod-filter-any-time"),
            };
            ((*v).to_owned(), words)
        })
        .collect();
    let age = form.age.trim();
    if let Ok(days) = age.parse::<i64>() {
        if !ages.iter().any(|(v, _)| v == age) {
            ages.push((age.to_owned(), more_than(lang, days)));
        }
    }
    let status = if form.status.trim().is_empty() {
        "pending"
    } else {
        form.status.as_str()
    };
    html! {
        form.queue-filter method="get" action="/staff/moderation" {
            fieldset {
                legend { (lang.t("staff-mod-filter-legend")) }
                div.filter-fields {
                    (field(lang, "campaign", &lang.t("staff-mod-filter-campaign"), &form.campaign, &campaign_choices, errors))
                    (field(lang, "status", &lang.t("staff-mod-filter-status"), status, &owned(lang, "status", &STATUSES), errors))
                    (field(lang, "similarity", &lang.t("staff-mod-filter-similarity"), &form.similarity, &owned(lang, "likeness", &LIKENESSES), errors))
                    (field(lang, "age", &lang.t("staff-mod-filter-age"), &form.age, &ages, errors))
                }
                @if let Some(message) = errors.and_then(|e| e.message(lang, "page")) {
                    p.error id="filter-page" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
                }
                div.buttons {
                    button.secondary type="submit" { (lang.t("staff-mod-filter-show")) }
                    " "
                    a href="/staff/moderation" { (lang.t("staff-mod-filter-clear")) }
                }
            }
        }
    }
}
