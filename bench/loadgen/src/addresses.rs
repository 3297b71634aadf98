//! Where the simulated browsers say they are: each iteration draws a client address from a
//! pool of 16 million (`10.0.0.0/8`), sent as `X-Forwarded-For` to a server that trusts the
//! generator's loopback address as a proxy. So the rate limits judge varied clients, as in a
//! real surge, instead of one address (all suspect) or none (a bypass).
//!
//! The addresses only ever travel inside that header: every request goes to loopback.

use std::net::Ipv4Addr;

use rand::Rng;

/// A client address drawn uniformly from `10.0.0.0/8`, never a network or broadcast one.
pub fn draw(rng: &mut impl Rng) -> Ipv4Addr {
    let [_, b, c, d] = rng.random::<u32>().to_be_bytes();
    Ipv4Addr::new(10, b, c, d.clamp(1, 254))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn draws_varied_addresses_inside_ten_slash_eight() {
        let mut rng = rand::rng();
        let drawn: HashSet<Ipv4Addr> = (0..10_000).map(|_| draw(&mut rng)).collect();
        assert!(drawn.len() > 9_900, "only {} distinct", drawn.len());
        for ip in &drawn {
            let [a, _, _, d] = ip.octets();
            assert_eq!(a, 10);
            assert!((1..=254).contains(&d));
        }
    }
}
