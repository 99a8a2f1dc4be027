//! The sanitizer: one pass over a browser-parsed tree that builds a fresh
//! [`crate::safe`] tree from allowlists.
//!
//! The source tree comes from the browser's own HTML parser (`DOMParser`
//! into an inert document, in `web::html`, after [`defang`] has renamed
//! the attributes and elements the browser would report to a strict
//! page's CSP while parsing), which is the defence against
//! mutation XSS: what we walk is what the browser would have built, and what
//! we build is made with `createElement`/`createTextNode`, never serialized
//! and never re-parsed. The browser hands the parsed tree over in one
//! crossing, as the records of [`flat`]; the walk is generic over
//! [`SourceNode`], so the same policy runs natively in tests on another
//! HTML5 parser.
//!
//! Every decision is a lookup in [`policy`]; the walk applies them in one
//! pass, in this order, to each element:
//!
//! 1. **Dropped with its content**: elements in
//!    [`policy::DROP_WITH_CONTENT`] (script, style, template, noscript,
//!    iframe, object, form controls, metadata…), in any namespace, and
//!    elements their author hid ([`policy::hides`]: a `hidden` attribute,
//!    `display:none` / `visibility:hidden` in `style`).
//! 2. **Reduced to its text**: anything outside the HTML namespace (SVG,
//!    MathML, and all they contain, including HTML at their integration
//!    points), and anything nested deeper than [`policy::MAX_DEPTH`]. No
//!    element survives from such a subtree (every element in it is
//!    unwrapped); rule 1 still applies inside it.
//! 3. **Kept**: elements in [`policy::ELEMENTS`], with only their
//!    allowlisted attributes, each value passing its named check (URLs
//!    through [`crate::url::checked`]: `href` http/https/mailto, `src`
//!    http/https; numbers, `dir`, `lang` validated). An `img` without a
//!    usable `src`, or sized as a tracking pixel, is dropped; an `a`
//!    without a usable `href` is unwrapped (rule 4).
//! 4. **Unwrapped**: every other element loses its tag and its attributes;
//!    its children are walked in its place (so the prose inside a `span`,
//!    `font`, `form` or custom element survives). Elements in
//!    [`policy::BLOCK_CONTAINERS`] (`div`, `section`, …) also end the
//!    paragraph they are in, so their text is not run together.
//!
//! **The text-keeping rule**, in short: text is kept unless an element
//! around it is in [`policy::DROP_WITH_CONTENT`] or hidden by its author;
//! that is, text is dropped exactly when it is code, markup held as text,
//! a form control's label or otherwise not prose meant for the reader.
//! Kept text is always a text node holding the characters the browser's
//! parser produced: `&lt;script&gt;` shows as the literal `<script>`, and
//! no text is ever parsed again.
//!
//! The same policy in a text-only mode ([`text_of`] over a parsed tree,
//! [`html_text`] over HTML source, in `text_only.rs`) gives the text a reader
//! sees of a piece of HTML: release titles. The two readers of HTML source
//! ([`defang`] and [`html_text`]) read tags, comments and raw text by the
//! tokenizer's rules in one place, `scan.rs`.
//!
//! Bounds: whatever lies past the first [`policy::MAX_NODES`] source nodes,
//! or nested deeper than [`policy::MAX_NESTING`], is cut off, text and all.

mod defang;
pub mod flat;
pub mod policy;
mod scan;
mod text_only;
mod walk;

pub use defang::defang;
pub use flat::Flat;
pub use text_only::{html_text, text_of};
pub use walk::{sanitize, SourceKind, SourceNode};
