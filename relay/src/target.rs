//! Which upstream URLs the relay may fetch: the policy every URL passes
//! before a connection is made, the first and after every redirect.
//!
//! A URL is fetched only when
//! 1. it is `http` or `https`, with no user name or password;
//! 2. its host (compared after parsing: lower-case, IPv4 in any spelling
//!    read as the address it means, IPv6 canonical) is on the allowlist:
//!    an entry `host:port` allows that port, an entry `host` the scheme's
//!    default port (80, 443);
//! 3. its host is a public address or a name, unless the allowlist names
//!    that exact `host:port`: loopback, private, link-local, unique-local
//!    and every other non-public address (also inside IPv4-mapped IPv6),
//!    and the name `localhost`, are refused otherwise.
//!
//! What passes is rebuilt from its parsed parts ([`Target::url`]), so what
//! the worker fetches is exactly what was checked. Names are resolved by
//! the network layer, which refuses non-public addresses on its own
//! (workerd's `allow = ["public"]`, Cloudflare's network in production).

use std::fmt::Write;

use crate::error::{Code, RelayError};
use crate::ip::{self, Literal};

/// A URL the relay may fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The URL rebuilt from its checked parts (no fragment, no user info).
    pub url: String,
    /// The host as compared (lower-case; IPv4 dotted; IPv6 in brackets).
    pub host: String,
    /// The port connected to (the scheme's default when none is written).
    pub port: u16,
}

/// The upstream hosts the relay may fetch, from `RELAY_ALLOW`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Allowlist {
    entries: Vec<(String, Option<u16>)>,
}

impl Allowlist {
    /// Reads a comma-separated list of `host` or `host:port` (white space
    /// around entries ignored; an entry that is not a valid host is
    /// skipped, so a typo allows nothing rather than something else).
    pub fn parse(list: &str) -> Allowlist {
        let entries = list
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .filter_map(|e| {
                let (host, port) = split_host_port(e).ok()?;
                let host = canonical_host(host).ok()?.0;
                let port = match port {
                    Some(p) => Some(parse_port(p).ok()?),
                    None => None,
                };
                Some((host, port))
            })
            .collect();
        Allowlist { entries }
    }

    /// Whether no entry was given (the relay then fetches nothing).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry that allows `host` on `port` (`true` when it names the
    /// port), if any.
    fn find(&self, host: &str, port: u16, default_port: u16) -> Option<bool> {
        self.entries
            .iter()
            .filter(|(h, _)| h == host)
            .find_map(|(_, p)| match p {
                Some(p) if *p == port => Some(true),
                None if port == default_port => Some(false),
                _ => None,
            })
    }
}

/// Checks `raw` against the policy (see the module docs).
pub fn check(raw: &str, allow: &Allowlist) -> Result<Target, RelayError> {
    if raw.is_empty() {
        return Err(RelayError::new(
            Code::BadRequest,
            "the url parameter is empty",
        ));
    }
    if raw.len() > MAX_URL_BYTES {
        return Err(RelayError::new(
            Code::BadRequest,
            format!("the url is longer than {MAX_URL_BYTES} bytes"),
        ));
    }
    if raw.chars().any(|c| c <= ' ' || c == '\\' || c == '\u{7f}') {
        return Err(bad_url(
            raw,
            "it holds white space, control characters or backslashes",
        ));
    }
    let (scheme, rest) = raw
        .split_once("://")
        .ok_or_else(|| bad_url(raw, "it is not an absolute http(s) URL"))?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => {
            return Err(RelayError::new(
                Code::SchemeNotAllowed,
                format!("only http and https URLs are relayed, not {scheme}:"),
            ))
        }
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return Err(RelayError::new(
            Code::CredentialsNotAllowed,
            "URLs with a user name or password are not relayed",
        ));
    }
    let (host, port) = split_host_port(authority).map_err(|why| bad_url(raw, why))?;
    let (host, literal) = canonical_host(host).map_err(|why| bad_url(raw, why))?;
    let port = match port {
        Some(p) => parse_port(p).map_err(|why| bad_url(raw, why))?,
        None => default_port,
    };
    let Some(exact) = allow.find(&host, port, default_port) else {
        return Err(RelayError::new(
            Code::HostNotAllowed,
            format!("{host}:{port} is not on this relay's allowlist"),
        ));
    };
    let public = match literal {
        Literal::V4(ip) => ip::is_public_v4(ip),
        Literal::V6(ip) => ip::is_public_v6(ip),
        Literal::Name => !is_local_name(&host),
    };
    if !public && !exact {
        return Err(RelayError::new(
            Code::AddressNotAllowed,
            format!(
                "{host} is not a public address; the allowlist must name {host}:{port} exactly to allow it"
            ),
        ));
    }
    let mut url = format!("{scheme}://{host}");
    if port != default_port {
        let _ = write!(url, ":{port}");
    }
    let path = tail.split('#').next().unwrap_or("");
    if !path.starts_with('/') {
        url.push('/');
    }
    push_encoded(&mut url, path);
    Ok(Target { url, host, port })
}

