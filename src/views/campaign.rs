//! The campaign page: the letter as a newspaper prints it, the count, and the sign form.

use chrono::NaiveDateTime;
use maud::{html, Markup};

use super::form::{error_summary_in, TextField};
use super::layout::Locale;
use super::share::{self, ShareLinks};
use super::{layout, markdown, social_meta};
use crate::campaigns::translations::{Part, Shown};
use crate::db::models::campaign::Campaign;
use crate::db::models::campaign_update::CampaignUpdate;
use crate::domain::Country;
use crate::forms::sign::SignForm;
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};

/// What the sign form shows: empty on first view, the user's answers after a mistake.
pub struct SignFormState<'a> {
    pub values: &'a SignForm,
    pub errors: &'a FieldErrors,
}

/// What happened since the campaign began: the organisers' updates, and what officials
/// answered (rendered by `views::replies`).
pub struct Since<'a> {
    pub updates: &'a [CampaignUpdate],
    pub replies: Markup,
}

/// Who is looking, and when: the page's language and path, the time, the site's address.
pub struct Viewing<'a> {
    pub locale: Locale<'a>,
    pub now: NaiveDateTime,
    pub base_url: &'a str,
}

/// The campaign page: `shown` is the campaign in the page's language (see
/// `campaigns::translations`).
pub fn page(
    shown: &Shown,
    count: i64,
    form: &SignFormState<'_>,
    viewing: &Viewing<'_>,
    stats: Option<&crate::stats::PublicStats>,
    since: Since<'_>,
) -> Markup {
    let Since { updates, replies } = since;
    let campaign = &shown.campaign;
    let (now, base_url) = (viewing.now, viewing.base_url);
    let lang = viewing.locale.lang;
    let title = if form.errors.is_empty() {
        campaign.headline.clone()
    } else {
        lang.t_args(
            "campaign-error-title",
            &[("headline", campaign.headline.as_str().into())],
        )
    };
    let body = html! {
        div.campaign {
            (letter(lang, shown))
            aside.sign aria-labelledby="sign-heading" {
                (counter(lang, campaign, count, now))
                @if campaign.is_closed(now) {
                    (closed_notice(lang, campaign))
                } @else if let Some(opens) = campaign.opens_at.filter(|_| campaign.is_not_yet_open(now)) {
                    div.closed role="status" {
                        h2 #sign-heading { (lang.t_args("campaign-opens", &[("when", lang.date_time(opens).into())])) }
                        p { (lang.t("campaign-opens-later")) }
                    }
                } @else {
                    (sign_form(lang, campaign, form))
                    div.write-own {
                        h2 { (lang.t("campaign-write-heading")) }
                        p { (lang.t("campaign-write-lead")) }
                        p { a.button href={ "/campaigns/" (campaign.slug) "/write" } { (lang.t("campaign-write-heading")) } }
                    }
                }
                p { a href={ "/campaigns/" (campaign.slug) "/letters" } { (lang.t("campaign-read-letters")) } }
                (share::section(&ShareLinks::new_in(lang, base_url, &campaign.slug, &campaign.headline)))
            }
        }
        @if !updates.is_empty() { (timeline(updates)) }
        (replies)
        @if let Some(stats) = stats { (super::campaign_stats::section(stats)) }
    };
    let head = social_meta::campaign_tags(campaign, base_url);
    layout::localised(&viewing.locale, &title, head, body)
}

