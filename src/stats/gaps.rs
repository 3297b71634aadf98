//! Empty days or hours put back between the buckets the database returns, so a chart's
//! time axis is even.

use chrono::{DurationRound, NaiveDate, NaiveDateTime, TimeDelta};

use super::{Bucket, Period};

/// Beyond this many slots the buckets are returned as they are.
const MAX_SLOTS: i64 = 20_000;

fn step(period: Period) -> TimeDelta {
    match period {
        Period::Day => TimeDelta::days(1),
        Period::Hour => TimeDelta::hours(1),
    }
}

/// The label of the day or hour `at` falls in, as `over_time` writes it.
pub fn label_of(at: NaiveDateTime, period: Period) -> String {
    match period {
        Period::Day => at.format("%Y-%m-%d").to_string(),
        Period::Hour => at.format("%Y-%m-%dT%H:00").to_string(),
    }
}

/// The start of the day or hour a label names.
fn parse_label(label: &str, period: Period) -> Option<NaiveDateTime> {
    match period {
        Period::Day => NaiveDate::parse_from_str(label, "%Y-%m-%d")
            .ok()
            .map(|day| day.and_time(chrono::NaiveTime::MIN)),
        Period::Hour => NaiveDateTime::parse_from_str(label, "%Y-%m-%dT%H:%M").ok(),
    }
}

/// `buckets` (ascending, as `over_time` returns them) with a zero bucket for every day or
/// hour missing between the first and the last; `from` and `to`, when given, widen the
/// range to the periods they fall in. Labels that do not parse, or a range of more than
/// 20,000 periods, leave the buckets as they are.
pub fn fill_gaps(
    buckets: &[Bucket],
    period: Period,
    from: Option<NaiveDateTime>,
    to: Option<NaiveDateTime>,
) -> Vec<Bucket> {
    let starts: Option<Vec<NaiveDateTime>> = buckets
        .iter()
        .map(|b| parse_label(&b.label, period))
        .collect();
    let Some(starts) = starts else {
        return buckets.to_vec();
    };
    let truncate = |at: NaiveDateTime| at.duration_trunc(step(period)).unwrap_or(at);
    let first = starts
        .first()
        .copied()
        .into_iter()
        .chain(from.map(truncate))
        .min();
    let last = starts
        .last()
        .copied()
        .into_iter()
        .chain(to.map(truncate))
        .max();
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let slots = (last - first).num_seconds() / step(period).num_seconds() + 1;
    if slots > MAX_SLOTS {
        return buckets.to_vec();
    }
    let mut known = starts.iter().zip(buckets).peekable();
    let mut filled = Vec::with_capacity(usize::try_from(slots).unwrap_or(0));
    let mut at = first;
    while at <= last {
        let mut count = 0;
        while let Some((start, bucket)) = known.peek() {
            if **start > at {
                break;
            }
            if **start == at {
                count += bucket.count;
            }
            known.next();
        }
        filled.push(Bucket {
            label: label_of(at, period),
            count,
        });
        at += step(period);
    }
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(label: &str, count: i64) -> Bucket {
        Bucket {
            label: label.to_owned(),
            count,
        }
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn missing_days_become_zero_buckets() {
        let buckets = [b("2026-11-26", 2), b("2026-11-29", 1)];
        let filled = fill_gaps(&buckets, Period::Day, None, None);
        let expected = [
            b("2026-11-26", 2),
            b("2026-11-27", 0),
            b("2026-11-28", 0),
            b("2026-11-29", 1),
        ];
        assert_eq!(filled, expected);
    }

    #[test]
    fn from_and_to_widen_the_range_to_whole_hours() {
        let buckets = [b("2026-11-28T10:00", 3)];
        let filled = fill_gaps(
            &buckets,
            Period::Hour,
            Some(at("2026-11-28 09:59")),
            Some(at("2026-11-28 11:30")),
        );
        let expected = [
            b("2026-11-28T09:00", 0),
            b("2026-11-28T10:00", 3),
            b("2026-11-28T11:00", 0),
        ];
        assert_eq!(filled, expected);
    }

    #[test]
    fn nothing_in_gives_nothing_or_only_zeros() {
        assert!(fill_gaps(&[], Period::Day, None, None).is_empty());
        let zeros = fill_gaps(
            &[],
            Period::Hour,
            Some(at("2026-11-28 09:00")),
            Some(at("2026-11-28 10:00")),
        );
        assert_eq!(zeros, [b("2026-11-28T09:00", 0), b("2026-11-28T10:00", 0)]);
    }

    #[test]
    fn unreadable_labels_or_huge_ranges_are_left_alone() {
        let odd = [b("yesterday", 1)];
        assert_eq!(fill_gaps(&odd, Period::Day, None, None), odd);
        let far = [b("1970-01-01", 1), b("2026-11-28", 1)];
        assert_eq!(fill_gaps(&far, Period::Day, None, None), far);
    }
}
