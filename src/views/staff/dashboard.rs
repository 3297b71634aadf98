//! The organiser dashboard: one campaign's progress to its goal, signatures by status and
//! how many opted in to updates, letters and deliveries by status, how personal the
//! approved letters are, charts over time, and counts by place.

mod places;

use maud::{html, Markup};

pub use places::PlaceSort;

use super::layout;
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::db::models::milestone::Reached;
use crate::stats::{DashboardStats, Period, Personalisation, SignatureStatuses};
use crate::views::chart::{bar_chart, Chart};
use crate::views::format::thousands;

const PER_HOUR: Chart<'static> = Chart {
    id: "per-hour",
    title: "Signatures per hour, last 48 hours",
    period: Period::Hour,
};
const PER_DAY: Chart<'static> = Chart {
    id: "per-day",
    title: "Signatures per day since launch",
    period: Period::Day,
};

/// Letter statuses in words.
fn letter_status(status: &str) -> &str {
    match status {
        "draft" => "Drafts (not submitted)",
        "unconfirmed" => "Waiting for their writers to confirm their email",
        "pending" => "Waiting for moderation",
        "approved" => "Approved",
        "rejected" => "Rejected",
        "hidden" => "Hidden",
        other => other,
    }
}

/// Delivery statuses in words.
fn delivery_status(status: &str) -> &str {
    match status {
        "queued" => "Queued to send",
        "bundled" => "In a joint letter",
        "print" => "Ready to print and post",
        "sent" => "Sent",
        "failed" => "Failed",
        other => other,
    }
}

/// `part` as a whole percentage of `whole` (0 when `whole` is 0).
fn percent(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        (part.saturating_mul(100) + whole / 2) / whole
    }
}

fn status_table(caption: &str, rows: &[(&str, i64)], empty: &str) -> Markup {
    html! {
        @if rows.is_empty() {
            p { (empty) }
        } @else {
            table.staff-table.statuses {
                caption { (caption) }
                thead { tr { th scope="col" { "Status" } th.number scope="col" { "Number" } } }
                tbody {
                    @for (label, count) in rows {
                        tr { th scope="row" { (label) } td.number { (thousands(*count)) } }
                    }
                }
            }
        }
    }
}

/// How far the counted signatures are towards the campaign's goal, and how many of those
/// signers asked for updates.
fn progress(s: SignatureStatuses, goal: i64) -> Markup {
    html! {
        @if goal > 0 {
            p #goal {
                label for="goal-progress" {
                    (thousands(s.confirmed)) " of the goal of " (thousands(goal)) " signatures ("
                    (percent(s.confirmed, goal)) "%)"
                }
                " "
                progress #goal-progress max=(goal) value=(s.confirmed.min(goal)) { (percent(s.confirmed, goal)) "%" }
            }
        }
        p #opted-in {
            (thousands(s.opted_in)) " of the " (thousands(s.confirmed))
            " counted signers asked to hear about the campaign’s progress (" (percent(s.opted_in, s.confirmed)) "%)."
        }
    }
}

/// `threshold` is per mille, as stored.
fn personal_share(p: Personalisation, threshold: i32) -> Markup {
    let total = p.personal + p.near_copies;
    html! {
        h3 { "Personal letters and near-copies" }
        @if total == 0 {
            p #personalisation { "No letters have been approved yet." }
        } @else {
            p #personalisation {
                "Of " (thousands(total)) " approved letters, "
                strong { (thousands(p.personal)) " (" (percent(p.personal, total)) "%)" }
                " are personal and "
                strong { (thousands(p.near_copies)) " (" (percent(p.near_copies, total)) "%)" }
                " are near-copies of the featured letter (" ((threshold.clamp(0, 1000) + 5) / 10)
                "% similar or more), which reach officials as joint letters."
            }
        }
    }
}

