//! The signing rate limit: how many new signatures one address may make on one campaign in
//! a window before the next is marked suspect. Suspect signatures are stored and confirmed
//! like any other (the signer sees nothing different) but do not count until reviewed.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use chrono::TimeDelta;

use crate::domain::net::Net;

/// At most `max` signatures in `seconds` seconds, e.g. `5/300`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub max: u32,
    pub seconds: u32,
}

/// Longest window a limit may name: a week.
const MAX_SECONDS: u32 = 7 * 24 * 3600;

impl FromStr for RateLimit {
    type Err = String;

    fn from_str(text: &str) -> Result<RateLimit, String> {
        let wrong = || {
            format!(
                "{text:?} is not a rate limit: write signatures/seconds, like 5/300 \
                 (at least 1 signature, 1 to {MAX_SECONDS} seconds)"
            )
        };
        let (max, seconds) = text.trim().split_once('/').ok_or_else(wrong)?;
        let max: u32 = max.trim().parse().map_err(|_| wrong())?;
        let seconds: u32 = seconds.trim().parse().map_err(|_| wrong())?;
        if max == 0 || seconds == 0 || seconds > MAX_SECONDS {
            return Err(wrong());
        }
        Ok(RateLimit { max, seconds })
    }
}

impl fmt::Display for RateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.max, self.seconds)
    }
}

impl RateLimit {
    pub fn window(&self) -> TimeDelta {
        TimeDelta::seconds(i64::from(self.seconds))
    }
}

/// The limits on signing and the networks exempt from them (shared networks, such as a
/// university's, where many genuine signers share one address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignLimits {
    pub limits: Vec<RateLimit>,
    pub allow: Vec<Net>,
}

impl SignLimits {
    /// The longest window and the largest count of any limit: the newest `most` signatures
    /// within `longest` answer every limit, since a limit is reached exactly when its `max`
    /// newest signatures all lie inside its window.
    pub fn reach(&self) -> (TimeDelta, i64) {
        let longest = self.limits.iter().map(RateLimit::window).max();
        let most = self.limits.iter().map(|limit| limit.max).max();
        (longest.unwrap_or_default(), i64::from(most.unwrap_or(0)))
    }
}

/// What the rule decided about a new signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within every limit.
    Within,
    /// Over a limit: stored as suspect.
    Over(RateLimit),
    /// From an allow-listed network: never limited.
    Exempt,
    /// The address is not known, so there is nothing to limit by.
    NoAddress,
}

impl Verdict {
    pub fn is_suspect(self) -> bool {
        matches!(self, Verdict::Over(_))
    }
}

/// Decides whether a new signature from `ip` goes over a limit. `made_within(window)`
/// says how many signatures this address made on the campaign in the last `window`
/// (before this one); it is asked only when needed, once per limit.
pub fn check<E>(
    limits: &SignLimits,
    ip: Option<IpAddr>,
    mut made_within: impl FnMut(TimeDelta) -> Result<i64, E>,
) -> Result<Verdict, E> {
    let Some(ip) = ip else {
        return Ok(Verdict::NoAddress);
    };
    if limits.allow.iter().any(|net| net.contains(&ip)) {
        return Ok(Verdict::Exempt);
    }
    for limit in &limits.limits {
        if made_within(limit.window())? >= i64::from(limit.max) {
            return Ok(Verdict::Over(*limit));
        }
    }
    Ok(Verdict::Within)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(allow: &[&str]) -> SignLimits {
        SignLimits {
            limits: vec!["1/60".parse().unwrap(), "5/300".parse().unwrap()],
            allow: allow.iter().map(|a| a.parse().unwrap()).collect(),
        }
    }

    /// A history of signatures made this many seconds ago.
    fn history(ages: &[i64]) -> impl FnMut(TimeDelta) -> Result<i64, ()> + '_ {
        move |window| {
            Ok(ages
                .iter()
                .filter(|age| TimeDelta::seconds(**age) < window)
                .count() as i64)
        }
    }

    fn verdict(ages: &[i64]) -> Verdict {
        check(
            &limits(&[]),
            Some("203.0.113.7".parse().unwrap()),
            history(ages),
        )
        .unwrap()
    }

    #[test]
    fn limits_parse_from_settings_text() {
        assert_eq!(
            "5/300".parse::<RateLimit>(),
            Ok(RateLimit {
                max: 5,
                seconds: 300
            })
        );
        assert_eq!(" 1 / 60 ".parse::<RateLimit>().unwrap().to_string(), "1/60");
        for bad in [
            "", "5", "5/", "/300", "0/60", "1/0", "-1/60", "1/60/2", "a/b", "1/999999",
        ] {
            assert!(bad.parse::<RateLimit>().is_err(), "{bad:?}");
        }
        assert!("x".parse::<RateLimit>().unwrap_err().contains("like 5/300"));
    }

    #[test]
    fn the_first_signature_is_within_and_a_quick_second_is_over_the_burst() {
        assert_eq!(verdict(&[]), Verdict::Within);
        assert_eq!(verdict(&[10]), Verdict::Over("1/60".parse().unwrap()));
        assert_eq!(verdict(&[61]), Verdict::Within);
    }

    #[test]
    fn five_in_five_minutes_is_the_most_before_the_next_is_over() {
        assert_eq!(verdict(&[70, 130, 190, 250]), Verdict::Within);
        assert_eq!(
            verdict(&[70, 130, 190, 250, 290]),
            Verdict::Over("5/300".parse().unwrap())
        );
        assert_eq!(verdict(&[70, 130, 190, 250, 310]), Verdict::Within);
    }

    #[test]
    fn allow_listed_and_unknown_addresses_are_never_limited() {
        let allow = limits(&["192.0.2.0/24", "2001:db8::/32"]);
        let busy = |_| Ok::<i64, ()>(1000);
        let at = |ip: &str| check(&allow, Some(ip.parse().unwrap()), busy).unwrap();
        assert_eq!(at("192.0.2.200"), Verdict::Exempt);
        assert_eq!(at("2001:db8::1"), Verdict::Exempt);
        assert!(at("192.0.3.1").is_suspect());
        assert_eq!(check(&allow, None, busy), Ok(Verdict::NoAddress));
    }

    #[test]
    fn the_newest_signatures_in_the_longest_window_answer_every_limit() {
        let limits = limits(&[]);
        assert_eq!(limits.reach(), (TimeDelta::seconds(300), 5));
        let no_limits = SignLimits {
            limits: Vec::new(),
            allow: Vec::new(),
        };
        assert_eq!(no_limits.reach(), (TimeDelta::zero(), 0));
    }

    #[test]
    fn counts_are_asked_only_while_needed() {
        let mut asked = Vec::new();
        let result = check(&limits(&[]), Some("198.51.100.1".parse().unwrap()), |w| {
            asked.push(w.num_seconds());
            Ok::<i64, ()>(3)
        });
        assert_eq!(result, Ok(Verdict::Over("1/60".parse().unwrap())));
        assert_eq!(asked, vec![60]);
    }
}
