//! The public campaign page's statistics: signatures per day and the constituencies with
//! the most signatures, from the in-memory snapshot (`stats::public`).

use maud::{html, Markup};

use crate::stats::{Period, PublicStats};
use crate::views::chart::{bar_chart, Chart};
use crate::views::format::thousands;

const PER_DAY: Chart<'static> = Chart {
    id: "signatures-per-day",
    title: "Signatures per day",
    period: Period::Day,
};

/// Nothing until a signature has counted.
pub fn section(stats: &PublicStats) -> Markup {
    if stats.per_day.iter().all(|day| day.count == 0) {
        return html! {};
    }
    html! {
        section.campaign-stats aria-labelledby="stats-heading" {
            h2 #stats-heading { "Who has signed" }
            (bar_chart(&PER_DAY, &stats.per_day))
            @if !stats.top_constituencies.is_empty() {
                (crate::views::table_scroll::region("Constituencies with the most signatures", html! {
                    table.staff-table.top-constituencies {
                        caption { "Constituencies with the most signatures" }
                        thead { tr {
                            th scope="col" { "Constituency" }
                            th scope="col" { "MP" }
                            th.number scope="col" { "Signatures" }
                        } }
                        tbody {
                            @for place in &stats.top_constituencies {
                                tr {
                                    th scope="row" { (place.name) }
                                    td { (place.mp.as_deref().unwrap_or("—")) }
                                    td.number { (thousands(place.count)) }
                                }
                            }
                        }
                    }
                }))
            }
            p.small { "Counted signatures only: confirmed by email, checked for abuse. Updated every few seconds." }
        }
    }
}
