//! The letter editor and the writer's private page: recipients, preview, the
//! personalisation meter, and (once submitted) where the letter has got to.

use maud::{html, Markup};

use super::form::{error_summary_in, TextField};
use super::layout::Locale;
use super::share::encode;
use super::{layout, letter_preview};
use crate::db::models::campaign::Campaign;
use crate::db::models::constituency::Constituency;
use crate::db::models::delivery::{DeliveryView, Status};
use crate::db::models::letter::{Letter, LetterStatus};
use crate::domain::letter_text::paragraphs;
use crate::domain::Country;
use crate::forms::letter::LetterForm;
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};
use crate::letters::compose::{plain_text, SignOff};
use crate::letters::joint::Route;
use crate::letters::recipients::{OwnMp, Recipients};
use crate::letters::similarity;
use crate::postcode_lookup::PostcodeLookup;

/// Everything the editor shows.
pub struct Editor<'a> {
    /// The visitor's language, and the page's own path (for the switcher).
    pub locale: Locale<'a>,
    pub campaign: &'a Campaign,
    pub form: &'a LetterForm,
    pub errors: &'a FieldErrors,
    /// Where the form posts: the campaign (new letter) or the letter's private address.
    pub action: String,
    /// The private address, once saved (turns on autosave).
    pub private_path: Option<String>,
    pub recipients: &'a Recipients,
    pub constituency: Option<&'a Constituency>,
    /// Search results for "find my MP".
    pub choices: &'a [Constituency],
    pub similarity: i32,
    /// What the writer's postcode told us (when no constituency was picked by name).
    pub postcode_lookup: &'a PostcodeLookup,
    pub notice: Option<&'a str>,
    /// Where the letter would go if sent now.
    pub route: Route,
}

pub fn editor(page: &Editor<'_>) -> Markup {
    let lang = page.locale.lang;
    let slug = &page.campaign.slug;
    let title = if page.errors.is_empty() {
        lang.t("letters-editor-title")
    } else {
        lang.t("letters-editor-error-title")
    };
    let body = html! {
        div.writing {
            section.editor {
                p.kicker { a href={ "/campaigns/" (slug) } { (page.campaign.headline) } }
                h1 { (lang.t("letters-editor-title")) }
                @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
                @if page.private_path.is_none() {
                    p { (lang.markup("letters-editor-start", &[
                        ("blank", html! { a href={ "/campaigns/" (slug) "/write?start=blank" } { (lang.t("letters-editor-start-blank")) } }.into()),
                        ("featured", html! { a href={ "/campaigns/" (slug) "/write?start=featured" } { (lang.t("letters-editor-start-featured")) } }.into()),
                    ])) }
                }
                p.why { (lang.t("letters-editor-why")) }
                form.letter-form method="post" action=(page.action) novalidate
                    data-autosave=[page.private_path.as_ref().map(|p| format!("{p}/autosave"))]
                    data-meter={ "/campaigns/" (slug) "/meter" } {
                    // Enter in a text field presses the form's first button: make that Save.
                    button.visually-hidden type="submit" name="action" value="save" tabindex="-1" aria-hidden="true" { (lang.t("letters-save")) }
                    (error_summary_in(lang, page.errors))
                    (about_you(lang, page.form, page.errors, page.recipients.own_mp != OwnMp::NotTargeted))
                    (your_mp(lang, page))
                    (letter_fields(lang, page))
                    (meter_in(lang, page.similarity))
                    (publishing(lang, page.form, page.errors))
                    div.honeypot aria-hidden="true" {
                        label for="website" { (lang.t("letters-honeypot")) }
                        input #website type="text" name="website" value=(page.form.website) tabindex="-1" autocomplete="off";
                    }
                    // static/editor.js says these (the English in it is only a fallback).
                    p #save-status role="status" aria-live="polite"
                        data-said-saving=(lang.t("letters-autosave-saving"))
                        data-said-saved=(lang.t_args("letters-autosave-saved", &[("time", "{time}".into())]))
                        data-said-not-saved=(lang.t_args("letters-autosave-not-saved", &[("reason", "{reason}".into())]))
                        data-said-use-button=(lang.t("letters-autosave-use-button"))
                        data-said-offline=(lang.t("letters-autosave-offline"))
                        data-said-unsaved=(lang.t("letters-autosave-unsaved")) {}
                    (what_happens(lang, page))
                    div.buttons {
                        button.secondary type="submit" name="action" value="save" { (lang.t("letters-save")) }
                        button.primary type="submit" name="action" value="submit" { (lang.t("letters-submit")) }
                    }
                    p.small { (lang.t("letters-editor-saving-note")) }
                }
                @if let Some(path) = &page.private_path {
                    p.small { a href={ (path) "/delete" } { (lang.t("letters-delete-draft")) } }
                }
            }
            (preview(lang, page))
        }
        script src="/static/editor.js" defer {}
    };
    layout::localised(&page.locale, &title, html! {}, body)
}

