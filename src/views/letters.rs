//! The letter editor and the writer's private page: recipients, preview, the
//! personalisation meter, and (once submitted) where the letter has got to.

use maud::{html, Markup};

use super::form::{error_summary_in, TextField};
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
use crate::i18n::Lang;
use crate::letters::compose::{plain_text, SignOff};
use crate::letters::joint::Route;
use crate::letters::recipients::{OwnMp, Recipients};
use crate::letters::similarity;
use crate::postcode_lookup::PostcodeLookup;

/// Everything the editor shows.
pub struct Editor<'a> {
    /// The page's language: the form's error messages and country names are in it.
    pub lang: Lang,
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
    let title = if page.errors.is_empty() {
        "Write your own letter"
    } else {
        "Error: Write your own letter"
    };
    let body = html! {
        div.writing {
            section.editor {
                p.kicker { a href={ "/campaigns/" (page.campaign.slug) } { (page.campaign.headline) } }
                h1 { "Write your own letter" }
                @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
                @if page.private_path.is_none() {
                    p { "Start from the featured letter and make it yours, or "
                        a href={ "/campaigns/" (page.campaign.slug) "/write?start=blank" } { "start with a blank page" }
                        " (or " a href={ "/campaigns/" (page.campaign.slug) "/write?start=featured" } { "with the featured letter" } ")." }
                }
                p.why { "Officials read a letter in your own words far more closely than a copy: it shows you care enough to write. "
                    "Letters that are mostly the featured text still count: they reach each official together, as one joint letter with every name on it "
                    "and the paragraphs each writer added quoted under their name." }
                form.letter-form method="post" action=(page.action) novalidate
                    data-autosave=[page.private_path.as_ref().map(|p| format!("{p}/autosave"))]
                    data-meter={ "/campaigns/" (page.campaign.slug) "/meter" } {
                    // Enter in a text field presses the form's first button: make that Save.
                    button.visually-hidden type="submit" name="action" value="save" tabindex="-1" aria-hidden="true" { "Save draft" }
                    (error_summary_in(page.lang, page.errors))
                    (about_you(page.lang, page.form, page.errors, page.recipients.own_mp != OwnMp::NotTargeted))
                    (your_mp(page))
                    (letter_fields(page))
                    (meter(page.similarity))
                    (publishing(page.lang, page.form, page.errors))
                    div.honeypot aria-hidden="true" {
                        label for="website" { "Leave this empty" }
                        input #website type="text" name="website" value=(page.form.website) tabindex="-1" autocomplete="off";
                    }
                    p #save-status role="status" aria-live="polite" {}
                    (what_happens(page))
                    div.buttons {
                        button.secondary type="submit" name="action" value="save" { "Save draft" }
                        button.primary type="submit" name="action" value="submit" { "Send for moderation" }
                    }
                    p.small { "Saving emails you a private link to come back to your letter on any device. "
                        "A moderator reads every letter before it is sent or published." }
                }
                @if let Some(path) = &page.private_path {
                    p.small { a href={ (path) "/delete" } { "Delete this draft" } }
                }
            }
            (preview(page))
        }
        script src="/static/editor.js" defer {}
    };
    layout::page(title, body)
}

fn about_you(lang: Lang, form: &LetterForm, errors: &FieldErrors, asks_address: bool) -> Markup {
    let chosen = if form.country.trim().is_empty() {
        "GB"
    } else {
        form.country.trim()
    };
    html! {
        fieldset {
            legend { "About you" }
            (TextField { name: "full_name", label: "Full name", value: &form.full_name, kind: "text",
                autocomplete: "name", hint: None, required: true }.render_in(lang, errors))
            (TextField { name: "email", label: "Email address", value: &form.email, kind: "email",
                autocomplete: "email", hint: Some("We send your private link here. Officials who reply will reply to this address."),
                required: true }.render_in(lang, errors))
            (TextField { name: "postcode", label: "UK postcode", value: &form.postcode, kind: "text",
                autocomplete: "postal-code", hint: Some("To find your MP. Leave empty if you live outside the UK."),
                required: false }.render_in(lang, errors))
            @if asks_address {
                p.hint #address-hint { "Your MP acts for constituents they can check, and may reply by post, so a letter to your MP "
                    "needs your address. It goes only in your letter, never on a public page." }
                (TextField { name: "address_line_1", label: "Address line 1", value: &form.address_line_1, kind: "text",
                    autocomplete: "address-line1", hint: None, required: true }.render_in(lang, errors))
                (TextField { name: "address_line_2", label: "Address line 2 (optional)", value: &form.address_line_2, kind: "text",
                    autocomplete: "address-line2", hint: None, required: false }.render_in(lang, errors))
                (TextField { name: "town", label: "Town or city", value: &form.town, kind: "text",
                    autocomplete: "address-level2", hint: None, required: true }.render_in(lang, errors))
            }
            div.field.invalid[errors.has("country")] {
                label for="country" { "Country" }
                @if let Some(message) = errors.message(lang, "country") { p.error id="country-error" { (message) } }
                select #country name="country" autocomplete="country" {
                    @for (code, name) in Country::all_in(lang) { option value=(code) selected[code == chosen] { (name) } }
                }
            }
        }
    }
}