/// Milestones reached, and which MPs were written to or skipped (no email address).
fn milestones(campaign: &Campaign, reached: &[Reached]) -> Markup {
    let list: Vec<String> = campaign
        .milestones()
        .iter()
        .map(|m| thousands(*m))
        .collect();
    html! {
        section aria-labelledby="milestones" {
            h2 #milestones { "Milestones" }
            p {
                "Milestones: " (list.join(", ")) ". "
                @if campaign.milestone_letters {
                    "At each, every MP with constituents among the signers is written to."
                } @else {
                    "MPs are not written to (turn it on in the campaign’s settings)."
                }
            }
            @if reached.is_empty() {
                p { "No milestone reached yet." }
            } @else {
                table {
                    caption { "Milestones reached" }
                    thead { tr { th scope="col" { "Milestone" } th scope="col" { "Reached (UTC)" } th scope="col" { "MPs written to" } th scope="col" { "Not written to: no email address" } } }
                    tbody {
                        @for r in reached {
                            tr {
                                td { (thousands(r.milestone)) }
                                td { (r.reached_at.format("%-d %B %Y, %H:%M")) }
                                td { (r.letters_queued) }
                                td { (r.skipped_mps.as_deref().unwrap_or("—")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn page(staff: &Staff, campaign: &Campaign, stats: &DashboardStats, sort: PlaceSort) -> Markup {
    let s = stats.statuses;
    let signatures = [
        ("Confirmed (counted)", s.confirmed),
        ("Waiting for email confirmation", s.pending),
        ("Suspect (waiting for review)", s.suspect),
        ("Invalidated", s.invalidated),
    ];
    let letters: Vec<(&str, i64)> = stats
        .letters
        .iter()
        .map(|(k, n)| (letter_status(k), *n))
        .collect();
    let deliveries: Vec<(&str, i64)> = stats
        .deliveries
        .iter()
        .map(|(k, n)| (delivery_status(k), *n))
        .collect();
    let mut constituencies = stats.constituencies.clone();
    sort.apply(&mut constituencies);
    let mut countries = stats.countries.clone();
    sort.apply(&mut countries);
    let title = format!("Dashboard: {}", campaign.headline);
    layout::page(
        staff,
        &title,
        html! {
            div.dashboard {
                h1 { "Dashboard" span.subtitle { (campaign.headline) } }
                p.small {
                    a href={ "/campaigns/" (campaign.slug) } { "Public page" } " · "
                    a href={ "/staff/campaigns/" (campaign.slug) "/edit" } { "Edit the campaign" } " · "
                    a href={ "/staff/campaigns/" (campaign.slug) "/responses" } { "Responses from officials" } " · "
                    a href="/staff/campaigns" { "All campaigns" }
                }
                section aria-labelledby="signatures" {
                    h2 #signatures { "Signatures" }
                    (progress(s, campaign.goal))
                    (status_table("Signatures by status", &signatures, ""))
                }
                section aria-labelledby="over-time" {
                    h2 #over-time { "Signatures over time" }
                    (bar_chart(&PER_HOUR, &stats.per_hour))
                    (bar_chart(&PER_DAY, &stats.per_day))
                }
                section aria-labelledby="letters" {
                    h2 #letters { "Letters" }
                    (status_table("Supporters’ letters by status", &letters, "No letters yet."))
                    (status_table("Deliveries to officials by status", &deliveries, "No deliveries yet."))
                    (personal_share(stats.personalisation, campaign.similarity_threshold))
                }
                (reply_rates(stats))
                (milestones(campaign, &stats.milestones))
                (places::constituencies(&constituencies, sort))
                (places::countries(&countries, sort))
            }
        },
    )
}

/// "Did your MP reply?" answers by official and by party (every answer, no threshold).
fn reply_rates(stats: &DashboardStats) -> Markup {
    use crate::db::models::reply_question::by_party;
    use crate::views::replies::rates_table;
    use crate::views::table_scroll::region;
    let parties = by_party(&stats.replies);
    html! {
        section aria-labelledby="reply-rates" {
            h2 #reply-rates { "Did officials reply?" }
            @if stats.replies.is_empty() {
                p { "No answers yet. Writers are asked 14 days after their letter is delivered, and reminded once a week later." }
            } @else {
                p.small { "“Replied” counts replies that addressed the points and those that did not. The public page shows an official’s figures once they have " (crate::views::replies::RATES_FROM) " answers." }
                (region("Answers by official", rates_table("Answers by official", stats.replies.iter().map(|t| (format!("{}, {}", t.name, t.office), &t.tally)))))
                (region("Answers by party", rates_table("Answers by party", parties.iter().map(|(p, t)| (p.clone(), t)))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn percentages_round_and_survive_zero() {
        assert_eq!(super::percent(1, 3), 33);
        assert_eq!(super::percent(2, 3), 67);
        assert_eq!(super::percent(0, 0), 0);
    }
}
