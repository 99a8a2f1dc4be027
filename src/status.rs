//! The element's observable status, as README's "State and events" names
//! it: the `state` attribute's values, the `error-code` values and the
//! events.

/// The `state` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Fetching or parsing.
    Loading,
    /// At least one release is shown.
    Ready,
    /// The feed was read and holds nothing to show.
    Empty,
    /// Nothing could be shown; see `error-code`.
    Error,
}

impl State {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Loading => "loading",
            State::Ready => "ready",
            State::Empty => "empty",
            State::Error => "error",
        }
    }
}

/// The `error-code` attribute and `syndicard:error` event's `code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// A bad option (the message names the attribute and value).
    Config,
    /// The request failed (offline, DNS, CORS, refused).
    Network,
    /// The request took longer than `timeout`.
    Timeout,
    /// The server answered with a non-2xx status.
    Http,
    /// The response is not a feed we can read.
    Parse,
}

impl ErrorCode {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Config => "config",
            ErrorCode::Network => "network",
            ErrorCode::Timeout => "timeout",
            ErrorCode::Http => "http",
            ErrorCode::Parse => "parse",
        }
    }
}

/// Why a load ended in the `error` state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Which kind of failure.
    pub code: ErrorCode,
    /// A sentence a site owner can act on.
    pub message: String,
}

impl Failure {
    /// A failure of kind `code`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
        }
    }
}

/// Name of the event dispatched when releases are shown (or the feed is
/// empty); detail `{count, source}`.
pub const READY_EVENT: &str = "syndicard:ready";
/// Name of the event dispatched on failure; detail `{code, message}`.
pub const ERROR_EVENT: &str = "syndicard:error";

/// Where the releases on screen came from: the `source` attribute (on
/// `ready` and `empty`) and the `syndicard:ready` event's `source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Fetched on this page view.
    Network,
    /// The copy kept from an earlier page view, shown while a fresh one is
    /// fetched.
    Cache,
    /// Cards from a syndicard relay (`relay=`).
    Relay,
    /// An inline feed child.
    Inline,
}

impl Source {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Network => "network",
            Source::Cache => "cache",
            Source::Relay => "relay",
            Source::Inline => "inline",
        }
    }
}
