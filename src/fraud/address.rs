//! Client addresses as stored on signatures, and the search patterns that find them.
//!
//! IPv4 is stored dotted (`203.0.113.7`). IPv6 is stored as all eight groups in lower-case
//! hex without leading zeros and never shortened with `::` (`2001:db8:0:0:0:0:0:1`), which
//! is valid IPv6 text in which every network's addresses share a text prefix. So a range
//! (CIDR) becomes a few text patterns that the database can match on both engines.

use std::net::IpAddr;

use ipnet::IpNet;

use crate::db::models::signature_search::TextMatch;
use crate::i18n::Message;

/// The text an address is stored and searched as. IPv4-mapped IPv6 addresses are IPv4.
pub fn stored(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => groups(&v6.segments()),
    }
}

/// What the signing limit counts a client by: an IPv4 address alone, but an IPv6 address
/// with the rest of its /64 (one home or phone is given a whole /64, so each of its
/// addresses is no more a separate person than one port is). The text is the stored
/// address, or for IPv6 the start its /64 shares (`2001:db8:0:0:`), always ending in `:`.
pub fn limit_bucket(ip: IpAddr) -> String {
    bucket_of_stored(&stored(ip))
}

/// [`limit_bucket`] of an address as stored.
pub fn bucket_of_stored(stored: &str) -> String {
    if !stored.contains(':') {
        return stored.to_owned();
    }
    let mut bucket: String = stored
        .split(':')
        .take(4)
        .flat_map(|group| [group, ":"])
        .collect();
    if bucket.is_empty() {
        bucket.push(':');
    }
    bucket
}

