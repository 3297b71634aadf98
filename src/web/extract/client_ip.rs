//! The client's address: the socket's peer, or the X-Forwarded-For entry added by a proxy
//! we trust. Anyone can send X-Forwarded-For, so it is believed only from trusted proxies.

use std::net::IpAddr;

use actix_web::HttpRequest;

use crate::domain::net::Net;

/// The address a request came from, as far as we can trust it.
pub fn client_ip(req: &HttpRequest, trusted_proxies: &[Net]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    from_chain(peer, forwarded_for(req).as_deref(), trusted_proxies)
}

fn forwarded_for(req: &HttpRequest) -> Option<String> {
    let values: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(","))
}

/// Walks X-Forwarded-For from the nearest hop back while the hop is a trusted proxy; the
/// first untrusted address is the client.
fn from_chain(peer: IpAddr, forwarded: Option<&str>, trusted: &[Net]) -> Option<IpAddr> {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let mut client = peer;
    for hop in forwarded.unwrap_or_default().rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !is_trusted(&ip) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    Some(client)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted: Vec<Net> = vec!["127.0.0.1".parse().unwrap(), "10.0.0.0/8".parse().unwrap()];
        assert_eq!(
            from_chain(ip("203.0.113.9"), Some("1.2.3.4"), &trusted),
            Some(ip("203.0.113.9"))
        );
        assert_eq!(
            from_chain(ip("127.0.0.1"), Some("1.2.3.4"), &trusted),
            Some(ip("1.2.3.4"))
        );
        assert_eq!(
            from_chain(
                ip("127.0.0.1"),
                Some("6.6.6.6, 1.2.3.4, 10.1.1.1"),
                &trusted
            ),
            Some(ip("1.2.3.4")),
            "a client cannot spoof an address in front of the real one"
        );
        assert_eq!(
            from_chain(ip("127.0.0.1"), Some("garbage"), &trusted),
            Some(ip("127.0.0.1"))
        );
        assert_eq!(
            from_chain(ip("127.0.0.1"), None, &trusted),
            Some(ip("127.0.0.1"))
        );
        assert!("not-an-ip".parse::<Net>().is_err());
        assert!("::1".parse::<Net>().is_ok());
    }
}
