//! The sanitizer: one pass over a browser-parsed tree that builds a fresh
//! [`crate::markup`] tree from allowlists.
//!
//! The source tree comes from the browser's own HTML parser (`DOMParser`
//! into an inert document, in `web::html`), which is the defence against
//! mutation XSS: what we walk is what the browser would have built, and what
//! we build is made with `createElement`/`createTextNode`, never re-parsed.
//! The walk is generic over [`SourceNode`] so the same policy runs natively
//! in tests on another HTML5 parser.
//!
//! Rules for text inside elements that are not kept:
//! - elements in [`policy::DROP_WITH_CONTENT`] (script, style, template,
//!   iframe, form controls, …) are dropped with all their text;
//! - every other element that is not kept is unwrapped: its tag goes, its
//!   children are walked in its place (so the prose inside a `span`,
//!   `font`, `svg` or `math` survives as text);
//! - elements in [`policy::BLOCK_CONTAINERS`] (`div`, `section`, …) also
//!   end the paragraph they are in, so their text is not run together.

pub mod policy;
mod walk;

pub use walk::{sanitize, SourceKind, SourceNode};
