//! The exports page of one campaign: links to every CSV and JSON download the staff
//! member's role allows, and the matching CLI command.

use maud::{html, Markup};

use super::layout;
use crate::auth::{Area, Staff};
use crate::db::models::campaign::Campaign;
use crate::exports::By;
use crate::i18n::{Arg, Lang};

/// "CSV · JSON" links for one export, `query` appended to each (e.g. `?by=day`); `label`
/// names the export for screen readers.
fn formats(lang: Lang, base: &str, name: &str, query: &str, label: &str) -> Markup {
    html! {
        @for (ext, format) in [("csv", "staff-camp-exports-csv"), ("json", "staff-camp-exports-json")] {
            " "
            a href={ (base) "/" (name) "." (ext) (query) } {
                (lang.t(format)) span.visually-hidden { " " (lang.t_args("staff-camp-exports-of", &[("what", Arg::from(label))])) }
            }
        }
    }
}

fn by_label(lang: Lang, by: By) -> String {
    lang.t(match by {
        By::Day => "staff-camp-exports-by-day",
        By::Hour => "staff-camp-exports-by-hour",
        By::Constituency => "staff-camp-exports-by-constituency",
        By::Country => "staff-camp-exports-by-country",
    })
}

/// One export: its description (a message ending in a colon), then its links.
fn item(lang: Lang, base: &str, name: &str, query: &str, words: &str, label: &str) -> Markup {
    html! {
        li { (lang.t(words)) (formats(lang, base, name, query, &lang.t(label))) }
    }
}

pub fn page(staff: &Staff, campaign: &Campaign) -> Markup {
    let lang = staff.lang;
    let base = format!("/staff/campaigns/{}/exports", campaign.slug);
    let contacts = staff.role.may(Area::SignerContacts);
    layout::page(
        staff,
        &lang.t("staff-camp-exports-title"),
        html! {
            h1 { (lang.t_args("staff-camp-exports-heading", &[("headline", Arg::from(campaign.headline.as_str()))])) }
            p { (lang.t("staff-camp-exports-intro")) }
            h2 { (lang.t("staff-camp-exports-counts")) }
            ul.exports {
                @for by in By::ALL {
                    @let label = by_label(lang, by);
                    li { (lang.t_args("staff-camp-exports-item", &[("what", Arg::from(label.as_str()))]))
                        (formats(lang, &base, "counts", &format!("?by={}", by.as_str()), &label)) }
                }
            }
            h2 { (lang.t("staff-camp-exports-letters")) }
            ul.exports {
                (item(lang, &base, "letters", "", "staff-camp-exports-letters-plain", "staff-camp-exports-letters-label"))
                @if contacts {
                    (item(lang, &base, "letters", "?writers=yes", "staff-camp-exports-letters-writers", "staff-camp-exports-letters-writers-label"))
                }
            }
            @if contacts {
                h2 { (lang.t("staff-camp-exports-signers-heading")) }
                p { (lang.t("staff-camp-exports-signers-intro")) }
                ul.exports {
                    (item(lang, &base, "signers", "", "staff-camp-exports-signers", "staff-camp-exports-signers-label"))
                }
            }
            h2 { (lang.t("staff-camp-exports-terminal")) }
            p { code { "missive export counts --campaign " (campaign.slug) " --by day --format csv" } }
            p { a href="/staff/campaigns" { (lang.t("staff-camp-exports-back")) } }
        },
    )
}
