//! The sanitizer policy in its text-only mode: what a reader sees of a
//! piece of HTML when only its text is wanted (a release's title).
//!
//! One rule, two readers of the HTML:
//!
//! - text is kept unless an element around it is dropped with its content
//!   ([`policy::drops_content`]: script, style, template …) or hidden by its
//!   author ([`policy::hides`]), exactly as the full walk decides;
//! - comments, doctypes, processing instructions, tags and attributes never
//!   show; character references are decoded once;
//! - a `br`, a kept block or a block container separates the words on each
//!   side with a space (inline tags join them: `<b>Acme</b>s` is `Acmes`).
//!
//! [`text_of`] applies the rule to a tree an HTML parser built (any
//! [`SourceNode`]: DOMParser in the browser, html5ever in native tests).
//! [`html_text`] applies it to HTML source without building a tree, for
//! the feed core, which has no parser at hand: a small tokenizer following
//! the WHATWG HTML tokenizer's states for tags (quoted attribute values may
//! hold `>`), end tags, comments (`-->`, `--!>`, the abrupt `<!-->`), bogus
//! comments (`<!…>`, `<?…>`, `</ …>`), RAWTEXT / RCDATA elements (their
//! content is never markup) and `plaintext`. Of the tree builder it follows
//! only what decides whether text shows: an element's content ends at its
//! matching end tag, and `p`, `li`, `dt`, `dd`, `option` and `button` are
//! closed by a start tag of the same name. Not followed (the text may then
//! differ from a browser's, never by showing dropped content as markup):
//! foreign content (SVG `style` is not raw text there), script-data
//! escapes, and references without their `;` (`&copy 2025`). One rule is
//! a title's, not a browser's: a tag cut off by the end of the input (`a
//! <b` with no `>` after it) is text.

use super::policy;
use super::scan::{comment_end, raw_text_end, read_tag};
use super::walk::{SourceKind, SourceNode};
use crate::feed::entities;
use crate::text::{find_bytes, past_byte, Words};

/// The text a reader sees of the children of `root`, words on each side
/// of a block or `br` separated by a space; whitespace is not collapsed.
pub fn text_of<N: SourceNode>(root: &N) -> String {
    let mut out = String::new();
    let mut budget = policy::MAX_NODES;
    walk(root, 0, &mut budget, &mut out);
    out
}

fn walk<N: SourceNode>(node: &N, depth: usize, budget: &mut usize, out: &mut String) {
    if depth > policy::MAX_NESTING {
        return;
    }
    for child in node.children() {
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        match child.kind() {
            SourceKind::Text(t) => out.push_str(&t),
            SourceKind::Other => {}
            SourceKind::Element { name, .. } => {
                if policy::drops_content(&name) || policy::hides(|a| child.attribute(a)) {
                    continue;
                }
                let sep = separates(&name);
                if sep {
                    out.push(' ');
                }
                walk(&child, depth + 1, budget, out);
                if sep {
                    out.push(' ');
                }
            }
        }
    }
}

/// Whether the element `name` separates the words on each side of it.
fn separates(name: &str) -> bool {
    name == "br" || policy::is_block(name) || policy::BLOCK_CONTAINERS.contains(name)
}

/// Elements whose content the tokenizer reads as text up to their end tag
/// (RAWTEXT and RCDATA; `noscript` is markup, scripting being disabled).
/// All are dropped with their content.
const RAW_TEXT: Words = Words::spaced("script style xmp iframe noembed noframes textarea title");

/// Elements without content (never opened). This module's lists are
/// space separated, read with [`policy::listed`].
const VOID: Words =
    Words::spaced("area base br col embed hr img input link meta param source track wbr");

/// Elements a start tag of the same name closes (the tree builder's
/// implied ends that decide whether text after them shows).
const CLOSED_BY_SIBLING: Words = Words::spaced("p li dt dd option button");

/// The text a reader sees of HTML `source` (see the module docs), words on
/// each side of a block or `br` separated by a space; whitespace is not
/// collapsed.
pub fn html_text(source: &str) -> String {
    if !source.bytes().any(|b| b == b'<' || b == b'&') {
        return source.to_string();
    }
    let b = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    // The element whose content is being dropped, and how many elements of
    // its name are open inside it (itself included).
    let mut dropping: Option<(String, usize)> = None;
    let mut text_from = 0;
    let mut i = 0;
    while let Some(lt) = find_bytes(b, b"<", i) {
        // What the markup at `lt` is, and where its name starts.
        let (kind, from) = match (b.get(lt + 1), b.get(lt + 2)) {
            (Some(c), _) if c.is_ascii_alphabetic() => (Markup::Start, lt + 1),
            (Some(b'/'), Some(c)) if c.is_ascii_alphabetic() => (Markup::End, lt + 2),
            (Some(b'/'), Some(b'>')) => (Markup::Nothing(lt + 3), 0),
            (Some(b'/'), Some(_)) => (Markup::Nothing(past_byte(b, b'>', lt + 2)), 0),
            (Some(b'!'), _) if b[lt..].starts_with(b"<!--") => {
                (Markup::Nothing(comment_end(b, lt + 4)), 0)
            }
            (Some(b'!' | b'?'), _) => (Markup::Nothing(past_byte(b, b'>', lt + 2)), 0),
            // A `<` that starts no markup is text (`a < b`, `</` at the end).
            _ => {
                i = lt + 1;
                continue;
            }
        };
        i = match kind {
            Markup::Nothing(end) => {
                if dropping.is_none() {
                    out.push_str(&entities::decode(&source[text_from..lt]));
                }
                end
            }
            Markup::Start | Markup::End => {
                let tag = Tag::read(source, from);
                if !tag.closed {
                    // Unlike a browser, which drops a tag cut off by the end
                    // of the input: a title ending in `<name` with no `>`
                    // after it is text with a literal `<`, not HTML.
                    break;
                }
                if dropping.is_none() {
                    out.push_str(&entities::decode(&source[text_from..lt]));
                }
                if matches!(kind, Markup::End) {
                    end_tag(&tag, &mut dropping, &mut out);
                    tag.end
                } else {
                    match start_tag(&tag, &mut dropping, &mut out) {
                        Content::Markup => tag.end,
                        Content::Raw => raw_text_end(b, tag.end, &tag.name),
                        Content::Rest => b.len(),
                    }
                }
            }
        };
        text_from = i;
    }
    if dropping.is_none() {
        out.push_str(&entities::decode(&source[text_from.min(b.len())..]));
    }
    out
}

