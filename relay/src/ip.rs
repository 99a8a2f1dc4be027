//! IP address literals in URL hosts: parsing them as the WHATWG URL parser
//! does (so `2130706433`, `0x7f.1` and `0177.0.0.1` are all `127.0.0.1`),
//! and telling a public address from one the relay must never reach
//! (private, loopback, link-local, unique-local, and every other block
//! that is not the public internet).

use std::net::{Ipv4Addr, Ipv6Addr};

/// What a host string is, once parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Literal {
    /// An IPv4 address, in any spelling the URL parser accepts.
    V4(Ipv4Addr),
    /// An IPv6 address (written in brackets in a URL).
    V6(Ipv6Addr),
    /// Not an address: a domain name.
    Name,
}

/// Reads `host` (ASCII, lower-case, without brackets for IPv6 unless
/// `bracketed`) as the URL parser would. `None` when it looks like an
/// address but is not a valid one (the URL parser fails on those too).
pub fn literal(host: &str, bracketed: bool) -> Option<Literal> {
    if bracketed {
        return host.parse::<Ipv6Addr>().ok().map(Literal::V6);
    }
    if !ends_in_number(host) {
        return Some(Literal::Name);
    }
    ipv4(host).map(Literal::V4)
}

/// The WHATWG "ends in a number" check: the last dot-separated part (a
/// single trailing dot ignored) is all decimal digits, or `0x` followed by
/// hex digits. Such a host must parse as IPv4 or the URL is invalid.
fn ends_in_number(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    let last = host.rsplit('.').next().unwrap_or("");
    if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    last.strip_prefix("0x")
        .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The WHATWG IPv4 parser: one to four parts, each decimal, octal (a
/// leading `0`) or hex (`0x`); the last part fills the remaining bytes.
fn ipv4(host: &str) -> Option<Ipv4Addr> {
    let host = host.strip_suffix('.').unwrap_or(host);
    let parts: Vec<&str> = host.split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    let numbers: Vec<u64> = parts.iter().map(|p| number(p)).collect::<Option<_>>()?;
    let (last, init) = numbers.split_last()?;
    if init.iter().any(|&n| n > 255) {
        return None;
    }
    let room = 256u64.checked_pow(5 - numbers.len() as u32)?;
    if *last >= room {
        return None;
    }
    let mut value = *last;
    for (i, &n) in init.iter().enumerate() {
        value += n << (8 * (3 - i));
    }
    u32::try_from(value).ok().map(Ipv4Addr::from)
}

/// One IPv4 part: `0x…` hex (empty is 0), `0…` octal, else decimal.
fn number(part: &str) -> Option<u64> {
    if part.is_empty() {
        return None;
    }
    let (digits, radix) = if let Some(hex) = part.strip_prefix("0x") {
        if hex.is_empty() {
            return Some(0);
        }
        (hex, 16)
    } else if part.len() > 1 && part.starts_with('0') {
        (&part[1..], 8)
    } else {
        (part, 10)
    };
    // Far larger than any address: refuse rather than overflow.
    if digits.len() > 12 {
        return None;
    }
    u64::from_str_radix(digits, radix).ok()
}

/// IPv4 blocks that are not the public internet: `(network, prefix)`.
const V4_NOT_PUBLIC: &[([u8; 4], u8)] = &[
    ([0, 0, 0, 0], 8),       // "this network"
    ([10, 0, 0, 0], 8),      // private
    ([100, 64, 0, 0], 10),   // carrier-grade NAT
    ([127, 0, 0, 0], 8),     // loopback
    ([169, 254, 0, 0], 16),  // link-local (cloud metadata lives here)
    ([172, 16, 0, 0], 12),   // private
    ([192, 0, 0, 0], 24),    // IETF protocol assignments
    ([192, 0, 2, 0], 24),    // documentation
    ([192, 88, 99, 0], 24),  // 6to4 relay anycast
    ([192, 168, 0, 0], 16),  // private
    ([198, 18, 0, 0], 15),   // benchmarking
    ([198, 51, 100, 0], 24), // documentation
    ([203, 0, 113, 0], 24),  // documentation
    ([224, 0, 0, 0], 4),     // multicast
    ([240, 0, 0, 0], 4),     // reserved, and broadcast
];

/// IPv6 blocks that are not the public internet (those that embed an IPv4
/// address are judged by it, in [`is_public_v6`]): `(network, prefix)`.
const V6_NOT_PUBLIC: &[(u128, u8)] = &[
    (0, 128),                                        // unspecified
    (1, 128),                                        // loopback
    (0x0100_0000_0000_0000 << 64, 64),               // discard-only
    (0x2001_0000_0000_0000_0000_0000_0000_0000, 23), // IETF protocol assignments (Teredo, ORCHID…)
    (0x2001_0db8_0000_0000_0000_0000_0000_0000, 32), // documentation
    (0xfc00_0000_0000_0000_0000_0000_0000_0000, 7),  // unique-local
    (0xfe80_0000_0000_0000_0000_0000_0000_0000, 10), // link-local
    (0xfec0_0000_0000_0000_0000_0000_0000_0000, 10), // site-local (deprecated)
    (0xff00_0000_0000_0000_0000_0000_0000_0000, 8),  // multicast
];

/// Whether `ip` is a public internet address.
pub fn is_public_v4(ip: Ipv4Addr) -> bool {
    let ip = u32::from(ip);
    !V4_NOT_PUBLIC.iter().any(|&(net, prefix)| {
        let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
        ip & mask == u32::from_be_bytes(net) & mask
    })
}

/// Whether `ip` is a public internet address. Addresses that carry an IPv4
/// address (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`,
/// NAT64 `64:ff9b::a.b.c.d`, 6to4 `2002:AABB:CCDD::`) are judged by it.
pub fn is_public_v6(ip: Ipv6Addr) -> bool {
    let bits = u128::from(ip);
    let low32 = Ipv4Addr::from(bits as u32);
    let embedded = match bits >> 32 {
        0xffff | 0 => Some(low32),
        0x0064_ff9b_0000_0000_0000_0000 => Some(low32),
        _ if bits >> 112 == 0x2002 => Some(Ipv4Addr::from((bits >> 80) as u32)),
        _ => None,
    };
    // `::` and `::1` are in the table below, not IPv4-compatible addresses.
    if let Some(v4) = embedded.filter(|_| bits > 1) {
        return is_public_v4(v4);
    }
    !V6_NOT_PUBLIC.iter().any(|&(net, prefix)| {
        let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
        bits & mask == net & mask
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(host: &str) -> Option<Ipv4Addr> {
        match literal(host, false)? {
            Literal::V4(ip) => Some(ip),
            _ => None,
        }
    }

    #[test]
    fn every_spelling_of_an_ipv4_address() {
        let loopback = Some(Ipv4Addr::new(127, 0, 0, 1));
        for host in [
            "127.0.0.1",
            "2130706433",
            "0x7f000001",
            "0x7f.1",
            "0177.0.0.1",
            "0177.0.0.01",
            "127.1",
            "127.0.1",
            "0x7f.0.0.0x1",
            "127.0.0.1.",
        ] {
            assert_eq!(v4(host), loopback, "{host}");
        }
        assert_eq!(v4("0"), Some(Ipv4Addr::UNSPECIFIED));
        assert_eq!(v4("0x"), Some(Ipv4Addr::UNSPECIFIED));
        assert_eq!(v4("10.1"), Some(Ipv4Addr::new(10, 0, 0, 1)));
        assert_eq!(v4("3232235521"), Some(Ipv4Addr::new(192, 168, 0, 1)));
    }

    #[test]
    fn invalid_addresses_and_names() {
        for host in [
            "256.0.0.1",
            "1.2.3.4.5",
            "4294967296",
            "0x100000000",
            "1.256.1",
            "08.0.0.1",
            "1..1",
            "99999999999999999999",
        ] {
            assert_eq!(literal(host, false), None, "{host}");
        }
        for host in ["wire.example", "127.0.0.1.nip.io", "0x7f.example", "a1"] {
            assert_eq!(literal(host, false), Some(Literal::Name), "{host}");
        }
        assert_eq!(literal("not-v6", true), None);
    }

    #[test]
    fn public_and_not_public_ipv4() {
        for ip in [
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "127.0.0.1",
            "127.255.255.254",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "198.18.0.1",
        ] {
            assert!(!is_public_v4(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "8.8.8.8",
            "1.1.1.1",
            "172.32.0.1",
            "192.169.0.1",
            "93.184.215.14",
        ] {
            assert!(is_public_v4(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn public_and_not_public_ipv6() {
        for ip in [
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:7f00:1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "::127.0.0.1",
            "64:ff9b::10.0.0.1",
            "2002:7f00:1::",
            "2002:c0a8:101::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            "2001::1",
        ] {
            assert!(!is_public_v6(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "2606:4700:4700::1111",
            "::ffff:8.8.8.8",
            "64:ff9b::8.8.8.8",
            "2a00:1450::1",
        ] {
            assert!(is_public_v6(ip.parse().unwrap()), "{ip}");
        }
    }
}
