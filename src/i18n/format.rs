//! Numbers and dates as each language writes them.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::Lang;

/// The thousands separator: a comma in English and Welsh, a no-break space (U+00A0) in
/// Russian and Kazakh.
fn separator(lang: Lang) -> char {
    match lang {
        Lang::En | Lang::Cy | Lang::Pseudo => ',',
        Lang::Ru | Lang::Kk => '\u{a0}',
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_CY: [&str; 12] = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
];
/// Genitive, as after a day: "4 декабря".
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

impl Lang {
    /// 1234567 → "1,234,567" (en, cy), "1 234 567" with no-break spaces (ru, kk).
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() * 2);
        if n < 0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(separator(self));
            }
            out.push(c);
        }
        out
    }

    /// A day: "4 December 2026", "4 Rhagfyr 2026", "4 декабря 2026 г.",
    /// "2026 жылғы 4 желтоқсан".
    pub fn date(self, date: NaiveDate) -> String {
        let (day, year) = (date.day(), date.year());
        let month = date.month0() as usize;
        match self {
            Lang::En => format!("{day} {} {year}", MONTHS_EN[month]),
            Lang::Cy => format!("{day} {} {year}", MONTHS_CY[month]),
            Lang::Ru => format!("{day} {} {year}\u{a0}г.", MONTHS_RU[month]),
            Lang::Kk => format!("{year} жылғы {day} {}", MONTHS_KK[month]),
            Lang::Pseudo => format!("{day} {} {year}", super::pseudo::accent(MONTHS_EN[month])),
        }
    }

    /// A day and a time: "4 December 2026, 14:30" (the time as 24-hour everywhere).
    pub fn date_time(self, at: NaiveDateTime) -> String {
        format!("{}, {}", self.date(at.date()), at.format("%H:%M"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands_per_language() {
        assert_eq!(Lang::En.number(1234), "1,234");
        assert_eq!(Lang::Cy.number(1234), "1,234");
        assert_eq!(Lang::Ru.number(1234), "1\u{a0}234");
        assert_eq!(Lang::Kk.number(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Lang::En.number(999), "999");
        assert_eq!(Lang::En.number(0), "0");
        assert_eq!(Lang::En.number(-1000), "-1,000");
        assert_eq!(Lang::En.number(123_456_789), "123,456,789");
    }

    #[test]
    fn dates_per_language() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        assert_eq!(Lang::En.date(day), "4 December 2026");
        assert_eq!(Lang::Cy.date(day), "4 Rhagfyr 2026");
        assert_eq!(Lang::Ru.date(day), "4 декабря 2026\u{a0}г.");
        assert_eq!(Lang::Kk.date(day), "2026 жылғы 4 желтоқсан");
        let at = day.and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(Lang::En.date_time(at), "4 December 2026, 09:05");
        assert_eq!(
            Lang::En.date_time(at),
            at.format("%-d %B %Y, %H:%M").to_string(),
            "English as the pages wrote it before"
        );
    }
}
