//! Bar charts drawn on the server as SVG: an image with a title and a description for
//! screen readers, and a table of the same figures beside it. No JavaScript.

use maud::{html, Markup};

use crate::stats::{Bucket, Period};
use crate::views::format::thousands;

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

fn unit(period: Period) -> (&'static str, &'static str) {
    match period {
        Period::Day => ("day", "days"),
        Period::Hour => ("hour", "hours"),
    }
}

/// "2026-11-28T14:00" → "2026-11-28 14:00"; days stay as they are.
fn readable(label: &str) -> String {
    label.replacen('T', " ", 1)
}

/// One sentence saying what the bars show.
pub fn describe(chart: &Chart<'_>, buckets: &[Bucket]) -> String {
    let (one, many) = unit(chart.period);
    let (Some(first), Some(last)) = (buckets.first(), buckets.last()) else {
        return "No signatures yet.".to_owned();
    };
    let total: i64 = buckets.iter().map(|b| b.count).sum();
    let periods = if buckets.len() == 1 { one } else { many };
    let mut text = format!(
        "Bar chart of {} {periods} from {} to {} (UTC): {} {} in all",
        buckets.len(),
        readable(&first.label),
        readable(&last.label),
        thousands(total),
        if total == 1 {
            "signature"
        } else {
            "signatures"
        },
    );
    // The first of the busiest periods.
    let busiest = buckets
        .iter()
        .fold(None::<&Bucket>, |best, b| match best {
            Some(best) if best.count >= b.count => Some(best),
            _ => Some(b),
        })
        .filter(|b| b.count > 0);
    if let Some(top) = busiest {
        text.push_str(&format!(
            ", most in one {one} {} on {}",
            thousands(top.count),
            readable(&top.label)
        ));
    }
    text.push('.');
    text
}

fn px(value: f64) -> String {
    format!("{value:.1}")
}

/// The chart and its data table; a short paragraph instead when every bucket is empty.
pub fn bar_chart(chart: &Chart<'_>, buckets: &[Bucket]) -> Markup {
    let id = chart.id;
    if buckets.iter().all(|b| b.count == 0) {
        return html! { p.chart-empty id=(id) { (chart.title) ": no signatures yet." } };
    }
    let max = buckets.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let slot = plot_width / buckets.len() as f64;
    let bar = if slot > 4.0 { slot * 0.8 } else { slot };
    let baseline = TOP + plot_height;
    let (first, last) = (&buckets[0].label, &buckets[buckets.len() - 1].label);
    let heading = match chart.period {
        Period::Day => "Day (UTC)",
        Period::Hour => "Hour (UTC)",
    };
    html! {
        div.chart id=(id) {
            svg.chart-svg role="img" viewBox={ "0 0 " (WIDTH) " " (HEIGHT) }
                aria-labelledby={ (id) "-title " (id) "-desc" } xmlns="http://www.w3.org/2000/svg" {
                title id={ (id) "-title" } { (chart.title) }
                desc id={ (id) "-desc" } { (describe(chart, buckets)) }
                line.axis x1=(px(LEFT)) y1=(px(baseline)) x2=(px(WIDTH - RIGHT)) y2=(px(baseline)) {}
                line.axis x1=(px(LEFT)) y1=(px(TOP)) x2=(px(LEFT)) y2=(px(baseline)) {}
                text.tick x=(px(LEFT - 6.0)) y=(px(TOP + 10.0)) text-anchor="end" { (thousands(max)) }
                text.tick x=(px(LEFT - 6.0)) y=(px(baseline)) text-anchor="end" { "0" }
                text.tick x=(px(LEFT)) y=(px(HEIGHT - 8.0)) text-anchor="start" { (readable(first)) }
                @if buckets.len() > 1 {
                    text.tick x=(px(WIDTH - RIGHT)) y=(px(HEIGHT - 8.0)) text-anchor="end" { (readable(last)) }
                }
                @for (i, bucket) in buckets.iter().enumerate() {
                    @let height = plot_height * bucket.count as f64 / max as f64;
                    rect.bar x=(px(LEFT + slot * i as f64 + (slot - bar) / 2.0)) y=(px(baseline - height))
                        width=(px(bar)) height=(px(height)) {
                        title { (readable(&bucket.label)) ": " (thousands(bucket.count)) }
                    }
                }
            }
            div.chart-table tabindex="0" role="region" aria-labelledby={ (id) "-caption" } {
                table.staff-table.chart-data {
                    caption id={ (id) "-caption" } { (chart.title) ": the figures" }
                    thead { tr { th scope="col" { (heading) } th.number scope="col" { "Signatures" } } }
                    tbody {
                        @for bucket in buckets {
                            tr { th scope="row" { (readable(&bucket.label)) } td.number { (thousands(bucket.count)) } }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
