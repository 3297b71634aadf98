//! Bar charts drawn on the server as SVG: an image with a title and a description for
//! screen readers, and a table of the same figures beside it. No JavaScript.

use maud::{html, Markup};

use crate::i18n::{Arg, Lang};
use crate::stats::{Bucket, Period};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// What a chart shows. `id` must be unique on the page (it names the title, description
/// and table).
#[derive(Debug, Clone, Copy)]
pub struct Chart<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub period: Period,
}

/// "2026-11-28T14:00" → "2026-11-28 14:00"; days stay as they are.
fn readable(label: &str) -> String {
    label.replacen('T', " ", 1)
}

/// One sentence saying what the bars show, in English.
pub fn describe(chart: &Chart<'_>, buckets: &[Bucket]) -> String {
    describe_in(Lang::En, chart, buckets)
}

/// [`describe`] in `lang`.
pub fn describe_in(lang: Lang, chart: &Chart<'_>, buckets: &[Bucket]) -> String {
    let (Some(first), Some(last)) = (buckets.first(), buckets.last()) else {
        return lang.t("staff-camp-chart-desc-none");
    };
    let total: i64 = buckets.iter().map(|b| b.count).sum();
    // The first of the busiest periods.
    let busiest = buckets
        .iter()
        .fold(None::<&Bucket>, |best, b| match best {
            Some(best) if best.count >= b.count => Some(best),
            _ => Some(b),
        })
        .filter(|b| b.count > 0);
    let periods = buckets.len() as i64;
    let mut args = vec![
        ("periods", Arg::Number(periods)),
        ("periods_shown", Arg::from(lang.number(periods))),
        ("from", Arg::from(readable(&first.label))),
        ("to", Arg::from(readable(&last.label))),
        ("count", Arg::Number(total)),
        ("shown", Arg::from(lang.number(total))),
    ];
    let unit = match chart.period {
        Period::Day => "day",
        Period::Hour => "hour",
    };
    let id = match busiest {
        Some(top) => {
            args.push(("top", Arg::from(lang.number(top.count))));
            args.push(("at", Arg::from(readable(&top.label))));
            format!("staff-camp-chart-desc-{unit}-busiest")
        }
        None => format!("staff-camp-chart-desc-{unit}"),
    };
    lang.t_args(&id, &args)
}

fn px(value: f64) -> String {
    format!("{value:.1}")
}

/// The chart and its data table, in English; a short paragraph instead when every bucket
/// is empty.
pub fn bar_chart(chart: &Chart<'_>, buckets: &[Bucket]) -> Markup {
    bar_chart_in(Lang::En, chart, buckets)
}

/// [`bar_chart`] with its words in `lang` (`chart.title` is the caller's, already in it).
pub fn bar_chart_in(lang: Lang, chart: &Chart<'_>, buckets: &[Bucket]) -> Markup {
    let id = chart.id;
    let title = || Arg::from(chart.title);
    if buckets.iter().all(|b| b.count == 0) {
        let empty = lang.t_args("staff-camp-chart-empty", &[("title", title())]);
        return html! { p.chart-empty id=(id) { (empty) } };
    }
    let max = buckets.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let slot = plot_width / buckets.len() as f64;
    let bar = if slot > 4.0 { slot * 0.8 } else { slot };
    let baseline = TOP + plot_height;
    let (first, last) = (&buckets[0].label, &buckets[buckets.len() - 1].label);
    let heading = match chart.period {
        Period::Day => lang.t("staff-camp-chart-day"),
        Period::Hour => lang.t("staff-camp-chart-hour"),
    };
    html! {
        div.chart id=(id) {
            svg.chart-svg role="img" viewBox={ "0 0 " (WIDTH) " " (HEIGHT) }
                aria-labelledby={ (id) "-title " (id) "-desc" } xmlns="http://www.w3.org/2000/svg" {
                title id={ (id) "-title" } { (chart.title) }
                desc id={ (id) "-desc" } { (describe_in(lang, chart, buckets)) }
                line.axis x1=(px(LEFT)) y1=(px(baseline)) x2=(px(WIDTH - RIGHT)) y2=(px(baseline)) {}
                line.axis x1=(px(LEFT)) y1=(px(TOP)) x2=(px(LEFT)) y2=(px(baseline)) {}
                text.tick x=(px(LEFT - 6.0)) y=(px(TOP + 10.0)) text-anchor="end" { (lang.number(max)) }
                text.tick x=(px(LEFT - 6.0)) y=(px(baseline)) text-anchor="end" { "0" }
                text.tick x=(px(LEFT)) y=(px(HEIGHT - 8.0)) text-anchor="start" { (readable(first)) }
                @if buckets.len() > 1 {
                    text.tick x=(px(WIDTH - RIGHT)) y=(px(HEIGHT - 8.0)) text-anchor="end" { (readable(last)) }
                }
                @for (i, bucket) in buckets.iter().enumerate() {
                    @let height = plot_height * bucket.count as f64 / max as f64;
                    rect.bar x=(px(LEFT + slot * i as f64 + (slot - bar) / 2.0)) y=(px(baseline - height))
                        width=(px(bar)) height=(px(height)) {
                        title { (readable(&bucket.label)) ": " (lang.number(bucket.count)) }
                    }
                }
            }
            div.chart-table tabindex="0" role="region" aria-labelledby={ (id) "-caption" } {
                table.staff-table.chart-data {
                    caption id={ (id) "-caption" } { (lang.t_args("staff-camp-chart-figures", &[("title", title())])) }
                    thead { tr { th scope="col" { (heading) } th.number scope="col" { (lang.t("staff-camp-chart-signatures")) } } }
                    tbody {
                        @for bucket in buckets {
                            tr { th scope="row" { (readable(&bucket.label)) } td.number { (lang.number(bucket.count)) } }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
