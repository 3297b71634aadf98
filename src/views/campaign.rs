//! The campaign page: the letter as a newspaper prints it, the count, and the sign form.

use chrono::NaiveDateTime;
use maud::{html, Markup};

use super::form::{error_summary, TextField};
use super::format::thousands;
use super::share::{self, ShareLinks};
use super::{layout, markdown, social_meta};
use crate::db::models::campaign::Campaign;
use crate::db::models::campaign_update::CampaignUpdate;
use crate::domain::Country;
use crate::forms::sign::SignForm;
use crate::forms::FieldErrors;

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

pub fn page(
    campaign: &Campaign,
    count: i64,
    form: &SignFormState<'_>,
    now: NaiveDateTime,
    base_url: &str,
    stats: Option<&crate::stats::PublicStats>,
    since: Since<'_>,
) -> Markup {
    let Since { updates, replies } = since;
    let title = if form.errors.is_empty() {
        campaign.headline.clone()
    } else {
        format!("Error: {}", campaign.headline)
    };
    let body = html! {
        div.campaign {
            (letter(campaign))
            aside.sign aria-labelledby="sign-heading" {
                (counter(campaign, count, now))
                @if campaign.is_closed(now) {
                    (closed_notice(campaign))
                } @else if let Some(opens) = campaign.opens_at.filter(|_| campaign.is_not_yet_open(now)) {
                    div.closed role="status" {
                        h2 #sign-heading { "Opens on " (opens.format("%-d %B %Y, %H:%M")) " UTC" }
                        p { "You can sign this letter from then. Come back when it opens." }
                    }
                } @else {
                    (sign_form(campaign, form))
                    div.write-own {
                        h2 { "Write your own version" }
                        p { "A letter in your own words, to your MP and the ministers who decide, carries far more weight than a copy." }
                        p { a.button href={ "/campaigns/" (campaign.slug) "/write" } { "Write your own version" } }
                    }
                }
                p { a href={ "/campaigns/" (campaign.slug) "/letters" } { "Read letters from supporters" } }
                (share::section(&ShareLinks::new(base_url, &campaign.slug, &campaign.headline)))
            }
        }
        @if !updates.is_empty() { (timeline(updates)) }
        (replies)
        @if let Some(stats) = stats { (super::campaign_stats::section(stats)) }
    };
    let head = social_meta::campaign_tags(campaign, base_url);
    layout::page_with_head(&title, head, body)
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

fn letter(campaign: &Campaign) -> Markup {
    html! {
        article.letter {
            header {
                @if let Some(kicker) = &campaign.kicker { p.kicker { (kicker) } }
                h1 { (campaign.headline) }
                @if let Some(summary) = &campaign.summary { p.standfirst { (summary) } }
                p.jump { a href="#sign-heading" { "Sign this letter" } " · " a href={ "/campaigns/" (campaign.slug) "/write" } { "Write your own version" } }
            }
            (figure(campaign))
            p.byline {
                span.author { (campaign.author_name) }
                @if let Some(role) = &campaign.author_role { ", " span.role { (role) } }
            }
            div.body { (markdown::render(&campaign.body_markdown)) }
            @if let Some(attribution) = &campaign.attribution { p.attribution { (attribution) } }
            @if let Some(edited) = campaign.letter_edited_at {
                p.letter-edited {
                    "This letter was edited on " time datetime=(edited.format("%Y-%m-%d")) { (edited.format("%-d %B %Y")) }
                    ". Everyone who signed keeps the text they signed: "
                    a href={ "/campaigns/" (campaign.slug) "/versions" } { "read every version" } "."
                }
            }
        }
    }
}

/// The photo with its caption and credit. When the campaign names no file, the caption and
/// credit are a plain note that the letter was published with a photo, not an empty frame.
fn figure(campaign: &Campaign) -> Markup {
    let credit = match (&campaign.image_credit, &campaign.image_licence) {
        (Some(credit), Some(licence)) => Some(format!("Photo: {credit} ({licence})")),
        (Some(credit), None) => Some(format!("Photo: {credit}")),
        (None, Some(licence)) => Some(format!("Photo licence: {licence}")),
        (None, None) => None,
    };
    let caption = campaign
        .image_caption
        .as_deref()
        .map(|c| format!("{}.", c.trim_end_matches('.')));
    let words = html! {
        @if let Some(caption) = &caption { span.caption { (caption) } " " }
        @if let Some(credit) = &credit { span.credit { (credit) } }
    };
    match super::share::photo_path(campaign) {
        Some(path) => html! {
            figure.photo {
                img src=(path) alt=(campaign.image_alt.as_deref().unwrap_or("")) loading="lazy";
                @if caption.is_some() || credit.is_some() { figcaption { (words) } }
            }
        },
        None if caption.is_some() || credit.is_some() => html! {
            p.photo-note { "Published with a photo, not shown here. " (words) }
        },
        None => html! {},
    }
}

fn counter(campaign: &Campaign, count: i64, now: NaiveDateTime) -> Markup {
    // At small numbers the bar aims at the next milestone ("12 % of the goal" says little
    // when the goal is 100,000); past the last milestone below the goal, at the goal.
    let target =
        crate::domain::milestones::next_target(&campaign.milestones(), campaign.goal, count);
    let goal = target.value().max(1);
    let percent = (count.saturating_mul(100) / goal).min(100);
    let aim = match target {
        crate::domain::milestones::Target::Milestone(m) => html! {
            "% of the next milestone, " (thousands(m)) " (the goal is " (thousands(campaign.goal)) ")"
        },
        crate::domain::milestones::Target::Goal(_) => {
            html! { "% of the goal of " (thousands(campaign.goal)) }
        }
    };
    // While signing is open, static/live-count.js polls count.json (no aria-live here:
    // the embed announces changes, this page stays quiet).
    let live = !campaign.is_closed(now) && !campaign.is_not_yet_open(now);
    let count_url = live.then(|| format!("/campaigns/{}/count.json", campaign.slug));
    html! {
        div.count data-live-scope="" {
            p.total {
                strong #signature-count data-slug=(campaign.slug) data-live-count=[count_url] data-goal=(goal) { (thousands(count)) }
                " " span data-live-noun="" { (if count == 1 { "signature" } else { "signatures" }) }
            }
            label.goal for="progress" { span data-live-percent="" { (percent) } (aim) }
            progress #progress max=(goal) value=(count.min(goal)) data-live-progress="" { (percent) "%" }
            @if live { script src="/static/live-count.js" defer {} }
            @if let Some(closes) = campaign.closes_at {
                @if !campaign.is_closed(now) && !campaign.is_not_yet_open(now) {
                    p.closes { "Open until " (closes.format("%-d %B %Y, %H:%M")) " UTC" }
                }
            }
        }
    }
}

fn closed_notice(campaign: &Campaign) -> Markup {
    html! {
        div.closed role="status" {
            h2 #sign-heading { "This campaign has closed" }
            p {
                "It is no longer taking signatures"
                @if let Some(closed) = campaign.closes_at { " (it closed on " (closed.format("%-d %B %Y")) ")" }
                ". The count above is final. Thank you to everyone who signed."
            }
        }
    }
}

fn sign_form(campaign: &Campaign, form: &SignFormState<'_>) -> Markup {
    let values = form.values;
    let errors = form.errors;
    let chosen = if values.country.trim().is_empty() {
        "GB"
    } else {
        values.country.trim()
    };
    html! {
        h2 #sign-heading { "Sign this letter" }
        p { "Add your name. We will email you a link to confirm it; it counts once you do." }
        form.sign-form method="post" action={ "/campaigns/" (campaign.slug) "/signatures" } novalidate {
            (error_summary(errors))
            (TextField { name: "full_name", label: "Full name", value: &values.full_name, kind: "text",
                autocomplete: "name", hint: None, required: true }.render(errors))
            (TextField { name: "email", label: "Email address", value: &values.email, kind: "email",
                autocomplete: "email", hint: Some("Only to confirm your signature, and for updates if you ask for them."),
                required: true }.render(errors))
            (TextField { name: "postcode", label: "UK postcode", value: &values.postcode, kind: "text",
                autocomplete: "postal-code", hint: Some("Leave empty if you live outside the UK and choose your country below."),
                required: false }.render(errors))
            div.field.invalid[errors.get("country").is_some()] {
                label for="country" { "Country" }
                @if let Some(message) = errors.get("country") { p.error id="country-error" { span.visually-hidden { "Error: " } (message) } }
                select #country name="country" autocomplete="country" aria-describedby=[errors.get("country").map(|_| "country-error")] {
                    @for (code, name) in Country::all() {
                        option value=(code) selected[*code == chosen] { (name) }
                    }
                }
            }
            div.field.checkbox {
                input #updates type="checkbox" name="updates" value="yes" checked[values.updates.is_some()];
                label for="updates" { "Email me about this campaign’s progress (at most once a month; stop any time)" }
            }
            div.honeypot aria-hidden="true" {
                label for="website" { "Leave this empty" }
                input #website type="text" name="website" value=(values.website) tabindex="-1" autocomplete="off";
            }
            button.primary type="submit" { "Sign" }
        }
    }
}
