//! Text helpers shared across the core, one idea per file:
//!
//! | file | one idea |
//! |---|---|
//! | `bytes.rs` | finding a byte string (the tokenizers' delimiter search) |
//! | `space.rs` | what counts as white space; collapsing runs of it |
//! | `fold.rs` | letters and digits: the folded form for tolerant comparison, a case-insensitive prefix |
//! | `tree.rs` | the text of a safe tree: lines, text content, trimming, cutting off the front |
//! | `truncate.rs` | shortening text to fit a card, with an ellipsis |
//! | `words.rs` | a list of names held as one string; only whole names match |

mod bytes;
mod fold;
mod space;
mod tree;
mod truncate;
mod words;

pub use bytes::{find_bytes, past_byte};
pub use fold::{fold, fold_chars, has_alnum, strip_prefix_ci, Folded};
pub use space::{collapse_spaces, is_space};
pub use tree::{cut_front, has_media, lines, text_content, trim_end, trim_start};
pub use truncate::{truncate, ELLIPSIS};
pub use words::Words;