/// The published updates, newest first, each dated.
fn timeline(updates: &[CampaignUpdate]) -> Markup {
    html! {
        section.updates aria-labelledby="updates-heading" {
            h2 #updates-heading { "Updates from the campaign" }
            ol.timeline reversed {
                @for update in updates {
                    @if let Some(at) = update.published_at {
                        li {
                            article.update id={ "update-" (update.id) } {
                                header {
                                    h3 { (update.subject) }
                                    p.small {
                                        time datetime=(at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)) { (at.format("%-d %B %Y")) }
                                        @if let Some(edited) = update.edited_at.filter(|e| *e > at) {
                                            " · edited "
                                            time datetime=(edited.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)) { (edited.format("%-d %B %Y")) }
                                        }
                                    }
                                }
                                div.body { (markdown::render(&update.body_markdown)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn letter(lang: Lang, shown: &Shown) -> Markup {
    let campaign = &shown.campaign;
    let original = |part| shown.lang_of(part);
    html! {
        article.letter {
            @if !shown.original.is_empty() {
                p.note.in-original {
                    @if shown.translated_any { (lang.t("campaign-partly-in-original")) }
                    @else { (lang.t("campaign-in-original")) }
                }
            }
            header {
                @if let Some(kicker) = &campaign.kicker { p.kicker lang=[original(Part::Kicker)] { (kicker) } }
                h1 lang=[original(Part::Headline)] { (campaign.headline) }
                @if let Some(summary) = &campaign.summary { p.standfirst lang=[original(Part::Summary)] { (summary) } }
                p.jump { a href="#sign-heading" { (lang.t("sign-heading")) } " · " a href={ "/campaigns/" (campaign.slug) "/write" } { (lang.t("campaign-write-heading")) } }
            }
            (figure(lang, shown))
            p.byline {
                span.author { (campaign.author_name) }
                @if let Some(role) = &campaign.author_role { ", " span.role { (role) } }
            }
            div.body lang=[original(Part::Letter)] { (markdown::render(&campaign.body_markdown)) }
            @if let Some(attribution) = &campaign.attribution { p.attribution { (attribution) } }
            @if let Some(edited) = campaign.letter_edited_at {
                p.letter-edited {
                    (lang.markup("campaign-edited", &[
                        ("date", html! { time datetime=(edited.format("%Y-%m-%d")) { (lang.date(edited.date())) } }.into()),
                        ("versions", html! { a href={ "/campaigns/" (campaign.slug) "/versions" } { (lang.t("campaign-edited-versions")) } }.into()),
                    ]))
                }
            }
        }
    }
}

/// The photo with its caption and credit. When the campaign names no file, the caption and
/// credit are a plain note that the letter was published with a photo, not an empty frame.
fn figure(lang: Lang, shown: &Shown) -> Markup {
    let campaign = &shown.campaign;
    let credit = match (
        campaign.image_credit.as_deref().map(Arg::from),
        campaign.image_licence.as_deref().map(Arg::from),
    ) {
        (Some(credit), Some(licence)) => Some(lang.t_args(
            "campaign-photo-credit-licence",
            &[("credit", credit), ("licence", licence)],
        )),
        (Some(credit), None) => Some(lang.t_args("campaign-photo-credit", &[("credit", credit)])),
        (None, Some(licence)) => {
            Some(lang.t_args("campaign-photo-licence", &[("licence", licence)]))
        }
        (None, None) => None,
    };
    let caption = campaign
        .image_caption
        .as_deref()
        .map(|c| format!("{}.", c.trim_end_matches('.')));
    let words = html! {
        @if let Some(caption) = &caption { span.caption lang=[shown.lang_of(Part::ImageCaption)] { (caption) } " " }
        @if let Some(credit) = &credit { span.credit { (credit) } }
    };
    match super::share::photo_path(campaign) {
        Some(path) => html! {
            figure.photo {
                img src=(path) alt=(campaign.image_alt.as_deref().unwrap_or("")) loading="lazy"
                    lang=[shown.lang_of(Part::ImageAlt)];
                @if caption.is_some() || credit.is_some() { figcaption { (words) } }
            }
        },
        None if caption.is_some() || credit.is_some() => html! {
            p.photo-note { (lang.t("campaign-photo-not-shown")) " " (words) }
        },
        None => html! {},
    }
}

fn counter(lang: Lang, campaign: &Campaign, count: i64, now: NaiveDateTime) -> Markup {
    // At small numbers the bar aims at the next milestone ("12 % of the goal" says little
    // when the goal is 100,000); past the last milestone below the goal, at the goal.
    let target =
        crate::domain::milestones::next_target(&campaign.milestones(), campaign.goal, count);
    let goal = target.value().max(1);
    let percent = (count.saturating_mul(100) / goal).min(100);
    let aim = match target {
        crate::domain::milestones::Target::Milestone(m) => lang.t_args(
            "campaign-aim-milestone",
            &[
                ("milestone", lang.number(m).into()),
                ("goal", lang.number(campaign.goal).into()),
            ],
        ),
        crate::domain::milestones::Target::Goal(_) => lang.t_args(
            "campaign-aim-goal",
            &[("goal", lang.number(campaign.goal).into())],
        ),
    };
    // While signing is open, static/live-count.js polls count.json (no aria-live here:
    // the embed announces changes, this page stays quiet).
    let live = !campaign.is_closed(now) && !campaign.is_not_yet_open(now);
    let count_url = live.then(|| format!("/campaigns/{}/count.json", campaign.slug));
    html! {
        div.count data-live-scope="" {
            p.total {
                strong #signature-count data-slug=(campaign.slug) data-live-count=[count_url] data-goal=(goal) { (lang.number(count)) }
                " " (count_noun(lang, count))
            }
            label.goal for="progress" { span data-live-percent="" { (percent) } (aim) }
            progress #progress max=(goal) value=(count.min(goal)) data-live-progress="" { (percent) "%" }
            @if live { script src="/static/live-count.js" defer {} }
            @if let Some(closes) = campaign.closes_at {
                @if !campaign.is_closed(now) && !campaign.is_not_yet_open(now) {
                    p.closes { (lang.t_args("campaign-open-until", &[("when", lang.date_time(closes).into())])) }
                }
            }
        }
    }
}

/// The word after the count in its plural form; the live count's script picks the form for
/// a new count from the `data-noun-*` attributes (one per plural category of the language).
fn count_noun(lang: Lang, count: i64) -> Markup {
    let noun = |n: i64| lang.t_args("campaign-count-noun", &[("count", n.into())]);
    let forms: Vec<(String, String)> = lang
        .plural_samples()
        .iter()
        .map(|(category, n)| (format!("data-noun-{category}"), noun(*n)))
        .collect();
    let attributes: String = forms
        .iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", escape(value)))
        .collect();
    maud::PreEscaped(format!(
        "<span data-live-noun=\"\"{attributes}>{}</span>",
        escape(&noun(count))
    ))
}

fn escape(text: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = maud::Escaper::new(&mut out).write_str(text);
    out
}

fn closed_notice(lang: Lang, campaign: &Campaign) -> Markup {
    html! {
        div.closed role="status" {
            h2 #sign-heading { (lang.t("campaign-closed-heading")) }
            p {
                @match campaign.closes_at {
                    Some(closed) => (lang.t_args("campaign-closed-on", &[("date", lang.date(closed.date()).into())])),
                    None => (lang.t("campaign-closed")),
                }
            }
        }
    }
}

fn sign_form(lang: Lang, campaign: &Campaign, form: &SignFormState<'_>) -> Markup {
    let values = form.values;
    let errors = form.errors;
    let chosen = if values.country.trim().is_empty() {
        "GB"
    } else {
        values.country.trim()
    };
    html! {
        h2 #sign-heading { (lang.t("sign-heading")) }
        p { (lang.t("sign-lead")) }
        form.sign-form method="post" action={ "/campaigns/" (campaign.slug) "/signatures" } novalidate {
            (error_summary_in(lang, errors))
            (TextField { name: "full_name", label: &lang.t("sign-full-name"), value: &values.full_name, kind: "text",
                autocomplete: "name", hint: None, required: true }.render_in(lang, errors))
            (TextField { name: "email", label: &lang.t("sign-email"), value: &values.email, kind: "email",
                autocomplete: "email", hint: Some(&lang.t("sign-email-hint")),
                required: true }.render_in(lang, errors))
            (TextField { name: "postcode", label: &lang.t("sign-postcode"), value: &values.postcode, kind: "text",
                autocomplete: "postal-code", hint: Some(&lang.t("sign-postcode-hint")),
                required: false }.render_in(lang, errors))
            div.field.invalid[errors.get("country").is_some()] {
                label for="country" { (lang.t("sign-country")) }
                @if let Some(message) = errors.get("country") { p.error id="country-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                select #country name="country" autocomplete="country" aria-describedby=[errors.get("country").map(|_| "country-error")] {
                    @for (code, name) in Country::all() {
                        option value=(code) selected[*code == chosen] { (name) }
                    }
                }
            }
            div.field.checkbox {
                input #updates type="checkbox" name="updates" value="yes" checked[values.updates.is_some()];
                label for="updates" { (lang.t("sign-updates")) }
            }
            div.honeypot aria-hidden="true" {
                label for="website" { (lang.t("sign-honeypot")) }
                input #website type="text" name="website" value=(values.website) tabindex="-1" autocomplete="off";
            }
            button.primary type="submit" { (lang.t("sign-button")) }
        }
    }
}
