//! The organisers' API tokens page: a new token's secret (shown this once), every token with
//! its campaigns, use and state, a revoke button each, and the form to create one.

use chrono::NaiveDateTime;
use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::{Area, Staff};
use crate::db::models::api_token::TokenListing;
use crate::db::models::campaign::Campaign;
use crate::forms::api_token::TokenForm;
use crate::forms::FieldErrors;
use crate::views::form::{error_summary_in, TextField};

/// A token just created: its name and the secret.
pub struct Issued<'a> {
    pub name: &'a str,
    pub secret: &'a str,
}

pub struct TokensPage<'a> {
    pub tokens: &'a [TokenListing],
    pub campaigns: &'a [Campaign],
    pub form: &'a TokenForm,
    pub errors: &'a FieldErrors,
    pub issued: Option<Issued<'a>>,
    pub notice: Option<&'a str>,
    /// The API's root address, for the example.
    pub api_root: &'a str,
}

/// The message a redirect's `done=` word stands for.
pub fn notice(word: &str) -> Option<&'static str> {
    Some(match word {
        "revoked" => "Token revoked. Requests with it are refused from now on.",
        "already" => "That token was already revoked.",
        "missing" => "There is no such token.",
        _ => return None,
    })
}

fn when(time: Option<NaiveDateTime>) -> String {
    time.map_or_else(
        || "never".to_owned(),
        |t| t.format("%-d %b %Y %H:%M UTC").to_string(),
    )
}

fn issued_banner(issued: &Issued<'_>, api_root: &str) -> Markup {
    html! {
        div.notice-banner role="status" {
            h2 { "Token “" (issued.name) "” created" }
            p { strong { "Copy it now: it is shown only this once." } " Missive keeps only a hash of it, so nobody can show it again; if it is lost, revoke it and create another." }
            label for="new-token" { "The token" }
            input #new-token type="text" readonly value=(issued.secret) autocomplete="off" spellcheck="false";
            p.small { "Try it: " code { "curl -H 'Authorization: Bearer " (issued.secret) "' " (api_root) "/petitions" } }
        }
    }
}

fn token_row(staff: &Staff, token: &TokenListing) -> Markup {
    html! {
        tr {
            td { (token.name) }
            td { @for (i, slug) in token.campaigns.iter().enumerate() { @if i > 0 { ", " } a href={ "/campaigns/" (slug) } { (slug) } } }
            td { @if token.contacts { "Names, emails and postcodes of signers who asked for updates" } @else { "Names and countries only" } }
            td { (when(Some(token.created_at))) br; span.small { "by " (token.created_by) } }
            td { (when(token.last_used_at)) }
            td {
                @if let Some(revoked) = token.revoked_at {
                    "Revoked " (when(Some(revoked)))
                } @else {
                    form.inline method="post" action={ "/staff/api-tokens/" (token.id) "/revoke" } {
                        (csrf(staff))
                        "Active "
                        button.secondary type="submit" aria-label={ "Revoke " (token.name) } { "Revoke" }
                    }
                }
            }
        }
    }
}

fn new_token_form(staff: &Staff, page: &TokensPage<'_>) -> Markup {
    let lang = staff.lang;
    let errors = page.errors;
    html! {
        h2 { "Create a token" }
        form method="post" action="/staff/api-tokens" novalidate {
            (csrf(staff))
            (error_summary_in(lang, errors))
            (TextField { name: "name", label: "Name", value: &page.form.name, kind: "text", autocomplete: "off",
                hint: Some("Say what will use it, like “CRM sync”."), required: true }.render_in(lang, errors))
            fieldset id="campaigns" {
                legend { "Campaigns it may read" }
                @if let Some(message) = errors.message(lang, "campaigns") { p.error { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                @for c in page.campaigns {
                    div.field.checkbox {
                        input id={ "campaign-" (c.id) } type="checkbox" name="campaign" value=(c.id) checked[page.form.is_ticked(c.id)];
                        label for={ "campaign-" (c.id) } { (c.headline) " " span.small { "(" (c.slug) ")" } }
                    }
                }
            }
            @if staff.role.may(Area::SignerContacts) {
                fieldset id="contacts" {
                    legend { "Signers’ contact details" }
                    @if let Some(message) = errors.message(lang, "contacts") { p.error { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                    div.field.checkbox {
                        input id="contacts-yes" type="checkbox" name="contacts" value="yes" checked[page.form.wants_contacts()];
                        label for="contacts-yes" { "May read the email address and postcode of signers who asked for updates (each read is in the audit log)" }
                    }
                }
            } @else if let Some(message) = errors.message(lang, "contacts") {
                p.error id="contacts" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
            }
            button.primary type="submit" { "Create token" }
        }
    }
}

pub fn page(staff: &Staff, page: &TokensPage<'_>) -> Markup {
    layout::page(
        staff,
        "API tokens",
        html! {
            section.staff-page {
                h1 { "API tokens" }
                @if let Some(issued) = &page.issued { (issued_banner(issued, page.api_root)) }
                @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
                p {
                    "A token lets a tool that speaks OSDI (like Action Network’s API) read the petitions and confirmed signatures "
                    "of the campaigns it names at " code { (page.api_root) "/petitions" } ": signers’ names and countries, and, "
                    "only for a token an admin made with that scope, the email and postcode of signers who asked for updates. "
                    "Give each tool its own token, and revoke one as soon as it is no longer needed."
                }
                @if page.tokens.is_empty() {
                    p { "There are no tokens yet." }
                } @else {
                    table.staff-table {
                        caption { @if staff.role.may(Area::Accounts) { "Every token, newest first" } @else { "Your tokens, newest first" } }
                        thead { tr {
                            th scope="col" { "Name" }
                            th scope="col" { "Campaigns" }
                            th scope="col" { "Reads" }
                            th scope="col" { "Created" }
                            th scope="col" { "Last used" }
                            th scope="col" { "State" }
                        } }
                        tbody { @for token in page.tokens { (token_row(staff, token)) } }
                    }
                }
                (new_token_form(staff, page))
                h2 { "The API’s description" }
                p {
                    "Every path, parameter, answer and header of the API is described in its OpenAPI document, "
                    a href={ (page.api_root) "/openapi.json" } { (page.api_root) "/openapi.json" }
                    ", which tools can read to build a client or test against it."
                }
            }
        },
    )
}