fn about_you(lang: Lang, form: &LetterForm, errors: &FieldErrors, asks_address: bool) -> Markup {
    let chosen = if form.country.trim().is_empty() {
        "GB"
    } else {
        form.country.trim()
    };
    html! {
        fieldset {
            legend { (lang.t("letters-about-you")) }
            (TextField { name: "full_name", label: &lang.t("letters-full-name"), value: &form.full_name, kind: "text",
                autocomplete: "name", hint: None, required: true }.render_in(lang, errors))
            (TextField { name: "email", label: &lang.t("letters-email"), value: &form.email, kind: "email",
                autocomplete: "email", hint: Some(&lang.t("letters-email-hint")),
                required: true }.render_in(lang, errors))
            (TextField { name: "postcode", label: &lang.t("letters-postcode"), value: &form.postcode, kind: "text",
                autocomplete: "postal-code", hint: Some(&lang.t("letters-postcode-hint")),
                required: false }.render_in(lang, errors))
            @if asks_address {
                p.hint #address-hint { (lang.t("letters-address-hint")) }
                (TextField { name: "address_line_1", label: &lang.t("letters-address-line-1"), value: &form.address_line_1, kind: "text",
                    autocomplete: "address-line1", hint: None, required: true }.render_in(lang, errors))
                (TextField { name: "address_line_2", label: &lang.t("letters-address-line-2"), value: &form.address_line_2, kind: "text",
                    autocomplete: "address-line2", hint: None, required: false }.render_in(lang, errors))
                (TextField { name: "town", label: &lang.t("letters-town"), value: &form.town, kind: "text",
                    autocomplete: "address-level2", hint: None, required: true }.render_in(lang, errors))
            }
            div.field.invalid[errors.get("country").is_some()] {
                label for="country" { (lang.t("letters-country")) }
                @if let Some(message) = errors.message(lang, "country") { p.error id="country-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                select #country name="country" autocomplete="country" {
                    @for (code, name) in Country::all_in(lang) { option value=(code) selected[code == chosen] { (name) } }
                }
            }
        }
    }
}

fn your_mp(lang: Lang, page: &Editor<'_>) -> Markup {
    if page.recipients.own_mp == OwnMp::NotTargeted {
        return html! {};
    }
    let picked = page.form.constituency.trim();
    html! {
        fieldset #your-mp {
            legend { (lang.t("letters-your-mp")) }
            @match page.constituency {
                Some(c) => p { (lang.markup("letters-your-constituency", &[("name", html! { strong { (c.name) } }.into())])) },
                None => p #postcode-lookup { (lookup_words(lang, page.postcode_lookup, page.form.postcode.trim()))
                    " " (lang.t("letters-search-or-ministers")) },
            }
            div.field.inline {
                label for="mp_search" { (lang.t("letters-search-constituencies")) }
                input #mp_search type="search" name="mp_search" value=(page.form.mp_search);
                button.secondary type="submit" name="action" value="find_mp" { (lang.t("letters-find")) }
            }
            @if !page.choices.is_empty() || !picked.is_empty() {
                div.field.invalid[page.errors.get("constituency").is_some()] {
                    label for="constituency" { (lang.t("letters-constituency")) }
                    @if let Some(message) = page.errors.message(lang, "constituency") { p.error id="constituency-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                    select #constituency name="constituency" {
                        option value="" { (lang.t("letters-from-postcode")) }
                        @if let Some(c) = page.constituency.filter(|c| c.code == picked && !page.choices.contains(c)) {
                            option value=(c.code) selected { (c.name) }
                        }
                        @for c in page.choices { option value=(c.code) selected[c.code == picked] { (c.name) } }
                    }
                }
            }
        }
    }
}

