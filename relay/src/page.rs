//! `/v1/card`: the static cards as a whole HTML page, an iframe fallback
//! and what crawlers see, served with a Content Security Policy that
//! allows no script at all and only the page's own stylesheet (by hash).

use sha2::{Digest, Sha256};

use crate::dissect::Card;
use crate::static_card::{self, escape_text, Layout};

/// The page's stylesheet (the only inline content its CSP allows).
const STYLE: &str =
    "body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}\
.syndicard{max-width:40em;margin:0 auto;padding:1em 1.25em;border-bottom:1px solid #ddd}\
.title{font-size:1.25em;line-height:1.3;margin:0 0 .25em}.title a{color:inherit}\
.meta{color:#555;font-size:.875em;margin:0 0 .75em}.image{max-width:100%;height:auto}\
.sectors{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5em}\
.sectors li{font-size:.75em;border:1px solid #ccc;border-radius:1em;padding:0 .6em}\
.body img{max-width:100%;height:auto}.boilerplate{font-size:.875em;color:#444}\
.disclaimer{font-size:.75em;color:#555;border-top:1px solid #eee;margin-top:1em;padding-top:.5em}\
@media (prefers-color-scheme:dark){body{color:#eee;background:#111}.meta,.disclaimer{color:#aaa}}";

/// The page for `cards` (`title` names the page: the first card's title).
pub fn html(cards: &[Card]) -> String {
    let lang = cards.first().map_or("en", |c| c.view.lang.as_str());
    let title = cards.first().map_or("", |c| c.view.title.as_str());
    let mut out = String::from("<!doctype html><html lang=\"");
    escape_text(lang, &mut out);
    out.push_str("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>");
    escape_text(title, &mut out);
    out.push_str("</title><style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body>");
    out.push_str(&static_card::fragment(cards, Layout::Full));
    out.push_str("</body></html>");
    out
}

/// The page's `Content-Security-Policy`: nothing but its own stylesheet
/// and images over http(s); no script of any kind, no plugins, no forms,
/// no base URL; any site may frame it.
pub fn csp() -> String {
    format!(
        "default-src 'none'; script-src 'none'; style-src 'sha256-{}'; img-src https: http:; base-uri 'none'; form-action 'none'; frame-ancestors *",
        base64(&Sha256::digest(STYLE.as_bytes()))
    )
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_of_known_values() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
    }

    #[test]
    fn csp_allows_no_script() {
        let csp = csp();
        assert!(csp.contains("script-src 'none'"));
        assert!(!csp.contains("unsafe"));
        assert!(csp.contains("style-src 'sha256-"));
        let page = html(&[]);
        assert!(page.starts_with("<!doctype html>"));
        assert!(!page.contains("<script"));
    }
}
