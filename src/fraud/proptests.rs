//! Properties of the signing limits and the signature search's parsers: rate limits and
//! address ranges parse back from how they are written, no input panics, and searches for
//! whole addresses and ranges find exactly the addresses they should.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use proptest::prelude::*;

use super::address::{search, stored};
use super::fields;
use super::rate_limit::RateLimit;
use crate::db::models::signature_search::TextMatch;
use crate::domain::net::Net;
use crate::forms::signatures::SearchForm;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9a-fA-F.:/ %*\u{0}-]{0,50}",
        "[0-9+-]{1,7}-[0-9]{1,2}-[0-9]{1,2}([T ][0-9]{1,2}:[0-9]{1,2}(:[0-9]{1,2})?Z?)?",
    ]
}

/// A date anywhere in chrono's range, the ends included, as a date or a date and time.
fn date_text() -> impl Strategy<Value = String> {
    let day = prop_oneof![
        1 => Just(chrono::NaiveDate::MAX),
        1 => Just(chrono::NaiveDate::MIN),
        8 => (-262_144i32..=262_143, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| {
            chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or(chrono::NaiveDate::MIN)
        }),
    ];
    (
        day,
        prop_oneof![Just(""), Just("T23:59"), Just(" 23:59:59Z")],
    )
        .prop_map(|(day, time)| format!("{}{time}", day.format("%Y-%m-%d")))
}

fn ip() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        any::<[u8; 4]>().prop_map(|o| IpAddr::V4(Ipv4Addr::from(o))),
        any::<[u16; 8]>().prop_map(|s| IpAddr::V6(Ipv6Addr::from(s))),
    ]
}

/// Whether a stored address text matches a search pattern, as the database does it.
fn matches(patterns: &[TextMatch], text: &str) -> bool {
    patterns.iter().any(|p| match p {
        TextMatch::Exact(exact) => exact == text,
        TextMatch::Prefix(start) => text.starts_with(start.as_str()),
    })
}

proptest! {
    #[test]
    fn rate_limits_parse_back_from_how_they_are_written(max in 1u32.., seconds in 1u32..=604_800, pad in " {0,2}") {
        let limit = RateLimit { max, seconds };
        let written = limit.to_string();
        prop_assert_eq!(written.parse::<RateLimit>(), Ok(limit));
        prop_assert_eq!(format!("{0}{1}{0}/{0}{2}{0}", pad, max, seconds).parse::<RateLimit>(), Ok(limit));
        prop_assert!(format!("0/{}", seconds).parse::<RateLimit>().is_err(), "no signatures");
        prop_assert!(format!("{}/0", max).parse::<RateLimit>().is_err(), "no seconds");
        prop_assert!(format!("{}/{}", max, u64::from(seconds) + 604_800).parse::<RateLimit>().is_err(), "over a week");
    }

    #[test]
    fn nothing_typed_into_a_setting_or_search_panics(input in text()) {
        let _ = input.parse::<RateLimit>();
        let _ = input.parse::<Net>();
        let _ = search(&input);
        let _ = fields::domain(&input);
        let _ = fields::postcode(&input);
        let _ = fields::constituency(&input);
        let _ = fields::when(&input);
        let _ = fields::status(&input);
    }

    #[test]
    fn a_search_form_of_any_text_parses_or_says_why(
        ip in text(),
        postcode in text(),
        constituency in text(),
        from in prop_oneof![text(), date_text()],
        to in prop_oneof![text(), date_text()],
        domain in text(),
    ) {
        let form = SearchForm {
            campaign: "british-values".into(),
            email_domain: domain,
            ip,
            postcode,
            constituency,
            from,
            to,
            status: String::new(),
        };
        match form.parse() {
            Ok(query) => {
                use chrono::Datelike;
                for when in [query.from, query.until].into_iter().flatten() {
                    prop_assert!((1..=10_000).contains(&when.year()), "{}", when);
                }
                let _ = query.filter(1);
                let _ = form.describe();
            }
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    #[test]
    fn an_address_is_its_own_network_and_is_found_by_its_stored_text(ip in ip()) {
        let net = ip.to_string().parse::<Net>();
        prop_assert!(net.is_ok());
        prop_assert!(net.map(|n| n.contains(&ip)).unwrap_or(false));
        let text = stored(ip);
        let back: Result<IpAddr, _> = text.parse();
        prop_assert_eq!(back.ok(), Some(ip.to_canonical()));
        prop_assert_eq!(search(&ip.to_string()), Ok(vec![TextMatch::Exact(text.clone())]));
        prop_assert_eq!(search(&text), Ok(vec![TextMatch::Exact(text)]));
    }

    #[test]
    fn a_range_finds_exactly_its_own_addresses(base in ip(), other in ip(), bits in 0u8..=128) {
        let Ok(net) = ipnet::IpNet::new(base, bits.min(if base.is_ipv4() { 32 } else { 128 })) else {
            return Ok(());
        };
        let written = net.to_string();
        let as_setting = written.parse::<Net>();
        prop_assert!(as_setting.is_ok());
        let as_setting = as_setting.unwrap_or_else(|_| unreachable!());
        prop_assert!(as_setting.contains(&base));
        let Ok(patterns) = search(&written) else {
            return Ok(());
        };
        let canonical = |ip: IpAddr| ip.to_canonical();
        for candidate in [base, other] {
            // IPv4-mapped IPv6 addresses are stored as IPv4; only compare like with like.
            if canonical(candidate).is_ipv4() != base.is_ipv4() {
                continue;
            }
            prop_assert_eq!(
                matches(&patterns, &stored(candidate)),
                net.contains(&canonical(candidate)),
                "{} in {}", candidate, written
            );
        }
    }
}