fn your_mp(page: &Editor<'_>) -> Markup {
    if page.recipients.own_mp == OwnMp::NotTargeted {
        return html! {};
    }
    let picked = page.form.constituency.trim();
    html! {
        fieldset #your-mp {
            legend { "Your MP" }
            @match page.constituency {
                Some(c) => p { "Your constituency: " strong { (c.name) } "." },
                None => p #postcode-lookup { (lookup_words(page.postcode_lookup, page.form.postcode.trim()))
                    " Search for your constituency by name below, or leave it and your letter goes only to the ministers." },
            }
            div.field.inline {
                label for="mp_search" { "Search constituencies" }
                input #mp_search type="search" name="mp_search" value=(page.form.mp_search);
                button.secondary type="submit" name="action" value="find_mp" { "Find" }
            }
            @if !page.choices.is_empty() || !picked.is_empty() {
                div.field.invalid[page.errors.has("constituency")] {
                    label for="constituency" { "Constituency" }
                    @if let Some(message) = page.errors.message(page.lang, "constituency") { p.error id="constituency-error" { (message) } }
                    select #constituency name="constituency" {
                        option value="" { "Find it from my postcode" }
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
fn lookup_words(lookup: &PostcodeLookup, postcode: &str) -> String {
    match lookup {
        PostcodeLookup::NotAsked | PostcodeLookup::Found(_) => {
            "Enter your postcode above to find your MP.".to_owned()
        }
        PostcodeLookup::Invalid => {
            format!("“{postcode}” is not a UK postcode: check it to find your MP.")
        }
        PostcodeLookup::Unknown => format!(
            "We could not find the postcode {postcode}: check it, or use your current postcode."
        ),
        PostcodeLookup::Terminated { year, month } => {
            let month = month
                .and_then(|m| u8::try_from(m).ok())
                .and_then(|m| chrono::Month::try_from(m).ok());
            let since = match (year, month) {
                (Some(year), Some(month)) => format!(" since {} {year}", month.name()),
                (Some(year), None) => format!(" since {year}"),
                _ => String::new(),
            };
            format!("The postcode {postcode} is no longer in use{since}: enter your current postcode to find your MP.")
        }
        PostcodeLookup::NoConstituency { country } if !country.trim().is_empty() => {
            let place = match country.trim() {
                islands @ ("Channel Islands" | "Isle of Man") => format!("the {islands}"),
                other => other.to_owned(),
            };
            format!("The postcode {postcode} is in {place}, which has no MP in the UK Parliament.")
        }
        PostcodeLookup::NoConstituency { .. } => format!(
            "The postcode {postcode} is not in a UK Parliament constituency."
        ),
        PostcodeLookup::Unavailable => {
            "Our postcode lookup is unavailable just now, so we cannot find your MP from your postcode.".to_owned()
        }
    }
}

fn letter_fields(page: &Editor<'_>) -> Markup {
    let form = page.form;
    html! {
        fieldset {
            legend { "Your letter" }
            p { "It goes to:" }
            ul.recipients {
                @for r in &page.recipients.list { li { strong { (r.name) } ", " (r.office) } }
                @if page.recipients.own_mp == OwnMp::NeedsConstituency { li { "your MP, once we know your constituency" } }
            }
            (TextField { name: "subject", label: "Subject", value: &form.subject, kind: "text",
                autocomplete: "off", hint: None, required: true }.render_in(page.lang, page.errors))
            div.field.invalid[page.errors.has("body")] {
                label for="body" { "Letter" }
                p.hint #body-hint { "Between 50 and 10,000 characters. We add “Dear …” and your name for each recipient." }
                @if let Some(message) = page.errors.message(page.lang, "body") { p.error id="body-error" { (message) } }
                textarea #body name="body" rows="18" aria-describedby="body-hint" { (form.body) }
            }
        }
    }
}

/// Beside the submit button: whether the letter will go on its own or in the joint letter,
/// and when.
fn what_happens(page: &Editor<'_>) -> Markup {
    let route = &page.route;
    html! {
        div.what-happens #what-happens {
            h2 { "What happens when you send it" }
            @if route.joint {
                p { "Your letter is mostly the featured letter, so once a moderator approves it, it goes to each recipient in "
                    strong { "the joint letter of " (route.joint_date) } ": the featured letter once, then every writer’s name. "
                    @match route.own.len() {
                        0 => "Yours will be your name only: add paragraphs of your own and they are quoted under your name.",
                        1 => "The paragraph you added or changed is quoted under your name.",
                        n => { "The " (n) " paragraphs you added or changed are quoted under your name." },
                    }
                    " Make it more your own and it goes on its own instead." }
            } @else {
                p { "Your letter is your own, so once a moderator approves it, it goes " strong { "on its own" }
                    " to each recipient: by email, or, to those who take letters only by post, ready for you to print." }
            }
            p.small { "If you have not yet confirmed your email address on this campaign, we email you a button to confirm it: "
                "your letter goes to moderation once you press it." }
        }
    }
}

/// The meter: how much of the letter is the writer's own.
pub fn meter(similarity: i32) -> Markup {
    let own = similarity::own_percent(similarity);
    html! {
        div.meter #meter {
            label for="personal" { "How much of this letter is your own: " span #own-percent { (own) "%" } }
            meter #personal min="0" max="100" low="30" high="70" optimum="100" value=(own) { (own) "%" }
            p #meter-words { (similarity::describe(similarity)) }
        }
    }
}

fn publishing(lang: Lang, form: &LetterForm, errors: &FieldErrors) -> Markup {
    html! {
        fieldset {
            legend { "Publishing" }
            div.field.checkbox {
                input #publish type="checkbox" name="publish" value="yes" checked[form.publish.is_some()];
                label for="publish" { "Publish my letter on the campaign’s page once a moderator approves it" }
            }
            (TextField { name: "public_name", label: "Name to show with it", value: &form.public_name, kind: "text",
                autocomplete: "off", hint: Some("Leave empty to use your full name; a first name or initials is fine."),
                required: false }.render_in(lang, errors))
        }
    }
}

fn preview(page: &Editor<'_>) -> Markup {
    let sign_off = letter_preview::sign_off(page.form, page.constituency);
    letter_preview::preview(
        page.recipients,
        &page.form.body.replace("\r\n", "\n"),
        &sign_off,
    )
}

/// Everything the private page of a submitted letter shows.
pub struct Submitted<'a> {
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
        campaign,
        letter,
        token,
        deliveries,
        recipients,
        sign_off,
        notice,
        route,
    } = *page;
    let status = match letter.status() {
        LetterStatus::Unconfirmed => {
            "Waiting for you to confirm your email address. Confirm your email to send your letter to \
             moderation: open the email we sent you and press its button. Until then nothing is sent."
        }
        LetterStatus::Pending => {
            "Waiting for a moderator. We will email you when it has been read."
        }
        LetterStatus::Approved => "Approved.",
        LetterStatus::Rejected => "Not approved. Our email to you gave the reason.",
        LetterStatus::Hidden => "Approved, but no longer shown on the campaign’s page.",
        LetterStatus::Withdrawn => "Deleted by you.",
        LetterStatus::Draft => "Draft.",
    };
    let body = html! {
        section.notice {
            p.kicker { a href={ "/campaigns/" (campaign.slug) } { (campaign.headline) } }
            h1 { "Your letter" }
            @if let Some(notice) = notice { p.notice-banner role="status" { (notice) } }
            p { strong { "Status: " } (status) }
            @if !deliveries.is_empty() {
                (crate::views::table_scroll::region("Where your letter has got to", html! {
                    table.deliveries {
                        caption { "Where your letter has got to" }
                        thead { tr { th scope="col" { "To" } th scope="col" { "How" } th scope="col" { "Status" } } }
                        tbody {
                            @for d in deliveries {
                                tr {
                                    td { (d.official_name) br; span.small { (d.official_office) } }
                                    td { (method_words(&d.method)) }
                                    td {
                                        (status_words(d, route))
                                        @if let Some(detail) = &d.detail { br; span.small { (detail) } }
                                        (your_own_ways(d, token, mailto(recipients, d.official_id, letter, sign_off)))
                                    }
                                }
                            }
                        }
                    }
                }))
            }
            @match letter.status() {
                LetterStatus::Unconfirmed | LetterStatus::Pending => (what_reaches_them(route, false)),
                LetterStatus::Approved => (what_reaches_them(route, true)),
                _ => {}
            }
            h2 { "Your letter as you wrote it" }
            p { strong { (letter.subject) } }
            @for paragraph in paragraphs(&letter.body) { p { (paragraph) } }
            p.small { a href={ "/letters/" (token) "/delete" } { "Delete my letter" } }
        }
    };
    layout::page("Your letter", body)
}

