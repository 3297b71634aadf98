//! Staff campaign pages: the list of campaigns and the "paste a published letter" page.
//! The campaign form itself is in `campaign_form`.

use chrono::NaiveDateTime;
use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::views::format::thousands;

/// One campaign in the list, with its count.
pub struct Row<'a> {
    pub campaign: &'a Campaign,
    pub count: i64,
}

/// Open, closed, or not yet open, in words.
pub fn status(campaign: &Campaign, now: NaiveDateTime) -> String {
    if campaign.is_closed(now) {
        "Closed".to_owned()
    } else if let Some(opens) = campaign.opens_at.filter(|_| campaign.is_not_yet_open(now)) {
        format!("Opens {} UTC", opens.format("%-d %B %Y, %H:%M"))
    } else {
        "Open".to_owned()
    }
}

/// `saved`: the slug of a campaign just created or changed, to confirm it.
pub fn list(
    staff: &Staff,
    rows: &[Row<'_>],
    saved: Option<&Campaign>,
    now: NaiveDateTime,
) -> Markup {
    layout::page(
        staff,
        "Campaigns",
        html! {
            h1 { "Campaigns" }
            @if let Some(campaign) = saved {
                p.notice-banner role="status" {
                    "Saved “" (campaign.headline) "”. "
                    a href={ "/campaigns/" (campaign.slug) } { "See its public page" }
                }
            }
            p { a.button href="/staff/campaigns/new" { "Create a campaign" } }
            @if rows.is_empty() {
                p { "There are no campaigns yet." }
            } @else {
                (crate::views::table_scroll::region("Campaigns", html! {
                    table.staff-table.campaigns {
                        caption { "Every campaign, newest first" }
                        thead { tr {
                            th scope="col" { "Headline" }
                            th scope="col" { "Address" }
                            th scope="col" { "Status" }
                            th scope="col" { "Front page" }
                            th scope="col" { "Signatures" }
                            th scope="col" { span.visually-hidden { "Actions" } }
                        } }
                        tbody {
                            @for row in rows {
                                @let c = row.campaign;
                                tr {
                                    th scope="row" { a href={ "/campaigns/" (c.slug) } { (c.headline) } }
                                    td { code { (c.slug) } }
                                    td { (status(c, now)) }
                                    td { @if c.featured { "Featured" } @else { "—" } }
                                    td { (thousands(row.count)) " of " (thousands(c.goal)) }
                                    td {
                                        a href={ "/staff/campaigns/" (c.slug) "/dashboard" } {
                                            "Dashboard" span.visually-hidden { " of “" (c.headline) "”" }
                                        }
                                        " · "
                                        a href={ "/staff/campaigns/" (c.slug) "/edit" } {
                                            "Edit" span.visually-hidden { " “" (c.headline) "”" }
                                        }
                                        " · "
                                        a href={ "/staff/campaigns/" (c.slug) "/exports" } {
                                            "Exports" span.visually-hidden { " of “" (c.headline) "”" }
                                        }
                                        " · "
                                        a href={ "/staff/campaigns/" (c.slug) "/embed" } {
                                            "Embed and share" span.visually-hidden { " “" (c.headline) "”" }
                                        }
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
    layout::page(
        staff,
        "New campaign",
        html! {
            section.notice.campaign-editor {
                h1 { "New campaign" }
                p { "Start from a published letter. Paste it as plain text, as it appears on the page: "
                    "kicker, headline, photo caption, author, paragraphs and where it appeared. "
                    "Missive suggests which part is which; you check every part before anything is saved." }
                form method="post" action="/staff/campaigns/new/parse" {
                    (csrf(staff))
                    div.field {
                        label for="letter" { "Published letter" }
                        p.hint #letter-hint { "Short lines between paragraphs become subheadings." }
                        textarea #letter name="letter" rows="20" aria-describedby="letter-hint" {}
                    }
                    button.primary type="submit" { "Read the letter" }
                }
                form method="post" action="/staff/campaigns/new/parse" {
                    (csrf(staff))
                    input type="hidden" name="letter" value="";
                    p { button.secondary type="submit" { "Start with an empty form instead" } }
                }
            }
        },
    )
}