/// What a `<` starts.
enum Markup {
    Start,
    End,
    /// A comment or bogus comment, ending at this index.
    Nothing(usize),
}

/// How the tokenizer reads what follows a start tag.
enum Content {
    Markup,
    /// RAWTEXT / RCDATA up to the matching end tag.
    Raw,
    /// `plaintext`: the rest of the input is its text.
    Rest,
}

fn start_tag(tag: &Tag, dropping: &mut Option<(String, usize)>, out: &mut String) -> Content {
    let name = tag.name.as_str();
    let content = if RAW_TEXT.contains(name) {
        Content::Raw
    } else if name == "plaintext" {
        Content::Rest
    } else {
        Content::Markup
    };
    if VOID.contains(name) {
        if dropping.is_none() && name == "br" {
            out.push(' ');
        }
        return content;
    }
    if let Some((open, n)) = dropping {
        if open != name {
            return content;
        }
        if !CLOSED_BY_SIBLING.contains(name) {
            *n += 1;
            return content;
        }
        // The dropped element is closed; this one is judged afresh.
        *dropping = None;
    }
    if policy::drops_content(name) || tag.hidden {
        *dropping = Some((tag.name.clone(), 1));
    } else if separates(name) {
        out.push(' ');
    }
    content
}

fn end_tag(tag: &Tag, dropping: &mut Option<(String, usize)>, out: &mut String) {
    match dropping {
        Some((open, n)) if *open == tag.name => {
            *n -= 1;
            if *n == 0 {
                *dropping = None;
            }
        }
        Some(_) => {}
        None if separates(&tag.name) => out.push(' '),
        None => {}
    }
}

/// A start or end tag, read from its name to just past its `>`.
struct Tag {
    /// Lower-case name.
    name: String,
    /// The element is hidden by its author ([`policy::hides`]).
    hidden: bool,
    /// Index just past the tag.
    end: usize,
    /// The tag has its `>` (else it runs to the end of the input).
    closed: bool,
}

impl Tag {
    /// Reads the tag whose name starts at `from`, attributes with quoted
    /// or unquoted values as the HTML tokenizer reads them.
    fn read(source: &str, from: usize) -> Tag {
        let tag = read_tag(source, from);
        let hidden = policy::hides(|wanted| {
            // The walk reads `style` under its defanged name.
            let wanted = if wanted == policy::STYLE_ATTRIBUTE {
                "style"
            } else {
                wanted
            };
            tag.attrs
                .iter()
                .find(|(_, n, _)| n.eq_ignore_ascii_case(wanted))
                .map(|(_, _, v)| entities::decode(v).into_owned())
        });
        Tag {
            name: tag.name.to_ascii_lowercase(),
            hidden,
            end: tag.end,
            closed: tag.closed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::html_text;

    fn t(s: &str) -> String {
        html_text(s)
            .split_ascii_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn markup_goes_text_stays() {
        assert_eq!(t("<b>Acme</b>s &amp; Co &lt; 3"), "Acmes & Co < 3");
        assert_eq!(t("a < b <3 >"), "a < b <3 >");
        assert_eq!(t("<p>One</p><p>Two</p>x<br>y"), "One Two x y");
        assert_eq!(t("AT&T &nosuch; &#8217;"), "AT&T &nosuch; \u{2019}");
    }

    #[test]
    fn scripts_comments_and_attributes_never_show() {
        assert_eq!(
            t("safe <script>location.href='<b>x</b>'</script> description"),
            "safe description"
        );
        assert_eq!(t("safe<!--"), "safe");
        assert_eq!(
            t("sa<!-- x -->fe<!--> ok<!---> ok--!><!-- a --!> b"),
            "safe ok ok--!> b"
        );
        assert_eq!(t(r#"<img alt="a > b">c"#), "c");
        assert_eq!(t("<style>p{}</style><template><i>t</i></template>ok"), "ok");
        assert_eq!(
            t("<span hidden>no</span><i style='display: none'>no</i>yes"),
            "yes"
        );
        assert_eq!(t("<p hidden>no<p>yes"), "yes");
        assert_eq!(t("a<plaintext>b<i>c"), "a");
        assert_eq!(t("a</>b<?pi?>c<!bogus>d</ bogus>e"), "abcde");
        assert_eq!(t("x <b"), "x <b", "a tag cut off by the end is text");
        assert_eq!(t("<b>x</b> <a title='>"), "x <a title='>");
        assert_eq!(t("x</"), "x</");
    }
}
