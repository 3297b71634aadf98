//! The queue's filter: a GET form (campaign, status, likeness, age) that keeps its values,
//! with a message beside each field whose value is not one of the choices.

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

fn owned(choices: &[(&str, &str)]) -> Vec<(String, String)> {
    choices
        .iter()
        .map(|(v, t)| ((*v).to_owned(), (*t).to_owned()))
        .collect()
}

pub fn form(
    lang: Lang,
    form: &QueueForm,
    campaigns: &[Campaign],
    errors: Option<&FieldErrors>,
) -> Markup {
    let mut campaign_choices = vec![(String::new(), "All campaigns".to_owned())];
    campaign_choices.extend(
        campaigns
            .iter()
            .map(|c| (c.slug.clone(), c.headline.clone())),
    );
    let mut ages = owned(&AGES);
    let age = form.age.trim();
    if !age.is_empty() && !ages.iter().any(|(v, _)| v == age) && age.parse::<i64>().is_ok() {
        ages.push((age.to_owned(), format!("More than {age} days")));
    }
    let status = if form.status.trim().is_empty() {
        "pending"
    } else {
        form.status.as_str()
    };
    html! {
        form.queue-filter method="get" action="/staff/moderation" {
            fieldset {
                legend { "Filter the letters" }
                div.filter-fields {
                    (field(lang, "campaign", "Campaign", &form.campaign, &campaign_choices, errors))
                    (field(lang, "status", "Status", status, &owned(&STATUSES), errors))
                    (field(lang, "similarity", "Like the featured letter", &form.similarity, &owned(&LIKENESSES), errors))
                    (field(lang, "age", "Waiting", &form.age, &ages, errors))
                }
                @if let Some(message) = errors.and_then(|e| e.message(lang, "page")) {
                    p.error id="filter-page" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
                }
                div.buttons {
                    button.secondary type="submit" { "Show letters" }
                    " "
                    a href="/staff/moderation" { "Clear the filter" }
                }
            }
        }
    }
}
