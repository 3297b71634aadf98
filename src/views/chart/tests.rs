//! The chart's markup: one bar per bucket, the accessible names, the figures table.

use super::*;

fn b(label: &str, count: i64) -> Bucket {
    Bucket {
        label: label.to_owned(),
        count,
    }
}

const DAYS: Chart<'static> = Chart {
    id: "per-day",
    title: "Signatures per day",
    period: Period::Day,
};

#[test]
fn one_bar_per_bucket_with_title_desc_and_table() {
    let buckets = [b("2026-11-26", 2), b("2026-11-27", 0), b("2026-11-28", 1)];
    let html = bar_chart(&DAYS, &buckets).into_string();
    assert!(html.contains(r#"role="img""#));
    assert!(html.contains(r#"aria-labelledby="per-day-title per-day-desc""#));
    assert!(html.contains(r#"<title id="per-day-title">Signatures per day</title>"#));
    assert!(html.contains(
        "<desc id=\"per-day-desc\">Bar chart of 3 days from 2026-11-26 to 2026-11-28 \
         (UTC): 3 signatures in all, most in one day 2 on 2026-11-26.</desc>"
    ));
    assert_eq!(html.matches("<rect").count(), 3);
    assert_eq!(html.matches("</rect>").count(), 3);
    assert!(html.contains("<title>2026-11-27: 0</title>"));
    assert_eq!(html.matches("<tr><th scope=\"row\">").count(), 3);
    assert!(!html.contains("<script"));
}

#[test]
fn the_tallest_bar_fills_the_plot_and_an_empty_one_has_no_height() {
    let html = bar_chart(&DAYS, &[b("2026-11-26", 4), b("2026-11-27", 0)]).into_string();
    assert!(
        html.contains(r#"x="84.8" y="12.0" width="230.4" height="180.0""#),
        "{html}"
    );
    assert!(
        html.contains(r#"x="372.8" y="192.0" width="230.4" height="0.0""#),
        "{html}"
    );
}

#[test]
fn hours_read_as_date_and_time() {
    let chart = Chart {
        id: "per-hour",
        title: "Signatures per hour",
        period: Period::Hour,
    };
    let text = describe(&chart, &[b("2026-11-28T14:00", 1)]);
    assert_eq!(
        text,
        "Bar chart of 1 hour from 2026-11-28 14:00 to 2026-11-28 14:00 (UTC): \
         1 signature in all, most in one hour 1 on 2026-11-28 14:00."
    );
}

#[test]
fn no_buckets_no_chart() {
    let html = bar_chart(&DAYS, &[]).into_string();
    assert!(!html.contains("<svg"));
    assert!(html.contains("no signatures yet"));
    assert_eq!(describe(&DAYS, &[]), "No signatures yet.");
    let zeros = bar_chart(&DAYS, &[b("2026-11-26", 0)]).into_string();
    assert!(!zeros.contains("<svg"));
}
