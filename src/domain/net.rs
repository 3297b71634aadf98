//! IP addresses and CIDR ranges as configured: trusted proxies, the signing allow list.

use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;

/// An address or CIDR range, e.g. `127.0.0.1` or `10.0.0.0/8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Net(IpNet);

impl FromStr for Net {
    type Err = String;

    fn from_str(text: &str) -> Result<Net, String> {
        let text = text.trim();
        if let Ok(net) = text.parse::<IpNet>() {
            return Ok(Net(net.trunc()));
        }
        text.parse::<IpAddr>()
            .map(|ip| Net(IpNet::from(ip)))
            .map_err(|_| format!("{text:?} is not an IP address or CIDR range"))
    }
}

impl Net {
    pub fn contains(&self, ip: &IpAddr) -> bool {
        self.0.contains(ip)
    }
}
