//! The public campaign page's statistics: signatures per day and the constituencies with
//! the most signatures, from the in-memory snapshot (`stats::public`), in the page's
//! language.

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::stats::{Period, PublicStats};
use crate::views::chart::{bar_chart_in, Chart};

/// Nothing until a signature has counted.
pub fn section(lang: Lang, stats: &PublicStats) -> Markup {
    if stats.per_day.iter().all(|day| day.count == 0) {
        return html! {};
    }
    let title = lang.t("public-stats-per-day");
    let per_day = Chart {
        id: "signatures-per-day",
        title: &title,
        period: Period::Day,
    };
    let top = lang.t("public-stats-top");
    html! {
        section.campaign-stats aria-labelledby="stats-heading" {
            h2 #stats-heading { (lang.t("public-stats-heading")) }
            (bar_chart_in(lang, &per_day, &stats.per_day))
            @if !stats.top_constituencies.is_empty() {
                (crate::views::table_scroll::region(&top, html! {
                    table.staff-table.top-constituencies {
                        caption { (top) }
                        thead { tr {
                            th scope="col" { (lang.t("public-stats-constituency")) }
                            th scope="col" { (lang.t("public-stats-mp")) }
                            th.number scope="col" { (lang.t("public-stats-signatures")) }
                        } }
                        tbody {
                            @for place in &stats.top_constituencies {
                                tr {
                                    th scope="row" { (place.name) }
                                    td { (place.mp.as_deref().unwrap_or("—")) }
                                    td.number { (lang.number(place.count)) }
                                }
                            }
                        }
                    }
                }))
            }
            p.small { (lang.t("public-stats-note")) }
        }
    }
}
