//! Network decisions, as pure functions the browser shell executes
//! (`src/web/feed_store.rs`, `src/web/kept.rs`, `src/web/net.rs`):
//!
//! | module | decides |
//! |---|---|
//! | [`retry`] | whether a failed attempt is tried again, and after how long |
//! | [`keep`] | what copy of a response is kept for the next page view, the validators of a conditional request, which kept copies are evicted |
//! | [`refetch`] | how many releases a widget needs, and which option changes need the feed again |
//!
//! Nothing here touches a web API: every input (statuses, header values,
//! the clock, the jitter) is a parameter, so the rules are tested natively.

pub mod keep;
pub mod refetch;
pub mod retry;
