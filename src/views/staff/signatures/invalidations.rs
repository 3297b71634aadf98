//! The list of recent invalidations on the review page, with a revert form for each.

use maud::{html, Markup};

use crate::auth::Staff;
use crate::db::models::invalidation::InvalidationRow;
use crate::forms::signatures::SearchForm;
use crate::views::staff::layout;

/// Recent invalidations, each with its revert button until reverted.
pub fn list(staff: &Staff, rows: &[InvalidationRow]) -> Markup {
    html! {
        section aria-labelledby="invalidations" {
            h2 #invalidations { "Recent invalidations" }
            @if rows.is_empty() { p { "None yet." } }
            @else { (crate::views::table_scroll::region("Recent invalidations", html! { table.deliveries.review {
                thead { tr {
                    th scope="col" { "Number" } th scope="col" { "When (UTC)" } th scope="col" { "Campaign" }
                    th scope="col" { "Search" } th scope="col" { "Signatures" } th scope="col" { "By" } th scope="col" { "Status" }
                } }
                tbody { @for row in rows { tr {
                    td { (row.id) } td { (row.created_at.format("%Y-%m-%d %H:%M")) } td { (row.campaign_slug) }
                    td { (describe(&row.criteria)) } td { (row.signature_count) }
                    td { (row.created_by.as_deref().unwrap_or("a former account")) }
                    td { @match row.reverted_at {
                        Some(at) => { "Reverted " (at.format("%Y-%m-%d %H:%M")) }
                        None => { (revert_form(staff, row.id)) }
                    } }
                } } }
            } })) }
        }
    }
}

fn describe(criteria: &str) -> String {
    serde_json::from_str::<SearchForm>(criteria)
        .map(|form| form.describe())
        .unwrap_or_else(|_| criteria.to_owned())
}

fn revert_form(staff: &Staff, id: i64) -> Markup {
    let field = format!("revert-reason-{id}");
    html! {
        form method="post" action={ "/staff/signatures/invalidations/" (id) "/revert" } {
            (layout::csrf(staff))
            label for=(field) { "Reason (optional)" }
            input id=(field) type="text" name="reason" maxlength="500";
            button.secondary type="submit" { "Revert" span.visually-hidden { " invalidation " (id) } }
        }
    }
}
