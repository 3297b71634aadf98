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
use crate::i18n::{Arg, Lang};
use crate::stats::{DashboardStats, Period, Personalisation, SignatureStatuses};
use crate::views::chart::{bar_chart_in, Chart};

/// Letter statuses in words (the message's key; an unknown status as it is stored).
fn letter_status(lang: Lang, status: &str) -> String {
    let key = match status {
        "draft" => "staff-camp-dash-letter-draft",
        "unconfirmed" => "staff-camp-dash-letter-unconfirmed",
        "pending" => "staff-camp-dash-letter-pending",
        "approved" => "staff-camp-dash-letter-approved",
        "rejected" => "staff-camp-dash-letter-rejected",
        "hidden" => "staff-camp-dash-letter-hidden",
        other => return other.to_owned(),
    };
    lang.t(key)
}

/// Delivery statuses in words.
fn delivery_status(lang: Lang, status: &str) -> String {
    let key = match status {
        "queued" => "staff-camp-dash-delivery-queued",
        "bundled" => "staff-camp-dash-delivery-bundled",
        "print" => "staff-camp-dash-delivery-print",
        "sent" => "staff-camp-dash-delivery-sent",
        "failed" => "staff-camp-dash-delivery-failed",
        other => return other.to_owned(),
    };
    lang.t(key)
}

/// `part` as a whole percentage of `whole` (0 when `whole` is 0).
fn percent(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        (part.saturating_mul(100) + whole / 2) / whole
    }
}

/// A number as an argument: the figure as the language writes it.
fn shown(lang: Lang, n: i64) -> Arg<'static> {
    Arg::from(lang.number(n))
}

fn status_table(lang: Lang, caption: &str, rows: &[(String, i64)], empty: &str) -> Markup {
    html! {
        @if rows.is_empty() {
            p { (empty) }
        } @else {
            table.staff-table.statuses {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (lang.t("staff-camp-dash-status")) }
                    th.number scope="col" { (lang.t("staff-camp-dash-number")) }
                } }
                tbody {
                    @for (label, count) in rows {
                        tr { th scope="row" { (label) } td.number { (lang.number(*count)) } }
                    }
                }
            }
        }
    }
}

/// How far the counted signatures are towards the campaign's goal, and how many of those
/// signers asked for updates.
fn progress(lang: Lang, s: SignatureStatuses, goal: i64) -> Markup {
    let to_goal = percent(s.confirmed, goal);
    html! {
        @if goal > 0 {
            p #goal {
                label for="goal-progress" {
                    (lang.t_args("staff-camp-dash-goal", &[
                        ("confirmed", shown(lang, s.confirmed)),
                        ("goal", Arg::Number(goal)),
                        ("goal_shown", shown(lang, goal)),
                        ("percent", Arg::Number(to_goal)),
                    ]))
                }
                " "
                progress #goal-progress max=(goal) value=(s.confirmed.min(goal)) {
                    (lang.t_args("staff-camp-dash-percent", &[("percent", Arg::Number(to_goal))]))
                }
            }
        }
        p #opted-in {
            (lang.t_args("staff-camp-dash-opted-in", &[
                ("opted_in", shown(lang, s.opted_in)),
                ("confirmed", Arg::Number(s.confirmed)),
                ("confirmed_shown", shown(lang, s.confirmed)),
                ("percent", Arg::Number(percent(s.opted_in, s.confirmed))),
            ]))
        }
    }
}

/// `threshold` is per mille, as stored.
fn personal_share(lang: Lang, p: Personalisation, threshold: i32) -> Markup {
    let total = p.personal + p.near_copies;
    let part = |n: i64| {
        let words = lang.t_args(
            "staff-camp-dash-part",
            &[
                ("count", shown(lang, n)),
                ("percent", Arg::Number(percent(n, total))),
            ],
        );
        Arg::from(html! { strong { (words) } })
    };
    html! {
        h3 { (lang.t("staff-camp-dash-personal-heading")) }
        @if total == 0 {
            p #personalisation { (lang.t("staff-camp-dash-personal-none")) }
        } @else {
            p #personalisation {
                (lang.markup("staff-camp-dash-personal", &[
                    ("total", Arg::Number(total)),
                    ("total_shown", shown(lang, total)),
                    ("personal", part(p.personal)),
                    ("near_copies", part(p.near_copies)),
                    ("similar", Arg::Number(i64::from((threshold.clamp(0, 1000) + 5) / 10))),
                ]))
            }
        }
    }
}

