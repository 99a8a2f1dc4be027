//! URL policy: clean, resolve and scheme-check every URL a feed gives us.
//!
//! Feed URLs are hostile input: `jAvAsCrIpT:`, `java\tscript:`, entity- and
//! control-character tricks. [`checked`] strips ASCII whitespace and control
//! characters first (as the WHATWG URL parser does), refuses a URL that
//! then begins with any other Unicode white space or format character
//! ([`INVISIBLE_LEADS`]: a no-break space before `javascript:` is no
//! relative path anyone meant), resolves what is left against a base
//! (RFC 3986 §5.2), and accepts only the schemes a caller allows. Relative
//! URLs without a usable base are refused.

/// Schemes a link may use.
pub const LINK_SCHEMES: &[&str] = &["http", "https", "mailto"];
/// Schemes an image or a feed may use.
pub const FETCH_SCHEMES: &[&str] = &["http", "https"];

/// Unicode white space (`White_Space`, beyond ASCII) and format
/// characters (`Cf`) of the BMP, as inclusive ranges: a URL that begins
/// with one of them (after ASCII white space and controls are trimmed) is
/// refused rather than read as a relative path.
pub const INVISIBLE_LEADS: &[(char, char)] = &[
    ('\u{00A0}', '\u{00A0}'),
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{2000}', '\u{200F}'),
    ('\u{2028}', '\u{202F}'),
    ('\u{205F}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
];

/// Whether `c` is in [`INVISIBLE_LEADS`].
fn is_invisible(c: char) -> bool {
    INVISIBLE_LEADS
        .iter()
        .any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// `raw` cleaned, resolved against `base` and accepted only if its scheme
/// is one of `schemes`; `None` otherwise (also when it begins with a
/// character of [`INVISIBLE_LEADS`]).
pub fn checked(raw: &str, base: Option<&str>, schemes: &[&str]) -> Option<String> {
    let cleaned: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r') && !c.is_control())
        .collect();
    if cleaned.chars().next().is_none_or(is_invisible) {
        return None;
    }
    let absolute = match scheme_of(&cleaned) {
        Some(_) => cleaned,
        None => resolve(base?, &cleaned)?,
    };
    let scheme = scheme_of(&absolute)?.to_ascii_lowercase();
    if !schemes.contains(&scheme.as_str()) {
        return None;
    }
    // Keep the scheme in its canonical lower-case form.
    Some(format!("{scheme}{}", &absolute[scheme.len()..]))
}

/// The scheme of `url` (without the colon) if it has one.
pub fn scheme_of(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let mut chars = scheme.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then_some(scheme)
}

/// Resolves `reference` against the absolute URL `base` (RFC 3986 §5.2,
/// with `\` read as `/` for special schemes as browsers do). `None` when
/// `base` is not absolute.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    if scheme_of(reference).is_some() {
        return Some(reference.to_string());
    }
    let scheme = scheme_of(base)?;
    let reference = reference.replace('\\', "/");
    let after_scheme = &base[scheme.len() + 1..];
    // Split base into authority, path (query and fragment dropped).
    let (authority, base_path) = match after_scheme.strip_prefix("//") {
        Some(rest) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            (Some(&rest[..end]), &rest[end..])
        }
        None => (None, after_scheme),
    };
    let base_path = &base_path[..base_path.find(['?', '#']).unwrap_or(base_path.len())];
    let with_authority = |auth: Option<&str>, rest: &str| match auth {
        Some(a) => format!("{scheme}://{a}{rest}"),
        None => format!("{scheme}:{rest}"),
    };

    if let Some(rest) = reference.strip_prefix("//") {
        return Some(format!("{scheme}://{rest}"));
    }
    if reference.is_empty() || reference.starts_with('#') {
        let base_no_frag = &base[..base.find('#').unwrap_or(base.len())];
        return Some(format!("{base_no_frag}{reference}"));
    }
    if reference.starts_with('?') {
        return Some(with_authority(
            authority,
            &format!("{base_path}{reference}"),
        ));
    }
    // Split the reference's path from its query/fragment.
    let split = reference.find(['?', '#']).unwrap_or(reference.len());
    let (ref_path, tail) = reference.split_at(split);
    let merged = if ref_path.starts_with('/') {
        ref_path.to_string()
    } else if authority.is_some() && base_path.is_empty() {
        format!("/{ref_path}")
    } else {
        let dir = &base_path[..base_path.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}{ref_path}")
    };
    Some(with_authority(
        authority,
        &format!("{}{tail}", remove_dot_segments(&merged)),
    ))
}

