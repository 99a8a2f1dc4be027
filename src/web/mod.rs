//! The browser shell: everything that touches a web API. Compiled only for
//! `wasm32`, kept thin, tested in headless Chromium (`tests/web_*.rs`) and
//! through the demo page (`tests/page/`).
//!
//! | module | one idea |
//! |---|---|
//! | [`api`] | the JS exports: `mount`, `parse`, `version`, element callbacks |
//! | [`auto_mount`] | finding and watching `[data-syndicard]` hosts |
//! | [`widget`] | one mounted widget: its lifecycle, state and events |
//! | [`net`] | one fetch with timeout and abort, inline feeds |
//! | [`retry`] | a fetch tried again after transient failures |
//! | [`feed_store`] | one download and parse per feed URL per page, shared by its widgets |
//! | [`kept`] | the copy of each feed kept for the next page view (Cache API) |
//! | [`relay`] | the `relay` option: cards from a syndicard relay's `/v1/cards` |
//! | [`decode`] | bytes to text with the browser's `TextDecoder` |
//! | [`html`] | the browser's HTML parser behind the sanitizer's `SourceNode` |
//! | [`render`] | the core's UI tree as DOM through one JS builder call, cards shown slice by slice |
//! | [`tasks`] | yielding to the browser between slices of work |
//! | [`timer`] | a `setTimeout` cleared when dropped |
//! | [`styles`] | the shadow root's constructable stylesheet |
//! | [`dom`] | tiny `createElement` helpers |
//! | [`cell`] | the shell's `RefCell` borrows with one panic location per kind |

pub mod api;
mod auto_mount;
mod cell;
pub mod decode;
mod dom;
mod feed_store;
pub mod html;
mod kept;
mod net;
mod relay;
mod render;
mod retry;
mod styles;
mod tasks;
mod timer;
mod widget;

/// The global allocator: [talc](https://crates.io/crates/talc) over
/// `memory.grow`, in place of the standard library's dlmalloc (smaller
/// code, lower peak memory; measurements in SIZE.md). The wasm is
/// single-threaded (no `atomics` target feature).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
