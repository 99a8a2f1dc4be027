//! The build-time CSS minifier (`scripts/css_min.rs`, run by `build.rs`):
//! it removes comments and whitespace only, never what CSS needs.
//! (`tests/page/styles.test.mjs` checks in Chromium that the shipped
//! sheet parses to the same rules as `src/web/styles.css`.)
#![cfg(not(target_arch = "wasm32"))]

#[path = "../scripts/css_min.rs"]
mod css_min;

use css_min::minify;

const SOURCE: &str = include_str!("../src/web/styles.css");

/// `css` without comments, whitespace and `;` before `}`.
fn skeleton(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out.retain(|c| !c.is_whitespace());
    out.replace(";}", "}")
}

#[test]
fn the_stylesheet_loses_only_comments_and_whitespace() {
    let min = minify(SOURCE);
    assert!(
        min.len() < SOURCE.len() * 4 / 5,
        "{} -> {}",
        SOURCE.len(),
        min.len()
    );
    assert!(!min.contains("/*"));
    assert!(!min.contains('\n'));
    assert_eq!(skeleton(&min), skeleton(SOURCE));
}

#[test]
fn strings_and_needed_spaces_stay() {
    let min = minify(SOURCE);
    for kept in [
        "\"Noto Sans Arabic\"",
        "content:\"\\2192\" / \"\"",
        "calc(3lh + 2em + 1px)",
        ".body :is(h3,h4,h5,h6)",
        "16 / 9",
        "@media (prefers-reduced-motion:no-preference)",
    ] {
        assert!(min.contains(kept), "{kept} in {min}");
    }
}

#[test]
fn small_cases() {
    // A space before `:` stays: in a selector it is a descendant combinator.
    assert_eq!(minify("a  /* x */ b { c : d ; }"), "a b{c :d}");
    assert_eq!(minify(".a :is(.b , .c) > .d{x:1}"), ".a :is(.b,.c)>.d{x:1}");
    assert_eq!(
        minify("p{content:\"a  /* b */ ;}\"}"),
        "p{content:\"a  /* b */ ;}\"}"
    );
    assert_eq!(minify("p{content:'it\\'s  ok'}"), "p{content:'it\\'s  ok'}");
    assert_eq!(
        minify("p { width: calc(1px + 2em) !important; }"),
        "p{width:calc(1px + 2em)!important}"
    );
    assert_eq!(
        minify("@media (a: b) {\n  p { x: y; }\n}\n"),
        "@media (a:b){p{x:y}}"
    );
    assert_eq!(minify("/* unterminated"), "");
}
