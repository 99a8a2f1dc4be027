//! Character references: the five XML entities, numeric references, and
//! the HTML 4 named references that real feeds use without declaring them
//! (`&nbsp;`, `&rsquo;`, `&mdash;`, `&eacute;` …).
//!
//! Nothing is ever expanded from a DTD. An unknown `&name;`, a reference
//! without its `;`, or a bare `&` stays literal text. The table is data: 248
//! names in one string and their characters in another (about 2 KB).

use std::borrow::Cow;

use crate::text::Words;

/// `s` with every character reference decoded once.
pub(crate) fn decode(s: &str) -> Cow<'_, str> {
    let amp = |t: &str| t.bytes().position(|b| b == b'&');
    let Some(first) = amp(s) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    while let Some(at) = amp(rest) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The reference `s` starts with (`s` begins with `&`): its character and
/// its length in bytes, `;` included.
fn reference(s: &str) -> Option<(char, usize)> {
    // Names and numbers are short: look for the `;` within 34 bytes only.
    let semi = s.bytes().take(34).position(|b| b == b';')?;
    let body = s.get(1..semi)?;
    let c = match body.strip_prefix('#') {
        Some(num) => {
            let (digits, radix) = match num.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (num, 10),
            };
            if digits.is_empty() || digits.len() > 8 || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            numeric(u32::from_str_radix(digits, radix).ok()?)
        }
        None => named(body)?,
    };
    Some((c, semi + 1))
}

/// A numeric reference's character, read as browsers do: 128..159 are the
/// Windows-1252 characters; NUL, surrogates and out-of-range values are
/// U+FFFD.
fn numeric(n: u32) -> char {
    match n {
        0 => '\u{FFFD}',
        0x80..=0x9F => C1.chars().nth((n - 0x80) as usize).unwrap_or('\u{FFFD}'),
        _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
    }
}

/// The character a named reference stands for.
fn named(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => Words::spaced(NAMES)
            .iter()
            .zip(CHARS.chars())
            .find_map(|(n, c)| (n == name).then_some(c)),
    }
}

/// Appends `s` to `out` escaped for HTML text.
pub(crate) fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// Appends `s` to `out` escaped for a double-quoted HTML attribute value.
pub(crate) fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// Names of the HTML 4 named character references, space separated, in the
/// same order as [`CHARS`]. (`amp`, `lt`, `gt`, `quot` and `apos` are
/// handled before this table is consulted.)
pub(crate) const NAMES: &str = concat!(
    "AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi ",
    "Dagger Delta ETH Eacute Ecirc Egrave Epsilon Eta Euml Gamma Iacute ",
    "Icirc Igrave Iota Iuml Kappa Lambda Mu Ntilde Nu OElig Oacute Ocirc ",
    "Ograve Omega Omicron Oslash Otilde Ouml Phi Pi Prime Psi Rho Scaron ",
    "Sigma THORN Tau Theta Uacute Ucirc Ugrave Upsilon Uuml Xi Yacute Yuml ",
    "Zeta aacute acirc acute aelig agrave alefsym alpha and ang aring ",
    "asymp atilde auml bdquo beta brvbar bull cap ccedil cedil cent chi ",
    "circ clubs cong copy crarr cup curren dArr dagger darr deg delta ",
    "diams divide eacute ecirc egrave empty emsp ensp epsilon equiv eta ",
    "eth euml euro exist fnof forall frac12 frac14 frac34 frasl gamma ge ",
    "hArr harr hearts hellip iacute icirc iexcl igrave image infin int ",
    "iota iquest isin iuml kappa lArr lambda lang laquo larr lceil ldquo ",
    "le lfloor lowast loz lrm lsaquo lsquo macr mdash micro middot minus ",
    "mu nabla nbsp ndash ne ni not notin nsub ntilde nu oacute ocirc oelig ",
    "ograve oline omega omicron oplus or ordf ordm oslash otilde otimes ",
    "ouml para part permil perp phi pi piv plusmn pound prime prod prop ",
    "psi rArr radic rang raquo rarr rceil rdquo real reg rfloor rho rlm ",
    "rsaquo rsquo sbquo scaron sdot sect shy sigma sigmaf sim spades sub ",
    "sube sum sup sup1 sup2 sup3 supe szlig tau there4 theta thetasym ",
    "thinsp thorn tilde times trade uArr uacute uarr ucirc ugrave uml ",
    "upsih upsilon uuml weierp xi yacute yen yuml zeta zwj zwnj ",
);

