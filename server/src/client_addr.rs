//! Which address a request comes from, behind the proxies the operator trusts.
//!
//! A proxy appends the address it saw connect to `X-Forwarded-For`; what is further left in the
//! header someone else wrote, and the client may write anything there. So the chain is read from
//! the right: the connection's own address, then each forwarded address, skipping the hops that
//! are trusted proxies; the first address that is not one is the client. `TAAWON_TRUSTED_PROXIES`
//! says which hops are trusted: a count (`1`: the one load balancer in front, as
//! `deploy/nginx.conf`) or a list of networks (`10.0.0.0/8,fd00::/8`). With neither, the header
//! is ignored and the connection's address is the client.

use ipnet::IpNet;
use std::{net::IpAddr, str::FromStr};

/// The proxies in front of the server whose `X-Forwarded-For` entries are believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TrustedProxies {
    /// No proxy: the connection's address is the client.
    #[default]
    None,
    /// This many proxies in front, one behind the other (the nearest is the connection).
    Count(usize),
    /// Proxies are the hops whose address is in one of these networks.
    Networks(Vec<IpNet>),
}

impl FromStr for TrustedProxies {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let raw = raw.trim();
        if raw.is_empty() || raw == "0" || raw.eq_ignore_ascii_case("none") {
            return Ok(Self::None);
        }
        if let Ok(count) = raw.parse::<usize>() {
            return if count <= 16 {
                Ok(Self::Count(count))
            } else {
                Err("a count of proxies from 0 to 16".into())
            };
        }
        raw.split(',')
            .map(|part| {
                let part = part.trim();
                part.parse::<IpNet>()
                    .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{part:?} is neither a count nor a network (CIDR)"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self::Networks)
    }
}

impl TrustedProxies {
    /// The client of a request that came from `peer` with these `X-Forwarded-For` header values
    /// (in order). An entry that does not parse ends the walk: the last hop that did is the
    /// client, as it is the last one a trusted proxy vouched for.
    pub fn client<'a>(&self, peer: IpAddr, forwarded: impl IntoIterator<Item = &'a str>) -> IpAddr {
        if *self == Self::None {
            return peer;
        }
        let hops: Vec<&str> = forwarded
            .into_iter()
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer;
        // Every hop walked before this one was trusted (else the walk had stopped).
        for (trusted_seen, hop) in std::iter::once(None)
            .chain(hops.iter().rev().map(Some))
            .enumerate()
        {
            let address = match hop {
                None => peer,
                Some(text) => match parse_hop(text) {
                    Some(address) => address,
                    None => return client,
                },
            };
            client = address;
            let trusted = match self {
                Self::None => false,
                Self::Count(count) => trusted_seen < *count,
                Self::Networks(networks) => networks.iter().any(|n| n.contains(&address)),
            };
            if !trusted {
                return address;
            }
        }
        client
    }
}

/// One hop of the header: an address, perhaps with a port (`203.0.113.7:5100`, `[2001:db8::1]:80`).
/// Overlong text is refused before parsing.
fn parse_hop(text: &str) -> Option<IpAddr> {
    if text.len() > 64 {
        return None;
    }
    if let Ok(address) = text.parse::<IpAddr>() {
        return Some(canonical(address));
    }
    text.parse::<std::net::SocketAddr>()
        .ok()
        .map(|s| canonical(s.ip()))
}

/// An IPv4 address written as IPv6 (`::ffff:198.51.100.4`) is the IPv4 one.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 @ IpAddr::V4(_) => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("address")
    }

    const NGINX: &str = "10.0.0.2";

    #[test]
    fn settings_read_as_a_count_or_networks() {
        assert_eq!("".parse(), Ok(TrustedProxies::None));
        assert_eq!("0".parse(), Ok(TrustedProxies::None));
        assert_eq!("2".parse(), Ok(TrustedProxies::Count(2)));
        assert_eq!(
            "10.0.0.0/8, 127.0.0.1".parse(),
            Ok(TrustedProxies::Networks(vec![
                "10.0.0.0/8".parse().expect("net"),
                "127.0.0.1/32".parse().expect("net")
            ]))
        );
        assert!("10.0.0.0/8,proxy".parse::<TrustedProxies>().is_err());
        assert!("99".parse::<TrustedProxies>().is_err());
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let client = TrustedProxies::None.client(ip("203.0.113.7"), ["198.51.100.1"]);
        assert_eq!(client, ip("203.0.113.7"));
    }

    #[test]
    fn one_proxy_means_the_address_it_appended() {
        let one = TrustedProxies::Count(1);
        assert_eq!(one.client(ip(NGINX), ["203.0.113.7"]), ip("203.0.113.7"));
        // What the client wrote before the proxy's entry is not believed, in one header or two.
        assert_eq!(
            one.client(ip(NGINX), ["198.51.100.77, 203.0.113.7"]),
            ip("203.0.113.7")
        );
        assert_eq!(
            one.client(ip(NGINX), ["198.51.100.77", "203.0.113.7"]),
            ip("203.0.113.7")
        );
        // A proxy that sent no header: the proxy itself is all we know.
        assert_eq!(one.client(ip(NGINX), []), ip(NGINX));
    }

    #[test]
    fn two_proxies_skip_two_hops() {
        let two = TrustedProxies::Count(2);
        assert_eq!(
            two.client(ip(NGINX), ["1.2.3.4, 203.0.113.7, 10.0.0.9"]),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn networks_skip_every_trusted_hop_and_stop_at_the_first_other() {
        let networks: TrustedProxies = "10.0.0.0/8".parse().expect("networks");
        assert_eq!(
            networks.client(ip(NGINX), ["1.2.3.4, 203.0.113.7, 10.0.0.9"]),
            ip("203.0.113.7")
        );
        // A client that connects directly is not a proxy: its header is not believed.
        assert_eq!(
            networks.client(ip("203.0.113.7"), ["10.0.0.5"]),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn garbage_in_the_header_stops_at_the_last_vouched_hop() {
        let one = TrustedProxies::Count(1);
        assert_eq!(one.client(ip(NGINX), ["not-an-address"]), ip(NGINX));
        assert_eq!(one.client(ip(NGINX), [&*"9".repeat(10_000)]), ip(NGINX));
        assert_eq!(
            one.client(ip(NGINX), ["[2001:db8::1]:443"]),
            ip("2001:db8::1")
        );
        assert_eq!(
            one.client(ip(NGINX), ["::ffff:198.51.100.4"]),
            ip("198.51.100.4")
        );
    }
}
