//! The exports page of one campaign: links to every CSV and JSON download the staff
//! member's role allows, and the matching CLI command.

use maud::{html, Markup};

use super::layout;
use crate::auth::{Area, Staff};
use crate::db::models::campaign::Campaign;
use crate::exports::By;

/// "CSV · JSON" links for one export, `query` appended to each (e.g. `?by=day`).
fn formats(base: &str, name: &str, query: &str, label: &str) -> Markup {
    html! {
        @for (ext, upper) in [("csv", "CSV"), ("json", "JSON")] {
            " "
            a href={ (base) "/" (name) "." (ext) (query) } {
                (upper) span.visually-hidden { " of " (label) }
            }
        }
    }
}

fn by_label(by: By) -> &'static str {
    match by {
        By::Day => "Signatures by day",
        By::Hour => "Signatures by hour",
        By::Constituency => "Signatures by constituency, with the MP",
        By::Country => "Signatures by country",
    }
}

pub fn page(staff: &Staff, campaign: &Campaign) -> Markup {
    let base = format!("/staff/campaigns/{}/exports", campaign.slug);
    let contacts = staff.role.may(Area::SignerContacts);
    layout::page(
        staff,
        "Exports",
        html! {
            h1 { "Exports: " (campaign.headline) }
            p { "Downloads are UTF-8 CSV with a header row, or a JSON array. Cells that a "
                "spreadsheet would read as a formula start with a ' so they stay text. "
                "Times are UTC." }
            h2 { "Counts of confirmed signatures" }
            ul.exports {
                @for by in By::ALL {
                    li { (by_label(by)) ":" (formats(&base, "counts", &format!("?by={}", by.as_str()), by_label(by))) }
                }
            }
            h2 { "Letters" }
            ul.exports {
                li { "Submitted letters (no names or emails):" (formats(&base, "letters", "", "letters")) }
                @if contacts {
                    li { "Submitted letters with their writers’ names and emails:"
                        (formats(&base, "letters", "?writers=yes", "letters with writers")) }
                }
            }
            @if contacts {
                h2 { "Signers who asked for updates" }
                p { "Name, email, postcode, constituency and times of the confirmed signers who "
                    "ticked the box, and nobody else. Each download is written to the audit log." }
                ul.exports {
                    li { "Signers:" (formats(&base, "signers", "", "signers")) }
                }
            }
            h2 { "From the terminal" }
            p { code { "missive export counts --campaign " (campaign.slug) " --by day --format csv" } }
            p { a href="/staff/campaigns" { "Back to the campaigns" } }
        },
    )
}
