//! The values an export holds, and the one rule that keeps CSV cells from being read as
//! spreadsheet formulas.

use std::borrow::Cow;
use std::sync::Arc;

/// One value in an export.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// Text many rows repeat (a constituency's name), shared rather than copied.
    Shared(Arc<str>),
    Int(i64),
    Number(f64),
    /// Nothing known: an empty CSV cell, JSON `null`.
    Null,
}

impl Cell {
    /// A time in UTC, stored as `YYYY-MM-DD HH:MM:SS[.f]`, as ISO 8601 to the second:
    /// `2026-11-28T09:30:00Z`; `Null` when absent. Done on the text, without parsing it
    /// into a date (a large export has millions); text of another shape is kept as it is.
    pub fn time(stored: Option<String>) -> Cell {
        let Some(mut text) = stored else {
            return Cell::Null;
        };
        let shaped = text.len() >= 19
            && text.as_bytes()[..19]
                .iter()
                .enumerate()
                .all(|(i, b)| match i {
                    4 | 7 => *b == b'-',
                    10 => matches!(b, b' ' | b'T'),
                    13 | 16 => *b == b':',
                    _ => b.is_ascii_digit(),
                });
        if shaped {
            text.truncate(19);
            text.replace_range(10..11, "T");
            text.push('Z');
        }
        Cell::Text(text)
    }

    /// Text, or `Null` when absent.
    pub fn text(value: Option<String>) -> Cell {
        value.map_or(Cell::Null, Cell::Text)
    }
}

/// A spreadsheet treats a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return as a formula (CSV injection); such a cell gets a leading `'` so it stays text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for risky in [
            "=SUM(A1)",
            "+1",
            "-2+3",
            "@cmd",
            "\tx",
            "\rx",
            "=HYPERLINK(\"x\")",
        ] {
            assert_eq!(neutralise(risky), format!("'{risky}"));
        }
        for safe in ["", "Jo Bloggs", "SW1A 1AA", "1.5", "x=1", " =1", "'quoted"] {
            assert_eq!(neutralise(safe), safe);
        }
    }

    #[test]
    fn times_are_utc_iso_8601_to_the_second() {
        let time = |text: &str| Cell::time(Some(text.to_owned()));
        assert_eq!(
            time("2026-11-28 09:30:05"),
            Cell::Text("2026-11-28T09:30:05Z".into())
        );
        assert_eq!(
            time("2026-11-28 09:30:05.123456"),
            Cell::Text("2026-11-28T09:30:05Z".into())
        );
        assert_eq!(
            time("2026-11-28T09:30:05"),
            Cell::Text("2026-11-28T09:30:05Z".into())
        );
        assert_eq!(
            time("28/11/2026 09:30"),
            Cell::Text("28/11/2026 09:30".into())
        );
        assert_eq!(
            time("2026-11-28 09:3é:05"),
            Cell::Text("2026-11-28 09:3é:05".into())
        );
        assert_eq!(Cell::time(None), Cell::Null);
    }
}