/// Longest `url` parameter accepted.
pub const MAX_URL_BYTES: usize = 2048;

fn bad_url(raw: &str, why: &str) -> RelayError {
    RelayError::new(
        Code::BadRequest,
        format!("the url {raw:?} is not usable: {why}"),
    )
}

/// Names that always mean this machine.
fn is_local_name(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    host == "localhost" || host.ends_with(".localhost")
}

/// `host[:port]` or `[v6][:port]`, split.
fn split_host_port(authority: &str) -> Result<(&str, Option<&str>), &'static str> {
    if let Some(rest) = authority.strip_prefix('[') {
        let close = rest.find(']').ok_or("an IPv6 address is not closed")?;
        let after = &rest[close + 1..];
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':').ok_or("junk after the IPv6 address")?),
        };
        return Ok((&authority[..close + 2], port));
    }
    match authority.split_once(':') {
        Some((host, port)) => Ok((host, Some(port))),
        None => Ok((authority, None)),
    }
}

fn parse_port(port: &str) -> Result<u16, &'static str> {
    if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the port is not a number from 1 to 65535");
    }
    match port.parse::<u16>() {
        Ok(0) | Err(_) => Err("the port is not a number from 1 to 65535"),
        Ok(p) => Ok(p),
    }
}

/// The host as the URL parser leaves it, and what it is. Names are
/// lower-cased and limited to letters, digits, `-`, `_` and `.` (an
/// internationalized name must be given in its `xn--` form); percent
/// signs and every other character are refused.
fn canonical_host(host: &str) -> Result<(String, Literal), &'static str> {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        let Some(Literal::V6(ip)) = ip::literal(&inner.to_ascii_lowercase(), true) else {
            return Err("the IPv6 address is not valid");
        };
        return Ok((format!("[{ip}]"), Literal::V6(ip)));
    }
    let host = host.to_ascii_lowercase();
    if host.is_empty() || host.len() > 253 {
        return Err("the host is empty or too long");
    }
    if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    {
        return Err("the host holds characters other than letters, digits, '-', '_' and '.'");
    }
    match ip::literal(&host, false) {
        None => Err("the host looks like an IPv4 address but is not a valid one"),
        Some(Literal::V4(ip)) => Ok((ip.to_string(), Literal::V4(ip))),
        Some(literal) => Ok((host, literal)),
    }
}