/// Why no constituency is known yet, in words that do not blame the writer's postcode
/// for a lookup that failed.
fn lookup_words(lang: Lang, lookup: &PostcodeLookup, postcode: &str) -> String {
    let code = || ("postcode", Arg::from(postcode));
    match lookup {
        PostcodeLookup::NotAsked | PostcodeLookup::Found(_) => lang.t("letters-lookup-enter"),
        PostcodeLookup::Invalid => lang.t_args("letters-lookup-invalid", &[code()]),
        PostcodeLookup::Unknown => lang.t_args("letters-lookup-unknown", &[code()]),
        PostcodeLookup::Terminated { year, month } => {
            let month = month.filter(|m| (1..=12).contains(m));
            match (year, month) {
                (Some(year), Some(month)) => lang.t_args(
                    "letters-lookup-terminated-month",
                    &[
                        code(),
                        ("year", Arg::Text(year.to_string().into())),
                        ("month", i64::from(month).into()),
                    ],
                ),
                (Some(year), None) => lang.t_args(
                    "letters-lookup-terminated-year",
                    &[code(), ("year", Arg::Text(year.to_string().into()))],
                ),
                _ => lang.t_args("letters-lookup-terminated", &[code()]),
            }
        }
        PostcodeLookup::NoConstituency { country } if !country.trim().is_empty() => {
            // The places with no MP, named in each language's own words.
            let place = match country.trim() {
                "Channel Islands" => "channel-islands",
                "Isle of Man" => "isle-of-man",
                _ => "other",
            };
            lang.t_args(
                "letters-lookup-no-mp",
                &[
                    code(),
                    ("where", place.into()),
                    ("place", country.trim().into()),
                ],
            )
        }
        PostcodeLookup::NoConstituency { .. } => {
            lang.t_args("letters-lookup-no-constituency", &[code()])
        }
        PostcodeLookup::Unavailable => lang.t("letters-lookup-unavailable"),
    }
}

fn letter_fields(lang: Lang, page: &Editor<'_>) -> Markup {
    let form = page.form;
    html! {
        fieldset {
            legend { (lang.t("letters-your-letter")) }
            p { (lang.t("letters-goes-to")) }
            ul.recipients {
                @for r in &page.recipients.list { li { (lang.markup("letters-recipient", &[
                    ("name", html! { strong { (r.name) } }.into()),
                    ("office", r.office.as_str().into()),
                ])) } }
                @if page.recipients.own_mp == OwnMp::NeedsConstituency { li { (lang.t("letters-your-mp-later")) } }
            }
            (TextField { name: "subject", label: &lang.t("letters-subject"), value: &form.subject, kind: "text",
                autocomplete: "off", hint: None, required: true }.render_in(lang, page.errors))
            div.field.invalid[page.errors.get("body").is_some()] {
                label for="body" { (lang.t("letters-body")) }
                p.hint #body-hint { (lang.t("letters-body-hint")) }
                @if let Some(message) = page.errors.message(lang, "body") { p.error id="body-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                textarea #body name="body" rows="18" aria-describedby="body-hint" { (form.body) }
            }
        }
    }
}

/// Beside the submit button: whether the letter will go on its own or in the joint letter,
/// and when.
fn what_happens(lang: Lang, page: &Editor<'_>) -> Markup {
    let route = &page.route;
    html! {
        div.what-happens #what-happens {
            h2 { (lang.t("letters-what-happens")) }
            @if route.joint {
                p { (lang.markup("letters-route-joint", &[
                        ("joint", html! { strong { (lang.t_args("letters-route-joint-of", &[("date", lang.date(route.joint_date).into())])) } }.into()),
                    ]))
                    " " (lang.t_args("letters-route-joint-own", &[("paragraphs", (route.own.len() as i64).into())]))
                    " " (lang.t("letters-route-joint-more")) }
            } @else {
                p { (lang.markup("letters-route-own", &[
                    ("own", html! { strong { (lang.t("letters-route-own-strong")) } }.into()),
                ])) }
            }
            p.small { (lang.t("letters-route-confirm")) }
        }
    }
}

/// The meter: how much of the letter is the writer's own (English).
pub fn meter(similarity: i32) -> Markup {
    meter_in(Lang::En, similarity)
}

