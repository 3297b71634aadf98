//! The list of recent invalidations on the review page, with a revert form for each.

use maud::{html, Markup};

use crate::auth::Staff;
use crate::db::models::invalidation::InvalidationRow;
use crate::forms::signatures::SearchForm;
use crate::i18n::Lang;
use crate::views::staff::layout;

/// Recent invalidations, each with its revert button until reverted.
pub fn list(staff: &Staff, rows: &[InvalidationRow]) -> Markup {
    let lang = staff.lang;
    let heading = lang.t("staff-sig-recent");
    let former = lang.t("staff-sig-former-account");
    html! {
        section aria-labelledby="invalidations" {
            h2 #invalidations { (heading) }
            @if rows.is_empty() { p { (lang.t("staff-sig-recent-none")) } }
            @else { (crate::views::table_scroll::region(&heading, html! { table.deliveries.review {
                thead { tr {
                    th scope="col" { (lang.t("staff-sig-col-number")) } th scope="col" { (lang.t("staff-sig-col-when")) } th scope="col" { (lang.t("staff-sig-field-campaign")) }
                    th scope="col" { (lang.t("staff-sig-col-search")) } th scope="col" { (lang.t("staff-sig-col-signatures")) } th scope="col" { (lang.t("staff-sig-col-by")) } th scope="col" { (lang.t("staff-sig-field-status")) }
                } }
                tbody { @for row in rows { tr {
                    td { (row.id) } td { (row.created_at.format("%Y-%m-%d %H:%M")) } td { (row.campaign_slug) }
                    td { (describe(lang, &row.criteria)) } td { (lang.number(i64::from(row.signature_count))) }
                    td { (row.created_by.as_deref().unwrap_or(&former)) }
                    td { @match row.reverted_at {
                        Some(at) => { (lang.t_args("staff-sig-reverted-at", &[("time", at.format("%Y-%m-%d %H:%M").to_string().into())])) }
                        None => { (revert_form(staff, row.id)) }
                    } }
                } } }
            } })) }
        }
    }
}

fn describe(lang: Lang, criteria: &str) -> String {
    serde_json::from_str::<SearchForm>(criteria)
        .map(|form| super::describe(lang, &form))
        .unwrap_or_else(|_| criteria.to_owned())
}

fn revert_form(staff: &Staff, id: i64) -> Markup {
    let lang = staff.lang;
    let field = format!("revert-reason-{id}");
    html! {
        form method="post" action={ "/staff/signatures/invalidations/" (id) "/revert" } {
            (layout::csrf(staff))
            label for=(field) { (lang.t("staff-sig-revert-reason")) }
            input id=(field) type="text" name="reason" maxlength="500";
            button.secondary type="submit" {
                (lang.t("staff-sig-revert"))
                span.visually-hidden { " " (lang.t_args("staff-sig-which-invalidation", &[("id", id.to_string().into())])) }
            }
        }
    }
}