/// What of the letter reaches officials: all of it on its own, or, in the joint letter, the
/// writer's name and the paragraphs they added.
fn what_reaches_them(route: &Route, approved: bool) -> Markup {
    html! {
        section.what-reaches #what-reaches {
            h2 { "What reaches them" }
            @if route.joint && approved {
                p { "Your letter is mostly the featured letter, so it goes in the joint letter: "
                    "the featured letter once, then every writer’s name and constituency." }
            } @else if route.joint {
                p { "Your letter is mostly the featured letter, so once a moderator approves it, it goes in the next joint letter "
                    "(the next is on " (route.joint_date) "): the featured letter once, then every writer’s name and constituency." }
            }
            @if route.joint {
                @if route.own.is_empty() {
                    p { "Under your name: your name only (you did not add paragraphs of your own)." }
                } @else {
                    p { "Under your name, quoted in your words:" }
                    @for paragraph in &route.own { blockquote { p { (paragraph) } } }
                }
            } @else {
                p { "Your whole letter, on its own, signed with your name." }
            }
        }
    }
}

fn method_words(method: &str) -> &'static str {
    match method {
        "email" => "By email",
        "print" => "By post (you print it)",
        _ => "In a joint letter",
    }
}

/// Where one delivery has got, with its date, in the words the approval email uses.
fn status_words(delivery: &DeliveryView, route: &Route) -> String {
    let on = delivery.updated_at.format("%-d %B %Y");
    match (
        delivery.method.as_str(),
        Status::from_stored(&delivery.status),
    ) {
        (_, Status::Queued) => "Being emailed now".to_owned(),
        ("joint", Status::Sent) => format!("Sent on {on}, in the joint letter"),
        (_, Status::Sent) => format!("Sent on {on}"),
        (_, Status::Failed) => "Not sent yet".to_owned(),
        (_, Status::Bundled) if delivery.joint_letter_id.is_some() => {
            "In the joint letter, being emailed now".to_owned()
        }
        (_, Status::Bundled) => format!("Waiting for the joint letter of {}", route.joint_date),
        ("joint", Status::ReadyToPrint) => "In a joint letter the campaign posts".to_owned(),
        (_, Status::ReadyToPrint) => "Ready to print".to_owned(),
    }
}

/// What the writer can do themselves for a letter the campaign does not email: print and
/// post it, or send it from their own email when the official has an address.
fn your_own_ways(d: &DeliveryView, token: &str, mailto: Option<String>) -> Markup {
    let failed = d.method == "email" && Status::from_stored(&d.status) == Status::Failed;
    html! {
        @if d.method == "print" {
            br; a href={ "/letters/" (token) "/print/" (d.official_id) } { "Printable letter" }
            @match mailto {
                Some(href) => { " · " a href=(href) { "Send from my own email" } }
                None => { br; span.small { "We have no email address for " (d.official_name)
                    ": print your letter, sign it and post it to the address at its top." } }
            }
        } @else if failed {
            @if let Some(href) = mailto { br; a href=(href) { "Send it from my own email instead" } }
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