/// The meter in `lang`.
pub fn meter_in(lang: Lang, similarity: i32) -> Markup {
    let own = similarity::own_percent(similarity);
    html! {
        div.meter #meter {
            label for="personal" { (lang.markup("letters-meter-label", &[
                ("percent", html! { span #own-percent { (own) "%" } }.into()),
            ])) }
            meter #personal min="0" max="100" low="30" high="70" optimum="100" value=(own) { (own) "%" }
            p #meter-words { (lang.t(similarity::describe_key(similarity))) }
        }
    }
}

fn publishing(lang: Lang, form: &LetterForm, errors: &FieldErrors) -> Markup {
    html! {
        fieldset {
            legend { (lang.t("letters-publishing")) }
            div.field.checkbox {
                input #publish type="checkbox" name="publish" value="yes" checked[form.publish.is_some()];
                label for="publish" { (lang.t("letters-publish")) }
            }
            (TextField { name: "public_name", label: &lang.t("letters-public-name"), value: &form.public_name, kind: "text",
                autocomplete: "off", hint: Some(&lang.t("letters-public-name-hint")),
                required: false }.render_in(lang, errors))
        }
    }
}

fn preview(lang: Lang, page: &Editor<'_>) -> Markup {
    let sign_off = letter_preview::sign_off_in(lang, page.form, page.constituency);
    letter_preview::preview_in(
        lang,
        page.recipients,
        &page.form.body.replace("\r\n", "\n"),
        &sign_off,
    )
}

/// Everything the private page of a submitted letter shows.
pub struct Submitted<'a> {
    /// The visitor's language, and the page's own path.
    pub locale: Locale<'a>,
    pub campaign: &'a Campaign,
    pub letter: &'a Letter,
    pub token: &'a str,
    pub deliveries: &'a [DeliveryView],
    pub recipients: &'a Recipients,
    pub sign_off: &'a SignOff,
    pub notice: Option<&'a str>,
    /// On its own or in the joint letter, and the writer's own paragraphs.
    pub route: &'a Route,
}

/// The private page of a submitted letter: status, deliveries, print and mailto links.
pub fn submitted(page: &Submitted<'_>) -> Markup {
    let Submitted {
        locale,
        campaign,
        letter,
        token,
        deliveries,
        recipients,
        sign_off,
        notice,
        route,
    } = *page;
    let lang = locale.lang;
    let status = lang.t(match letter.status() {
        LetterStatus::Unconfirmed => "letters-status-unconfirmed",
        LetterStatus::Pending => "letters-status-pending",
        LetterStatus::Approved => "letters-status-approved",
        LetterStatus::Rejected => "letters-status-rejected",
        LetterStatus::Hidden => "letters-status-hidden",
        LetterStatus::Withdrawn => "letters-status-withdrawn",
        LetterStatus::Draft => "letters-status-draft",
    });
    let where_got = lang.t("letters-deliveries");
    let body = html! {
        section.notice {
            p.kicker { a href={ "/campaigns/" (campaign.slug) } { (campaign.headline) } }
            h1 { (lang.t("letters-yours-title")) }
            @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
            p { (lang.markup("letters-status", &[
                ("label", html! { strong { (lang.t("letters-status-label")) } }.into()),
                ("status", status.as_str().into()),
            ])) }
            @if !deliveries.is_empty() {
                (crate::views::table_scroll::region(&where_got, html! {
                    table.deliveries {
                        caption { (where_got) }
                        thead { tr {
                            th scope="col" { (lang.t("letters-deliveries-to")) }
                            th scope="col" { (lang.t("letters-deliveries-how")) }
                            th scope="col" { (lang.t("letters-deliveries-status")) }
                        } }
                        tbody {
                            @for d in deliveries {
                                tr {
                                    td { (d.official_name) br; span.small { (d.official_office) } }
                                    td { (lang.t(method_key(&d.method))) }
                                    td {
                                        (status_words(lang, d, route))
                                        @if let Some(detail) = &d.detail { br; span.small { (detail) } }
                                        (your_own_ways(lang, d, token, mailto(recipients, d.official_id, letter, sign_off)))
                                    }
                                }
                            }
                        }
                    }
                }))
            }
            @match letter.status() {
                LetterStatus::Unconfirmed | LetterStatus::Pending => (what_reaches_them(lang, route, false)),
                LetterStatus::Approved => (what_reaches_them(lang, route, true)),
                _ => {}
            }
            h2 { (lang.t("letters-as-written")) }
            p { strong { (letter.subject) } }
            @for paragraph in paragraphs(&letter.body) { p { (paragraph) } }
            p.small { a href={ "/letters/" (token) "/delete" } { (lang.t("letters-delete-mine")) } }
        }
    };
    layout::localised(&locale, &lang.t("letters-yours-title"), html! {}, body)
}

