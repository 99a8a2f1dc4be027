//! The query parameters of the relay's endpoints, decoded and validated.
//! `limit`, `item` and `lang` go through the widget's own
//! [`Options::parse`], so they mean and accept exactly what the widget's
//! attributes of the same names do (`limit` 1 to 50).

use syndicard::options::Options;

use crate::error::{Code, RelayError};

/// The parameters of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    /// The feed URL, as given (checked later by [`crate::target::check`]).
    pub url: String,
    /// `limit`, `item` and `lang`, as the widget reads them.
    pub options: Options,
    /// `format=xml` asked for (oEmbed).
    pub xml: bool,
    /// oEmbed's `maxwidth`, `maxheight`.
    pub max_width: Option<u32>,
    /// See `max_width`.
    pub max_height: Option<u32>,
}

/// Names a request may carry; any other is ignored (cache busters).
const KNOWN: &[&str] = &[
    "url",
    "limit",
    "item",
    "lang",
    "format",
    "maxwidth",
    "maxheight",
];

/// Reads a query string (without the `?`).
pub fn parse(query: &str) -> Result<Params, RelayError> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let (k, v) = (decode(k)?, decode(v)?);
        if !KNOWN.contains(&k.as_str()) {
            continue;
        }
        if pairs.iter().any(|(seen, _)| *seen == k) {
            return Err(bad(format!("the {k} parameter is given twice")));
        }
        pairs.push((k, v));
    }
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let url = get("url")
        .filter(|u| !u.is_empty())
        .ok_or_else(|| bad("the url parameter (the feed's URL) is required".into()))?
        .to_string();
    let options = Options::parse(
        ["limit", "item", "lang"]
            .into_iter()
            .filter_map(|name| get(name).map(|v| (name, v))),
    )
    .map_err(|e| bad(e.to_string()))?;
    let xml = match get("format") {
        None | Some("json") => false,
        Some("xml") => true,
        Some(other) => return Err(bad(format!("format={other:?}: expected json or xml"))),
    };
    let side = |name: &str| -> Result<Option<u32>, RelayError> {
        get(name)
            .map(|v| {
                v.parse::<u32>()
                    .ok()
                    .filter(|n| (1..=10_000).contains(n))
                    .ok_or_else(|| bad(format!("{name}={v:?}: expected pixels from 1 to 10000")))
            })
            .transpose()
    };
    Ok(Params {
        url,
        options,
        xml,
        max_width: side("maxwidth")?,
        max_height: side("maxheight")?,
    })
}

fn bad(message: String) -> RelayError {
    RelayError::new(Code::BadRequest, message)
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a
/// byte; the bytes must be UTF-8.
fn decode(s: &str) -> Result<String, RelayError> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        match b {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = rest
                    .get(..2)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        bytes.push(byte);
                        rest = &rest[2..];
                    }
                    None => bytes.push(b'%'),
                }
            }
            _ => bytes.push(b),
        }
    }
    String::from_utf8(bytes).map_err(|_| bad("a query parameter is not UTF-8".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_decodes() {
        let p = parse(
            "url=https%3A%2F%2Fwire.example%2Ff%3Fa%3D1%26b%3D2&limit=3&lang=pt-BR&item=a+b&_=123",
        )
        .unwrap();
        assert_eq!(p.url, "https://wire.example/f?a=1&b=2");
        assert_eq!(p.options.limit, 3);
        assert_eq!(p.options.lang.as_deref(), Some("pt-BR"));
        assert_eq!(p.options.item.as_deref(), Some("a b"));
        assert!(!p.xml);
        let p = parse("url=x").unwrap();
        assert_eq!(p.options.limit, 1);
        assert!(parse("url=x&format=xml").unwrap().xml);
        assert_eq!(parse("url=x&maxwidth=400").unwrap().max_width, Some(400));
    }

    #[test]
    fn refuses_what_the_widget_would() {
        for q in [
            "",
            "limit=2",
            "url=",
            "url=x&limit=0",
            "url=x&limit=51",
            "url=x&limit=two",
            "url=x&lang=en_US!",
            "url=x&format=yaml",
            "url=x&maxwidth=0",
            "url=x&url=y",
            "url=%FF",
        ] {
            let e = parse(q).unwrap_err();
            assert_eq!(e.code, Code::BadRequest, "{q}");
        }
        let e = parse("url=x&limit=99").unwrap_err();
        assert!(
            e.message.contains("limit") && e.message.contains("99"),
            "{}",
            e.message
        );
    }
}