/// Appends the path and query, percent-encoding what a URL may not hold
/// raw (non-ASCII bytes, quotes, angle brackets).
fn push_encoded(out: &mut String, s: &str) {
    for b in s.bytes() {
        if b.is_ascii_graphic()
            && !matches!(b, b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'^')
        {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(url: &str, allow: &str) -> Result<String, Code> {
        check(url, &Allowlist::parse(allow))
            .map(|t| t.url)
            .map_err(|e| e.code)
    }

    #[test]
    fn allowed_urls_are_rebuilt_from_their_parts() {
        let allow = "wire.example, news.example:8443, 127.0.0.1:9000, [::1]:9001";
        assert_eq!(
            code("HTTPS://Wire.Example/feed.xml?x=1#frag", allow),
            Ok("https://wire.example/feed.xml?x=1".into())
        );
        assert_eq!(
            code("http://wire.example", allow),
            Ok("http://wire.example/".into())
        );
        assert_eq!(
            code("https://news.example:8443/a b", "news.example:8443").map_err(|_| ()),
            Err(())
        );
        assert_eq!(
            code("https://news.example:8443/é", allow),
            Ok("https://news.example:8443/%C3%A9".into())
        );
        assert_eq!(
            code("http://127.0.0.1:9000/feed", allow),
            Ok("http://127.0.0.1:9000/feed".into())
        );
        // Another spelling of the allowlisted address is that address.
        assert_eq!(
            code("http://2130706433:9000/feed", allow),
            Ok("http://127.0.0.1:9000/feed".into())
        );
        assert_eq!(
            code("http://[0:0::1]:9001/", allow),
            Ok("http://[::1]:9001/".into())
        );
    }

    #[test]
    fn only_http_and_https() {
        for url in [
            "ftp://wire.example/",
            "file:///etc/passwd",
            "gopher://wire.example/",
            "javascript://wire.example/%0aalert(1)",
        ] {
            assert_eq!(
                code(url, "wire.example"),
                Err(Code::SchemeNotAllowed),
                "{url}"
            );
        }
        for url in ["data:text/plain,x", "/relative", "wire.example/feed"] {
            assert_eq!(code(url, "wire.example"), Err(Code::BadRequest), "{url}");
        }
    }

    #[test]
    fn hosts_compare_exactly_after_parsing() {
        let allow = "127.0.0.1:9000";
        assert_eq!(
            code("http://localhost:9000/", allow),
            Err(Code::HostNotAllowed)
        );
        assert_eq!(
            code("http://127.0.0.1:9001/", allow),
            Err(Code::HostNotAllowed)
        );
        assert_eq!(
            code("http://wire.example/", allow),
            Err(Code::HostNotAllowed)
        );
        assert_eq!(
            code("http://wire.example.evil/", "wire.example"),
            Err(Code::HostNotAllowed)
        );
        assert_eq!(
            code("http://evilwire.example/", "wire.example"),
            Err(Code::HostNotAllowed)
        );
        // A host entry allows the default ports only.
        assert_eq!(
            code("https://wire.example:444/", "wire.example"),
            Err(Code::HostNotAllowed)
        );
        assert!(code("http://wire.example:80/", "wire.example").is_ok());
    }

    #[test]
    fn non_public_addresses_need_an_exact_entry() {
        // Each of these is allowlisted by host alone, so refused as local.
        for (url, allow) in [
            ("http://127.0.0.1/", "127.0.0.1"),
            ("http://2130706433/", "127.0.0.1"),
            ("http://0x7f.1/", "127.0.0.1"),
            ("http://0177.0.0.1/", "127.0.0.1"),
            ("http://10.0.0.1/", "10.0.0.1"),
            ("http://192.168.0.1/", "192.168.0.1"),
            ("http://169.254.169.254/", "169.254.169.254"),
            ("http://[::1]/", "[::1]"),
            ("http://[::ffff:127.0.0.1]/", "[::ffff:7f00:1]"),
            ("http://[fd00::1]/", "[fd00::1]"),
            ("http://[fe80::1]/", "[fe80::1]"),
            ("http://localhost/", "localhost"),
            ("http://a.localhost/", "a.localhost"),
        ] {
            assert_eq!(code(url, allow), Err(Code::AddressNotAllowed), "{url}");
        }
        assert!(code("http://localhost:9000/", "localhost:9000").is_ok());
        assert!(code("http://[::ffff:127.0.0.1]:9000/", "[::ffff:127.0.0.1]:9000").is_ok());
    }

    #[test]
    fn malformed_urls_are_bad_requests() {
        for url in [
            "http://wire.example\\@evil.example/",
            "http://wire.example /",
            "http://wire.example:99999/",
            "http://wire.example:0/",
            "http://wire.example:x/",
            "http://wire%2eexample/",
            "http://wire.exämple/",
            "http://256.1.1.1/",
            "http://[::1/",
            "http:///feed",
            "http://wire.example\t/",
        ] {
            assert_eq!(code(url, "wire.example"), Err(Code::BadRequest), "{url}");
        }
        assert_eq!(
            code("http://user:pw@wire.example/", "wire.example"),
            Err(Code::CredentialsNotAllowed)
        );
        let long = format!("http://wire.example/{}", "a".repeat(MAX_URL_BYTES));
        assert_eq!(code(&long, "wire.example"), Err(Code::BadRequest));
    }

    #[test]
    fn allowlist_skips_bad_entries() {
        let a = Allowlist::parse(" , wire.example , bad host, 1.2.3.4:99999, x:1 ");
        assert_eq!(
            a.entries,
            vec![
                ("wire.example".to_string(), None),
                ("x".to_string(), Some(1))
            ]
        );
        assert!(Allowlist::parse("").is_empty());
        assert_eq!(code("http://wire.example/", ""), Err(Code::HostNotAllowed));
    }
}