fn groups(segments: &[u16]) -> String {
    segments
        .iter()
        .map(|g| format!("{g:x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Most patterns one range may need (a /25 in IPv4 needs 128, a /56 in IPv6 256).
const MAX_PATTERNS: usize = 256;

const HOW: Message = Message::new("error-search-ip");

/// Parses what a moderator typed into the patterns that find it: a whole address matches
/// only itself; a range matches exactly its addresses; anything else is the start of an
/// address as stored.
pub fn search(text: &str) -> Result<Vec<TextMatch>, Message> {
    let text = text.trim().to_ascii_lowercase();
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Ok(vec![TextMatch::Exact(stored(ip))]);
    }
    if text.contains('/') {
        let net = text.parse::<IpNet>().map_err(|_| HOW)?;
        return range(net.trunc());
    }
    let allowed = |c: char| c.is_ascii_hexdigit() || c == '.' || c == ':';
    if text.is_empty() || text.len() > 45 || !text.chars().all(allowed) {
        return Err(HOW);
    }
    if text.contains("::") {
        return Err(Message::new("error-search-ipv6-groups"));
    }
    Ok(vec![TextMatch::Prefix(text)])
}

fn range(net: IpNet) -> Result<Vec<TextMatch>, Message> {
    let (parts, width, bits, separator, min) = match net {
        IpNet::V4(v4) => {
            let octets = v4.addr().octets().map(u16::from);
            (octets.to_vec(), 8, v4.prefix_len(), ".", 8)
        }
        IpNet::V6(v6) => (v6.addr().segments().to_vec(), 16, v6.prefix_len(), ":", 16),
    };
    if bits < min {
        return Err(Message::new("error-search-range-too-wide").number("min", i64::from(min)));
    }
    let whole = usize::from(bits / width);
    let spare = u32::from((width - bits % width) % width);
    let variants = 1usize << spare;
    if variants > MAX_PATTERNS {
        return Err(Message::new("error-search-ipv6-length"));
    }
    let show = |part: &u16| match net {
        IpNet::V4(_) => part.to_string(),
        IpNet::V6(_) => format!("{part:x}"),
    };
    let total = parts.len();
    let fixed: Vec<String> = parts[..whole].iter().map(show).collect();
    let pattern = |mut head: Vec<String>| {
        if head.len() == total {
            TextMatch::Exact(head.join(separator))
        } else {
            head.push(String::new());
            TextMatch::Prefix(head.join(separator))
        }
    };
    if spare == 0 {
        return Ok(vec![pattern(fixed)]);
    }
    let base = parts[whole];
    Ok((0..variants)
        .map(|n| {
            let mut head = fixed.clone();
            // `n` < 2^spare <= 2^16, and `base` has its low `spare` bits clear.
            head.push(show(&(base | u16::try_from(n).unwrap_or(0))));
            pattern(head)
        })
        .collect())
}

#[cfg(test)]
mod tests {

    #[test]
    fn ipv6_addresses_are_limited_by_their_64() {
        let bucket = |text: &str| super::limit_bucket(text.parse().unwrap());
        assert_eq!(bucket("203.0.113.7"), "203.0.113.7");
        assert_eq!(bucket("2001:db8:1:2::1"), "2001:db8:1:2:");
        assert_eq!(bucket("2001:db8:1:2:ffff::9"), "2001:db8:1:2:");
        assert_ne!(bucket("2001:db8:1:3::1"), bucket("2001:db8:1:2::1"));
        assert_eq!(bucket("::ffff:203.0.113.7"), "203.0.113.7");
    }

    use super::*;
    use TextMatch::{Exact, Prefix};

    fn p(text: &str) -> TextMatch {
        Prefix(text.to_owned())
    }

    #[test]
    fn addresses_are_stored_in_a_searchable_form() {
        assert_eq!(stored("203.0.113.7".parse().unwrap()), "203.0.113.7");
        assert_eq!(
            stored("2001:DB8::1".parse().unwrap()),
            "2001:db8:0:0:0:0:0:1"
        );
        assert_eq!(
            stored("::ffff:198.51.100.2".parse().unwrap()),
            "198.51.100.2"
        );
        let back: IpAddr = stored("2001:db8::1".parse().unwrap()).parse().unwrap();
        assert_eq!(back, "2001:db8::1".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn a_whole_address_matches_only_itself_and_a_start_matches_as_text() {
        assert_eq!(
            search(" 203.0.113.7 "),
            Ok(vec![Exact("203.0.113.7".into())])
        );
        assert_eq!(
            search("2001:db8::1"),
            Ok(vec![Exact("2001:db8:0:0:0:0:0:1".into())])
        );
        assert_eq!(search("203.0.113."), Ok(vec![p("203.0.113.")]));
        assert_eq!(search("2001:DB8:"), Ok(vec![p("2001:db8:")]));
        for bad in [
            "",
            "abc%",
            "203.0.113.*",
            "2001:db8::1:",
            "x".repeat(50).as_str(),
        ] {
            assert!(search(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn ranges_become_exact_patterns() {
        assert_eq!(search("203.0.113.0/24"), Ok(vec![p("203.0.113.")]));
        assert_eq!(search("10.0.0.0/8"), Ok(vec![p("10.")]));
        assert_eq!(
            search("203.0.113.9/32"),
            Ok(vec![Exact("203.0.113.9".into())])
        );
        assert_eq!(
            search("10.1.4.0/22"),
            Ok(vec![p("10.1.4."), p("10.1.5."), p("10.1.6."), p("10.1.7.")])
        );
        let quarter = search("198.51.100.64/26").unwrap();
        assert_eq!(quarter.len(), 64);
        assert_eq!(quarter[0], Exact("198.51.100.64".into()));
        assert_eq!(quarter[63], Exact("198.51.100.127".into()));
        assert_eq!(search("2001:db8::/32"), Ok(vec![p("2001:db8:")]));
        assert_eq!(search("2001:db8:1:2::/64"), Ok(vec![p("2001:db8:1:2:")]));
        let fifty_six = search("2001:db8:1:ab00::/56").unwrap();
        assert_eq!(fifty_six.len(), 256);
        assert_eq!(fifty_six[255], p("2001:db8:1:abff:"));
        assert!(search("10.0.0.0/4").is_err());
        assert!(search("2001:db8::/36").is_err());
        assert!(search("10.0.0.0/33").is_err());
    }
}
