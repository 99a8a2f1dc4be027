//! The sanitizer's policy, run natively over html5ever's parse of the same
//! source the browser would parse. (The hostile corpus runs in the browser,
//! over DOMParser, in tests/web_sanitize.rs.)
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::html::{sanitized, show};

const BASE: Option<&str> = Some("https://wire.example/releases/2025/one.html");

#[test]
fn keeps_prose_structure_and_drops_scripts() {
    let out = sanitized(
        "<h1>Head</h1><p>One <b>bold</b><script>alert(1)</script></p><ul><li>a</li></ul>",
        BASE,
    );
    assert_eq!(
        show(&out),
        "<h1>Head</h1><p>One <b>bold</b></p><ul><li>a</li></ul>"
    );
}

#[test]
fn loose_text_and_divs_become_paragraphs() {
    let out = sanitized(
        "Intro text<div>First</div><div>Second <i>it</i></div>",
        BASE,
    );
    assert_eq!(
        show(&out),
        "<p>Intro text</p><p>First</p><p>Second <i>it</i></p>"
    );
}

#[test]
fn links_resolve_against_the_release_and_bad_schemes_lose_the_link() {
    let out = sanitized(
        r#"<p><a href="../two.html" onclick="x()">rel</a> <a href=" JaVa&#x09;script:alert(1)">bad</a></p>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        r#"<p><a href="https://wire.example/releases/two.html">rel</a> bad</p>"#
    );
}

#[test]
fn tracking_pixels_go_and_real_images_keep_their_size() {
    let out = sanitized(
        r#"<p><img src="/t.gif" width="1" height="1"><img src="/photo.jpg" width="640" height="360" alt="Panel" style="position:fixed"></p>"#,
        BASE,
    );
    assert_eq!(
        show(&out),
        r#"<p><img src="https://wire.example/photo.jpg" alt="Panel" width="640" height="360"></p>"#
    );
}

#[test]
fn svg_and_math_text_is_kept_as_text_only() {
    let out = sanitized(
        "<p><svg><a href='https://x.example'><text>chart label</text></a><script>alert(1)</script></svg></p>",
        BASE,
    );
    assert_eq!(show(&out), "<p>chart label</p>");
}

#[test]
fn list_items_hold_text_directly_unless_blocks_sit_beside_it() {
    let out = sanitized("<ul><li>plain</li><li>lead<p>para</p></li></ul>", BASE);
    assert_eq!(
        show(&out),
        "<ul><li>plain</li><li><p>lead</p><p>para</p></li></ul>"
    );
}