/// What of the letter reaches officials: all of it on its own, or, in the joint letter, the
/// writer's name and the paragraphs they added.
fn what_reaches_them(lang: Lang, route: &Route, approved: bool) -> Markup {
    html! {
        section.what-reaches #what-reaches {
            h2 { (lang.t("letters-reaches")) }
            @if route.joint && approved {
                p { (lang.t("letters-reaches-joint")) }
            } @else if route.joint {
                p { (lang.t_args("letters-reaches-joint-next", &[("date", lang.date(route.joint_date).into())])) }
            }
            @if route.joint {
                @if route.own.is_empty() {
                    p { (lang.t("letters-reaches-name-only")) }
                } @else {
                    p { (lang.t("letters-reaches-quoted")) }
                    @for paragraph in &route.own { blockquote { p { (paragraph) } } }
                }
            } @else {
                p { (lang.t("letters-reaches-whole")) }
            }
        }
    }
}

fn method_key(method: &str) -> &'static str {
    match method {
        "email" => "letters-method-email",
        "print" => "letters-method-print",
        _ => "letters-method-joint",
    }
}

/// Where one delivery has got, with its date, in the words the approval email uses.
fn status_words(lang: Lang, delivery: &DeliveryView, route: &Route) -> String {
    let on = || ("date", Arg::from(lang.date(delivery.updated_at.date())));
    match (
        delivery.method.as_str(),
        Status::from_stored(&delivery.status),
    ) {
        (_, Status::Queued) => lang.t("letters-delivery-queued"),
        ("joint", Status::Sent) => lang.t_args("letters-delivery-sent-joint", &[on()]),
        (_, Status::Sent) => lang.t_args("letters-delivery-sent", &[on()]),
        (_, Status::Failed) => lang.t("letters-delivery-failed"),
        (_, Status::Bundled) if delivery.joint_letter_id.is_some() => {
            lang.t("letters-delivery-bundled-sending")
        }
        (_, Status::Bundled) => lang.t_args(
            "letters-delivery-bundled",
            &[("date", lang.date(route.joint_date).into())],
        ),
        ("joint", Status::ReadyToPrint) => lang.t("letters-delivery-joint-print"),
        (_, Status::ReadyToPrint) => lang.t("letters-delivery-print"),
    }
}

/// What the writer can do themselves for a letter the campaign does not email: print and
/// post it, or send it from their own email when the official has an address.
fn your_own_ways(lang: Lang, d: &DeliveryView, token: &str, mailto: Option<String>) -> Markup {
    let failed = d.method == "email" && Status::from_stored(&d.status) == Status::Failed;
    html! {
        @if d.method == "print" {
            br; a href={ "/letters/" (token) "/print/" (d.official_id) } { (lang.t("letters-printable")) }
            @match mailto {
                Some(href) => { " · " a href=(href) { (lang.t("letters-own-email")) } }
                None => { br; span.small { (lang.t_args("letters-no-email", &[("name", d.official_name.as_str().into())])) } }
            }
        } @else if failed {
            @if let Some(href) = mailto { br; a href=(href) { (lang.t("letters-own-email-instead")) } }
        }
    }
}

/// A `mailto:` link that opens the letter, addressed to the official, in the writer's own
/// email program; `None` when we have no email address for the official.
fn mailto(
    recipients: &Recipients,
    official_id: i64,
    letter: &Letter,
    sign_off: &SignOff,
) -> Option<String> {
    let recipient = recipients
        .list
        .iter()
        .find(|r| r.official.as_ref().is_some_and(|o| o.id == official_id))?;
    let to = recipient
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())?;
    // Line breaks as CRLF (RFC 6068); the address with its `@` as it is.
    let text = plain_text(recipient, &letter.body, sign_off).replace('\n', "\r\n");
    Some(format!(
        "mailto:{}?subject={}&body={}",
        encode(to).replace("%40", "@"),
        encode(&letter.subject),
        encode(&text),
    ))
}
