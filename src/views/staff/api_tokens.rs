//! The organisers' API tokens page: a new token's secret (shown this once), every token with
//! its campaigns, use and state, a revoke button each, and the form to create one.

use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::{Area, Staff};
use crate::db::models::api_token::TokenListing;
use crate::db::models::campaign::Campaign;
use crate::forms::api_token::TokenForm;
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};
use crate::views::form::{error_summary_in, TextField};
use crate::views::staff::users::when;

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

/// The message a redirect's `done=` word stands for, in `lang`.
pub fn notice(lang: Lang, word: &str) -> Option<String> {
    let key = match word {
        "revoked" => "staff-admin-tokens-notice-revoked",
        "already" => "staff-admin-tokens-notice-already",
        "missing" => "staff-admin-tokens-notice-missing",
        _ => return None,
    };
    Some(lang.t(key))
}

fn issued_banner(lang: Lang, issued: &Issued<'_>, api_root: &str) -> Markup {
    let example = html! { code { "curl -H 'Authorization: Bearer " (issued.secret) "' " (api_root) "/petitions" } };
    html! {
        div.notice-banner role="status" {
            h2 { (lang.t_args("staff-admin-tokens-created", &[("name", Arg::from(issued.name))])) }
            p { strong { (lang.t("staff-admin-tokens-copy-now")) } " " (lang.t("staff-admin-tokens-hash-only")) }
            label for="new-token" { (lang.t("staff-admin-tokens-the-token")) }
            input #new-token type="text" readonly value=(issued.secret) autocomplete="off" spellcheck="false";
            p.small { (lang.markup("staff-admin-tokens-try", &[("example", Arg::from(example))])) }
        }
    }
}

fn token_row(staff: &Staff, token: &TokenListing) -> Markup {
    let lang = staff.lang;
    html! {
        tr {
            td { (token.name) }
            td { @for (i, slug) in token.campaigns.iter().enumerate() { @if i > 0 { ", " } a href={ "/campaigns/" (slug) } { (slug) } } }
            td { @if token.contacts { (lang.t("staff-admin-tokens-reads-contacts")) } @else { (lang.t("staff-admin-tokens-reads-names")) } }
            td { (when(lang, Some(token.created_at))) br; span.small { (lang.t_args("staff-admin-tokens-by", &[("who", Arg::from(token.created_by.as_str()))])) } }
            td { (when(lang, token.last_used_at)) }
            td {
                @if let Some(revoked) = token.revoked_at {
                    (lang.t_args("staff-admin-tokens-revoked-at", &[("when", Arg::from(when(lang, Some(revoked))))]))
                } @else {
                    form.inline method="post" action={ "/staff/api-tokens/" (token.id) "/revoke" } {
                        (csrf(staff))
                        (lang.t("staff-admin-tokens-active")) " "
                        button.secondary type="submit" aria-label=(lang.t_args("staff-admin-tokens-revoke-name", &[("name", Arg::from(token.name.as_str()))])) {
                            (lang.t("staff-admin-tokens-revoke"))
                        }
                    }
                }
            }
        }
    }
}

fn new_token_form(staff: &Staff, page: &TokensPage<'_>) -> Markup {
    let lang = staff.lang;
    let errors = page.errors;
    let prefix = lang.t("form-error-prefix");
    let name_hint = lang.t("staff-admin-tokens-name-hint");
    html! {
        h2 { (lang.t("staff-admin-tokens-create-heading")) }
        form method="post" action="/staff/api-tokens" novalidate {
            (csrf(staff))
            (error_summary_in(lang, errors))
            (TextField { name: "name", label: &lang.t("staff-admin-tokens-name"), value: &page.form.name, kind: "text", autocomplete: "off",
                hint: Some(&name_hint), required: true }.render_in(lang, errors))
            fieldset id="campaigns" {
                legend { (lang.t("staff-admin-tokens-campaigns-legend")) }
                @if let Some(message) = errors.message(lang, "campaigns") { p.error { span.visually-hidden { (prefix) } (message) } }
                @for c in page.campaigns {
                    div.field.checkbox {
                        input id={ "campaign-" (c.id) } type="checkbox" name="campaign" value=(c.id) checked[page.form.is_ticked(c.id)];
                        label for={ "campaign-" (c.id) } { (c.headline) " " span.small { "(" (c.slug) ")" } }
                    }
                }
            }
            @if staff.role.may(Area::SignerContacts) {
                fieldset id="contacts" {
                    legend { (lang.t("staff-admin-tokens-contacts-legend")) }
                    @if let Some(message) = errors.message(lang, "contacts") { p.error { span.visually-hidden { (prefix) } (message) } }
                    div.field.checkbox {
                        input id="contacts-yes" type="checkbox" name="contacts" value="yes" checked[page.form.wants_contacts()];
                        label for="contacts-yes" { (lang.t("staff-admin-tokens-contacts")) }
                    }
                }
            } @else if let Some(message) = errors.message(lang, "contacts") {
                p.error id="contacts" { span.visually-hidden { (prefix) } (message) }
            }
            button.primary type="submit" { (lang.t("staff-admin-tokens-create")) }
        }
    }
}

pub fn page(staff: &Staff, page: &TokensPage<'_>) -> Markup {
    let lang = staff.lang;
    let title = lang.t("staff-admin-tokens-title");
    let petitions = html! { code { (page.api_root) "/petitions" } };
    let openapi = format!("{}/openapi.json", page.api_root);
    let document = html! { a href=(openapi) { (openapi) } };
    layout::page(
        staff,
        &title,
        html! {
            section.staff-page {
                h1 { (title) }
                @if let Some(issued) = &page.issued { (issued_banner(lang, issued, page.api_root)) }
                @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
                p { (lang.markup("staff-admin-tokens-intro", &[("address", Arg::from(petitions))])) }
                @if page.tokens.is_empty() {
                    p { (lang.t("staff-admin-tokens-none")) }
                } @else {
                    table.staff-table {
                        caption { @if staff.role.may(Area::Accounts) { (lang.t("staff-admin-tokens-caption-all")) } @else { (lang.t("staff-admin-tokens-caption-yours")) } }
                        thead { tr {
                            th scope="col" { (lang.t("staff-admin-tokens-name")) }
                            th scope="col" { (lang.t("staff-admin-tokens-campaigns")) }
                            th scope="col" { (lang.t("staff-admin-tokens-reads")) }
                            th scope="col" { (lang.t("staff-admin-tokens-created-at")) }
                            th scope="col" { (lang.t("staff-admin-tokens-last-used")) }
                            th scope="col" { (lang.t("staff-admin-tokens-state")) }
                        } }
                        tbody { @for token in page.tokens { (token_row(staff, token)) } }
                    }
                }
                (new_token_form(staff, page))
                h2 { (lang.t("staff-admin-tokens-openapi-heading")) }
                p { (lang.markup("staff-admin-tokens-openapi", &[("document", Arg::from(document))])) }
            }
        },
    )
}