/// Milestones reached, and which MPs were written to or skipped (no email address).
fn milestones(lang: Lang, campaign: &Campaign, reached: &[Reached]) -> Markup {
    let list: Vec<String> = campaign
        .milestones()
        .iter()
        .map(|m| lang.number(*m))
        .collect();
    html! {
        section aria-labelledby="milestones" {
            h2 #milestones { (lang.t("staff-camp-dash-milestones")) }
            p {
                (lang.t_args("staff-camp-dash-milestones-list", &[("list", Arg::from(list.join(", ")))]))
                " "
                @if campaign.milestone_letters {
                    (lang.t("staff-camp-dash-milestones-letters"))
                } @else {
                    (lang.t("staff-camp-dash-milestones-no-letters"))
                }
            }
            @if reached.is_empty() {
                p { (lang.t("staff-camp-dash-milestones-none")) }
            } @else {
                table {
                    caption { (lang.t("staff-camp-dash-milestones-reached")) }
                    thead { tr {
                        th scope="col" { (lang.t("staff-camp-dash-milestone")) }
                        th scope="col" { (lang.t("staff-camp-dash-reached-at")) }
                        th scope="col" { (lang.t("staff-camp-dash-mps-written")) }
                        th scope="col" { (lang.t("staff-camp-dash-mps-skipped")) }
                    } }
                    tbody {
                        @for r in reached {
                            tr {
                                td { (lang.number(r.milestone)) }
                                td { (lang.date_time(r.reached_at)) }
                                td { (lang.number(i64::from(r.letters_queued))) }
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
    let lang = staff.lang;
    let s = stats.statuses;
    let signatures = [
        (lang.t("staff-camp-dash-sig-confirmed"), s.confirmed),
        (lang.t("staff-camp-dash-sig-pending"), s.pending),
        (lang.t("staff-camp-dash-sig-suspect"), s.suspect),
        (lang.t("staff-camp-dash-sig-invalidated"), s.invalidated),
    ];
    let letters: Vec<(String, i64)> = stats
        .letters
        .iter()
        .map(|(k, n)| (letter_status(lang, k), *n))
        .collect();
    let deliveries: Vec<(String, i64)> = stats
        .deliveries
        .iter()
        .map(|(k, n)| (delivery_status(lang, k), *n))
        .collect();
    let mut constituencies = stats.constituencies.clone();
    sort.apply(&mut constituencies);
    let mut countries = stats.countries.clone();
    sort.apply(&mut countries);
    let per_hour_title = lang.t("staff-camp-dash-per-hour");
    let per_day_title = lang.t("staff-camp-dash-per-day");
    let per_hour = Chart {
        id: "per-hour",
        title: &per_hour_title,
        period: Period::Hour,
    };
    let per_day = Chart {
        id: "per-day",
        title: &per_day_title,
        period: Period::Day,
    };
    let headline = || Arg::from(campaign.headline.as_str());
    let title = lang.t_args("staff-camp-dash-title", &[("headline", headline())]);
    layout::page(
        staff,
        &title,
        html! {
            div.dashboard {
                h1 { (lang.t("staff-camp-dash-heading")) span.subtitle { (campaign.headline) } }
                p.small {
                    a href={ "/campaigns/" (campaign.slug) } { (lang.t("staff-camp-dash-public-page")) } " · "
                    a href={ "/staff/campaigns/" (campaign.slug) "/edit" } { (lang.t("staff-camp-dash-edit")) } " · "
                    a href={ "/staff/campaigns/" (campaign.slug) "/responses" } { (lang.t("staff-camp-dash-responses")) } " · "
                    a href="/staff/campaigns" { (lang.t("staff-camp-dash-all-campaigns")) }
                }
                section aria-labelledby="signatures" {
                    h2 #signatures { (lang.t("staff-camp-dash-signatures")) }
                    (progress(lang, s, campaign.goal))
                    (status_table(lang, &lang.t("staff-camp-dash-sig-by-status"), &signatures, ""))
                }
                section aria-labelledby="over-time" {
                    h2 #over-time { (lang.t("staff-camp-dash-over-time")) }
                    (bar_chart_in(lang, &per_hour, &stats.per_hour))
                    (bar_chart_in(lang, &per_day, &stats.per_day))
                }
                section aria-labelledby="letters" {
                    h2 #letters { (lang.t("staff-camp-dash-letters")) }
                    (status_table(lang, &lang.t("staff-camp-dash-letters-by-status"), &letters, &lang.t("staff-camp-dash-letters-none")))
                    (status_table(lang, &lang.t("staff-camp-dash-deliveries-by-status"), &deliveries, &lang.t("staff-camp-dash-deliveries-none")))
                    (personal_share(lang, stats.personalisation, campaign.similarity_threshold))
                }
                (reply_rates(lang, stats))
                (milestones(lang, campaign, &stats.milestones))
                (places::constituencies(lang, &constituencies, sort))
                (places::countries(lang, &countries, sort))
            }
        },
    )
}

/// "Did your MP reply?" answers by official and by party (every answer, no threshold).
fn reply_rates(lang: Lang, stats: &DashboardStats) -> Markup {
    use crate::db::models::reply_question::by_party;
    use crate::views::replies::{rates_table_in, RATES_FROM};
    use crate::views::table_scroll::region;
    let parties = by_party(&stats.replies);
    let by_official = lang.t("staff-camp-dash-answers-by-official");
    let by_party_words = lang.t("staff-camp-dash-answers-by-party");
    html! {
        section aria-labelledby="reply-rates" {
            h2 #reply-rates { (lang.t("staff-camp-dash-replies")) }
            @if stats.replies.is_empty() {
                p { (lang.t("staff-camp-dash-replies-none")) }
            } @else {
                p.small { (lang.t_args("staff-camp-dash-replies-note", &[("from", Arg::Number(RATES_FROM))])) }
                (region(&by_official, rates_table_in(lang, &by_official, stats.replies.iter().map(|t| (format!("{}, {}", t.name, t.office), &t.tally)))))
                (region(&by_party_words, rates_table_in(lang, &by_party_words, parties.iter().map(|(p, t)| (p.clone(), t)))))
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
