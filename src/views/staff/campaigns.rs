//! Staff campaign pages: the list of campaigns and the "paste a published letter" page.
//! The campaign form itself is in `campaign_form`.

use chrono::NaiveDateTime;
use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::i18n::{Arg, Lang};

/// One campaign in the list, with its count.
pub struct Row<'a> {
    pub campaign: &'a Campaign,
    pub count: i64,
}

/// Open, closed, or not yet open, in words.
pub fn status(lang: Lang, campaign: &Campaign, now: NaiveDateTime) -> String {
    if campaign.is_closed(now) {
        lang.t("staff-camp-status-closed")
    } else if let Some(opens) = campaign.opens_at.filter(|_| campaign.is_not_yet_open(now)) {
        lang.t_args(
            "staff-camp-status-opens",
            &[("when", Arg::from(lang.date_time(opens)))],
        )
    } else {
        lang.t("staff-camp-status-open")
    }
}

/// A link to one of a campaign's pages: its visible word, and the campaign's headline for
/// screen readers (`hidden` is a message taking `$headline`).
fn action(lang: Lang, href: String, word: &str, hidden: &str, headline: &str) -> Markup {
    html! {
        a href=(href) {
            (lang.t(word))
            span.visually-hidden { " " (lang.t_args(hidden, &[("headline", Arg::from(headline))])) }
        }
    }
}

/// `saved`: the slug of a campaign just created or changed, to confirm it.
pub fn list(
    staff: &Staff,
    rows: &[Row<'_>],
    saved: Option<&Campaign>,
    now: NaiveDateTime,
) -> Markup {
    let lang = staff.lang;
    let title = lang.t("staff-camp-list-title");
    layout::page(
        staff,
        &title,
        html! {
            h1 { (title) }
            @if let Some(campaign) = saved {
                p.notice-banner role="status" {
                    (lang.t_args("staff-camp-list-saved", &[("headline", Arg::from(campaign.headline.as_str()))]))
                    " "
                    a href={ "/campaigns/" (campaign.slug) } { (lang.t("staff-camp-list-see-public")) }
                }
            }
            p { a.button href="/staff/campaigns/new" { (lang.t("staff-camp-list-create")) } }
            @if rows.is_empty() {
                p { (lang.t("staff-camp-list-none")) }
            } @else {
                (crate::views::table_scroll::region(&title, html! {
                    table.staff-table.campaigns {
                        caption { (lang.t("staff-camp-list-caption")) }
                        thead { tr {
                            th scope="col" { (lang.t("staff-camp-list-headline")) }
                            th scope="col" { (lang.t("staff-camp-list-address")) }
                            th scope="col" { (lang.t("staff-camp-list-status")) }
                            th scope="col" { (lang.t("staff-camp-list-front-page")) }
                            th scope="col" { (lang.t("staff-camp-list-signatures")) }
                            th scope="col" { span.visually-hidden { (lang.t("staff-camp-list-actions")) } }
                        } }
                        tbody {
                            @for row in rows {
                                @let c = row.campaign;
                                @let base = format!("/staff/campaigns/{}", c.slug);
                                tr {
                                    th scope="row" { a href={ "/campaigns/" (c.slug) } { (c.headline) } }
                                    td { code { (c.slug) } }
                                    td { (status(lang, c, now)) }
                                    td { @if c.featured { (lang.t("staff-camp-list-featured")) } @else { "—" } }
                                    td { (lang.t_args("staff-camp-list-count", &[
                                        ("count", Arg::from(lang.number(row.count))),
                                        ("goal", Arg::Number(c.goal)),
                                        ("goal_shown", Arg::from(lang.number(c.goal))),
                                    ])) }
                                    td {
                                        (action(lang, format!("{base}/dashboard"), "staff-camp-list-dashboard", "staff-camp-list-dashboard-of", &c.headline))
                                        " · "
                                        (action(lang, format!("{base}/edit"), "staff-camp-list-edit", "staff-camp-list-edit-of", &c.headline))
                                        " · "
                                        (action(lang, format!("{base}/updates"), "staff-camp-list-updates", "staff-camp-list-updates-of", &c.headline))
                                        " · "
                                        (action(lang, format!("{base}/responses"), "staff-camp-list-responses", "staff-camp-list-responses-of", &c.headline))
                                        " · "
                                        (action(lang, format!("{base}/exports"), "staff-camp-list-exports", "staff-camp-list-exports-of", &c.headline))
                                        " · "
                                        (action(lang, format!("{base}/embed"), "staff-camp-list-embed", "staff-camp-list-embed-of", &c.headline))
                                    }
                                }
                            }
                        }
                    }
                }))
            }
        },
    )
}

/// Step one of a new campaign: paste the published letter.
pub fn paste(staff: &Staff) -> Markup {
    let lang = staff.lang;
    let title = lang.t("staff-camp-new-title");
    layout::page(
        staff,
        &title,
        html! {
            section.notice.campaign-editor {
                h1 { (title) }
                p { (lang.t("staff-camp-new-intro")) }
                form method="post" action="/staff/campaigns/new/parse" {
                    (csrf(staff))
                    div.field {
                        label for="letter" { (lang.t("staff-camp-new-letter")) }
                        p.hint #letter-hint { (lang.t("staff-camp-new-letter-hint")) }
                        textarea #letter name="letter" rows="20" aria-describedby="letter-hint" {}
                    }
                    button.primary type="submit" { (lang.t("staff-camp-new-read")) }
                }
                form method="post" action="/staff/campaigns/new/parse" {
                    (csrf(staff))
                    input type="hidden" name="letter" value="";
                    p { button.secondary type="submit" { (lang.t("staff-camp-new-empty")) } }
                }
            }
        },
    )
}