/// RFC 3986 §5.2.4.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if path.starts_with('/') && !joined.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "http://a/b/c/d;p?q";

    #[test]
    fn rfc3986_normal_examples() {
        for (r, want) in [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            (";x", "http://a/b/c/;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("./../g", "http://a/b/g"),
            ("g/../h", "http://a/b/c/h"),
        ] {
            assert_eq!(resolve(BASE, r).as_deref(), Some(want), "{r:?}");
        }
    }

    #[test]
    fn host_without_path() {
        assert_eq!(
            resolve("https://wire.example", "news/1").as_deref(),
            Some("https://wire.example/news/1")
        );
    }

    #[test]
    fn script_schemes_are_refused_through_every_disguise() {
        for raw in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\u{0}script:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "\u{7f}javascript:alert(1)",
        ] {
            assert_eq!(checked(raw, Some(BASE), LINK_SCHEMES), None, "{raw:?}");
        }
    }

    #[test]
    fn allowed_schemes_pass_and_are_lower_cased() {
        assert_eq!(
            checked(" HTTPS://wire.example/x ", None, LINK_SCHEMES).as_deref(),
            Some("https://wire.example/x")
        );
        assert_eq!(
            checked("mailto:press@wire.example", None, LINK_SCHEMES).as_deref(),
            Some("mailto:press@wire.example")
        );
        assert_eq!(checked("mailto:x@y", None, FETCH_SCHEMES), None);
    }

    #[test]
    fn a_leading_unicode_space_or_format_character_is_refused_not_resolved() {
        // Every code point the policy names, before a script URL, a
        // relative path and an absolute one alike.
        let named = [
            '\u{00A0}', '\u{1680}', '\u{180E}', '\u{2028}', '\u{2029}', '\u{205F}', '\u{3000}',
            '\u{FEFF}',
        ]
        .into_iter()
        .chain('\u{2000}'..='\u{200B}');
        for c in named {
            for rest in ["javascript:alert(1)", "story.html", "https://ok.example/"] {
                for raw in [
                    format!("{c}{rest}"),
                    format!(" \t{c}{rest}"),
                    format!("\u{1}{c}{rest}"),
                ] {
                    for schemes in [LINK_SCHEMES, FETCH_SCHEMES] {
                        assert_eq!(checked(&raw, Some(BASE), schemes), None, "{raw:?}");
                    }
                }
            }
        }
        // Inside or at the end of a URL such characters are no lead.
        assert_eq!(
            checked(
                "story\u{a0}x.html\u{3000}",
                Some("https://w.example/a/"),
                LINK_SCHEMES
            )
            .as_deref(),
            Some("https://w.example/a/story\u{a0}x.html\u{3000}")
        );
        assert_eq!(
            checked("  story.html", Some("https://w.example/a/"), LINK_SCHEMES).as_deref(),
            Some("https://w.example/a/story.html")
        );
        assert!(INVISIBLE_LEADS
            .iter()
            .all(|&(lo, hi)| lo <= hi && !lo.is_ascii()));
    }

    #[test]
    fn relative_needs_a_base() {
        assert_eq!(checked("/x", None, LINK_SCHEMES), None);
        assert_eq!(
            checked("/x", Some("https://w.example/a/b"), LINK_SCHEMES).as_deref(),
            Some("https://w.example/x")
        );
    }
}