/// The character each name in [`NAMES`] stands for.
pub(crate) const CHARS: &str = concat!(
    "\u{c6}\u{c1}\u{c2}\u{c0}\u{391}\u{c5}\u{c3}\u{c4}\u{392}\u{c7}\u{3a7}",
    "\u{2021}\u{394}\u{d0}\u{c9}\u{ca}\u{c8}\u{395}\u{397}\u{cb}\u{393}\u{cd}",
    "\u{ce}\u{cc}\u{399}\u{cf}\u{39a}\u{39b}\u{39c}\u{d1}\u{39d}\u{152}\u{d3}",
    "\u{d4}\u{d2}\u{3a9}\u{39f}\u{d8}\u{d5}\u{d6}\u{3a6}\u{3a0}\u{2033}",
    "\u{3a8}\u{3a1}\u{160}\u{3a3}\u{de}\u{3a4}\u{398}\u{da}\u{db}\u{d9}",
    "\u{3a5}\u{dc}\u{39e}\u{dd}\u{178}\u{396}\u{e1}\u{e2}\u{b4}\u{e6}\u{e0}",
    "\u{2135}\u{3b1}\u{2227}\u{2220}\u{e5}\u{2248}\u{e3}\u{e4}\u{201e}\u{3b2}",
    "\u{a6}\u{2022}\u{2229}\u{e7}\u{b8}\u{a2}\u{3c7}\u{2c6}\u{2663}\u{2245}",
    "\u{a9}\u{21b5}\u{222a}\u{a4}\u{21d3}\u{2020}\u{2193}\u{b0}\u{3b4}",
    "\u{2666}\u{f7}\u{e9}\u{ea}\u{e8}\u{2205}\u{2003}\u{2002}\u{3b5}\u{2261}",
    "\u{3b7}\u{f0}\u{eb}\u{20ac}\u{2203}\u{192}\u{2200}\u{bd}\u{bc}\u{be}",
    "\u{2044}\u{3b3}\u{2265}\u{21d4}\u{2194}\u{2665}\u{2026}\u{ed}\u{ee}",
    "\u{a1}\u{ec}\u{2111}\u{221e}\u{222b}\u{3b9}\u{bf}\u{2208}\u{ef}\u{3ba}",
    "\u{21d0}\u{3bb}\u{2329}\u{ab}\u{2190}\u{2308}\u{201c}\u{2264}\u{230a}",
    "\u{2217}\u{25ca}\u{200e}\u{2039}\u{2018}\u{af}\u{2014}\u{b5}\u{b7}",
    "\u{2212}\u{3bc}\u{2207}\u{a0}\u{2013}\u{2260}\u{220b}\u{ac}\u{2209}",
    "\u{2284}\u{f1}\u{3bd}\u{f3}\u{f4}\u{153}\u{f2}\u{203e}\u{3c9}\u{3bf}",
    "\u{2295}\u{2228}\u{aa}\u{ba}\u{f8}\u{f5}\u{2297}\u{f6}\u{b6}\u{2202}",
    "\u{2030}\u{22a5}\u{3c6}\u{3c0}\u{3d6}\u{b1}\u{a3}\u{2032}\u{220f}",
    "\u{221d}\u{3c8}\u{21d2}\u{221a}\u{232a}\u{bb}\u{2192}\u{2309}\u{201d}",
    "\u{211c}\u{ae}\u{230b}\u{3c1}\u{200f}\u{203a}\u{2019}\u{201a}\u{161}",
    "\u{22c5}\u{a7}\u{ad}\u{3c3}\u{3c2}\u{223c}\u{2660}\u{2282}\u{2286}",
    "\u{2211}\u{2283}\u{b9}\u{b2}\u{b3}\u{2287}\u{df}\u{3c4}\u{2234}\u{3b8}",
    "\u{3d1}\u{2009}\u{fe}\u{2dc}\u{d7}\u{2122}\u{21d1}\u{fa}\u{2191}\u{fb}",
    "\u{f9}\u{a8}\u{3d2}\u{3c5}\u{fc}\u{2118}\u{3be}\u{fd}\u{a5}\u{ff}\u{3b6}",
    "\u{200d}\u{200c}",
);

/// What `&#128;`..`&#159;` mean in HTML (Windows-1252), as browsers read them.
pub(crate) const C1: &str = concat!(
    "\u{20ac}\u{81}\u{201a}\u{192}\u{201e}\u{2026}\u{2020}\u{2021}",
    "\u{2c6}\u{2030}\u{160}\u{2039}\u{152}\u{8d}\u{17d}\u{8f}",
    "\u{90}\u{2018}\u{2019}\u{201c}\u{201d}\u{2022}\u{2013}\u{2014}",
    "\u{2dc}\u{2122}\u{161}\u{203a}\u{153}\u{9d}\u{17e}\u{178}",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_line_up() {
        assert_eq!(NAMES.trim_end().split(' ').count(), CHARS.chars().count());
        assert_eq!(C1.chars().count(), 32);
    }

    #[test]
    fn xml_numeric_and_html_references() {
        assert_eq!(
            decode("a &amp; b &lt;p&gt; &quot;q&quot; &apos;"),
            "a & b <p> \"q\" '"
        );
        assert_eq!(decode("&#233;&#xE9;&#XE9;"), "ééé");
        assert_eq!(
            decode("caf&eacute;&nbsp;&rsquo;&mdash;&hellip;"),
            "café\u{a0}\u{2019}\u{2014}\u{2026}"
        );
        assert_eq!(decode("&#146;&#150;"), "\u{2019}\u{2013}");
        assert_eq!(decode("&AElig;&yuml;&zwnj;"), "Æÿ\u{200c}");
    }

    #[test]
    fn unknown_and_broken_references_stay_literal() {
        for s in [
            "AT&T", "a & b", "&bogus;", "&nbsp", "&#;", "&#x;", "&#12a;", "&", "x&", "&;",
        ] {
            assert_eq!(decode(s), s);
        }
        assert_eq!(decode("&#0;&#xD800;&#x110000;"), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(decode("&#99999999999;"), "&#99999999999;");
        assert!(matches!(decode("plain"), Cow::Borrowed(_)));
    }
}
