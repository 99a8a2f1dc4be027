//! One download and one parse per feed URL per page, shared by every
//! widget showing that feed (elements, `data-*` hosts, `mount()`),
//! including widgets that arrive while the request is in flight.
//!
//! Each feed URL has an [`Entry`]; a widget holds a [`Subscription`] to it
//! saying how many releases it needs ([`crate::net::refetch::need`]) and
//! gets [`Update`]s:
//!
//! 1. On the first request for a feed on this page, the copy kept from an
//!    earlier page view ([`super::kept`]) is parsed and handed to every
//!    widget it covers at once, with source `cache`.
//! 2. The feed is requested (conditionally when the releases in hand cover
//!    every widget, see [`crate::net::keep::Validators`]), retried as
//!    [`super::retry`] allows, and parsed as it streams in: a widget gets
//!    its releases as soon as they are complete; the download continues
//!    while any widget needs more, and is cancelled once none does.
//! 3. The answer goes to every widget still waiting: the feed (source
//!    `network`), `Unchanged` (a 304, or the same validators), or the
//!    failure. A good answer is kept for the next page view unless its
//!    server said `no-store`.
//!
//! A widget arriving later is served from the entry without a request when
//! the releases read cover it. When the last widget of a feed leaves (and
//! none comes back within [`GRACE_MS`], so moving an element costs
//! nothing), its request is aborted.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use web_sys::AbortController;

use super::cell::Shared;
use super::decode::BrowserDecoder;
use super::kept::{self, Kept};
use super::net::{Early, Opened};
use super::retry;
use super::timer::Timer;
use crate::feed::encoding::{self, ByteParser};
use crate::feed::{self, Feed};
use crate::net::keep::{self, Validators};
use crate::net::refetch::Read;
use crate::status::{ErrorCode, Failure, Source};

/// How long a feed nobody shows keeps its request going, in case a widget
/// comes back (an element moved: disconnected, then connected again).
pub const GRACE_MS: u32 = 250;

/// What a subscriber is told.
#[derive(Clone)]
pub enum Update {
    /// Releases to show (enough for the subscriber, or all there are).
    Feed {
        /// The parsed feed.
        feed: Rc<Feed>,
        /// Where it came from.
        source: Source,
        /// How much of the feed it holds.
        read: Read,
    },
    /// The server says the releases last delivered are current.
    Unchanged,
    /// The request failed (after its retries).
    Failed(Failure),
}

/// A subscriber's callback.
pub type Notify = Rc<dyn Fn(Update)>;

struct Sub {
    id: u32,
    need: usize,
    /// Whether it has had an answer to its latest request.
    served: bool,
    notify: Notify,
}

/// The shared state of one feed URL on this page.
struct Entry {
    url: String,
    timeout_ms: Cell<u32>,
    subs: RefCell<Vec<Sub>>,
    /// The latest releases: parsed, where from, how much.
    feed: RefCell<Option<(Rc<Feed>, Source, Read)>>,
    /// The validators of the response `feed` came from.
    validators: RefCell<Validators>,
    running: Cell<bool>,
    kept_looked_up: Cell<bool>,
    controller: RefCell<Option<AbortController>>,
    grace: RefCell<Option<Timer>>,
}

thread_local! {
    static FEEDS: RefCell<Vec<Rc<Entry>>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A widget's interest in a feed; dropping it leaves.
pub struct Subscription {
    entry: Rc<Entry>,
    id: u32,
}

/// Subscribes to the feed at `url`, needing `need` releases. `notify` gets
/// the updates (never from inside this call). With `fresh`, the feed is
/// requested again even if the releases in hand cover `need`.
pub fn subscribe(
    url: &str,
    need: usize,
    timeout_ms: u32,
    fresh: bool,
    notify: Notify,
) -> Subscription {
    let entry = FEEDS.with(|feeds| {
        let mut feeds = feeds.write();
        if let Some(e) = feeds.iter().find(|e| e.url == url) {
            return e.clone();
        }
        let e = Rc::new(Entry {
            url: url.to_string(),
            timeout_ms: Cell::new(timeout_ms),
            subs: RefCell::new(Vec::new()),
            feed: RefCell::new(None),
            validators: RefCell::new(Validators::default()),
            running: Cell::new(false),
            kept_looked_up: Cell::new(false),
            controller: RefCell::new(None),
            grace: RefCell::new(None),
        });
        feeds.push(e.clone());
        e
    });
    entry.grace.write().take();
    entry.timeout_ms.set(timeout_ms);
    let id = NEXT_ID.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    let in_hand = entry
        .feed
        .read()
        .clone()
        .filter(|(_, _, read)| read.covers(need));
    let served = in_hand.is_some() && !fresh;
    entry.subs.write().push(Sub {
        id,
        need,
        served,
        notify: notify.clone(),
    });
    if let (true, Some((feed, source, read))) = (served, in_hand) {
        later(notify, Update::Feed { feed, source, read });
    } else {
        entry.request();
    }
    Subscription { entry, id }
}

impl Subscription {
    /// Asks for the feed again (conditionally when possible); the answer
    /// comes as an update.
    pub fn refresh(&self) {
        for sub in self.entry.subs.write().iter_mut() {
            if sub.id == self.id {
                sub.served = false;
            }
        }
        self.entry.request();
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.entry.subs.write().retain(|s| s.id != self.id);
        if !self.entry.subs.read().is_empty() {
            return;
        }
        let entry = Rc::downgrade(&self.entry);
        *self.entry.grace.write() = Timer::start(GRACE_MS, move || {
            if let Some(entry) = entry.upgrade() {
                entry.abandon();
            }
        });
    }
}

/// Calls `notify` with `update` in a later microtask.
fn later(notify: Notify, update: Update) {
    super::tasks::spawn(Box::pin(async move { notify(update) }));
}

impl Entry {
    /// Starts a round unless one is running (which then serves every
    /// subscriber still waiting when it ends).
    fn request(self: &Rc<Self>) {
        if !self.running.replace(true) {
            super::tasks::spawn(Box::pin(self.clone().round()));
        }
    }

    /// Nobody came back: abort the request, and forget the entry unless it
    /// holds releases a later widget can use.
    fn abandon(&self) {
        if !self.subs.read().is_empty() {
            return;
        }
        if let Some(c) = self.controller.write().take() {
            c.abort();
        }
        if self.feed.read().is_none() && !self.running.get() {
            FEEDS.with(|f| f.write().retain(|e| e.url != self.url));
        }
    }

    fn wanted(&self) -> bool {
        !self.subs.read().is_empty()
    }

    /// The largest need of the subscribers still waiting (0 when none).
    fn waiting_need(&self) -> usize {
        self.subs
            .read()
            .iter()
            .filter(|s| !s.served)
            .map(|s| s.need)
            .max()
            .unwrap_or(0)
    }

    /// Sends `update` to the waiting subscribers whose need `read` covers
    /// (every waiting one when `None`), marking them served when `serve`
    /// is set. One non-generic function for every call site.
    #[inline(never)]
    fn send(&self, update: &Update, read: Option<Read>, serve: bool) {
        let targets: Vec<Notify> = self
            .subs
            .write()
            .iter_mut()
            .filter(|s| !s.served && read.is_none_or(|r| r.covers(s.need)))
            .map(|s| {
                s.served |= serve;
                s.notify.clone()
            })
            .collect();
        for notify in targets {
            notify(update.clone());
        }
    }

    async fn round(self: Rc<Self>) {
        // The request the bootstrap began for this feed, on its first
        // round: no copy was kept, so it is this round's request.
        let early = if self.kept_looked_up.get() || self.feed.read().is_some() {
            None
        } else {
            Early::claim(&self.url).await
        };
        if early.is_some() {
            self.kept_looked_up.set(true);
        } else {
            self.show_kept().await;
        }
        if self.wanted() {
            self.fetch(early).await;
        } else if let Some(early) = early {
            early.controller().abort();
        }
        self.controller.write().take();
        self.running.set(false);
        if !self.wanted() {
            self.abandon();
        } else if self.subs.read().iter().any(|s| !s.served) {
            self.request();
        }
    }

    /// Once per entry: the copy kept from an earlier page view, shown to
    /// every subscriber it covers (they still wait for the network).
    async fn show_kept(&self) {
        if self.kept_looked_up.replace(true) || self.feed.read().is_some() {
            return;
        }
        let Some(kept) = kept::load(&self.url).await else {
            return;
        };
        let Ok(feed) = parse(&kept.bytes, kept.charset.as_deref(), &self.url) else {
            return;
        };
        let read = Read {
            releases: feed.releases.len(),
            whole: kept.whole,
        };
        let feed = Rc::new(feed);
        *self.feed.write() = Some((feed.clone(), Source::Cache, read));
        *self.validators.write() = kept.validators;
        let update = Update::Feed {
            feed,
            source: Source::Cache,
            read,
        };
        self.send(&update, Some(read), false);
    }

    async fn fetch(self: &Rc<Self>, early: Option<Early>) {
        // Conditional only when the releases in hand cover every waiting
        // subscriber: a 304 must leave nobody without cards.
        let validators = self
            .feed
            .read()
            .as_ref()
            .filter(|(_, _, read)| read.covers(self.waiting_need()))
            .map(|_| self.validators.read().clone())
            .unwrap_or_default();
        // Headers of our own make a cross-origin request need a CORS
        // preflight most feed servers refuse; there the browser's HTTP
        // cache revalidates instead, and equal validators say "unchanged".
        let same_origin = same_origin(&self.url);
        let conditions = if same_origin {
            validators.conditions()
        } else {
            Vec::new()
        };
        let revalidate = !same_origin && validators != Validators::default();
        let fresh = || {
            if !self.wanted() {
                return None;
            }
            let controller = AbortController::new().ok()?;
            *self.controller.write() = Some(controller.clone());
            Some(controller)
        };
        if let Some(early) = &early {
            *self.controller.write() = Some(early.controller().clone());
        }
        let opened = retry::open_after(
            &self.url,
            self.timeout_ms.get(),
            &conditions,
            revalidate,
            &fresh,
            early,
        )
        .await;
        match opened {
            Err(failure) => self.send(&Update::Failed(failure), None, true),
            Ok(Opened::NotModified) => self.send(&Update::Unchanged, None, true),
            Ok(Opened::Body(download))
                if validators != Validators::default()
                    && validators.unchanged(download.status, &download.validators) =>
            {
                download.stop();
                self.send(&Update::Unchanged, None, true);
            }
            Ok(Opened::Body(download)) => self.stream(download).await,
        }
    }

    /// Reads and parses the body as it streams in, serving each waiting
    /// subscriber once its releases are complete.
    async fn stream(&self, mut download: super::net::Download) {
        let mut parser = ByteParser::new(
            download.charset.as_deref(),
            Some(&self.url),
            Box::new(BrowserDecoder::boxed),
        );
        // The bytes read, for the kept copy and for the releases of a
        // subscriber served before the end (parsed again from the head).
        let mut bytes = Vec::new();
        let mut too_big = false;
        let mut stopped = false;
        let mut reading_all = false;
        let fail = |f: Failure| self.send(&Update::Failed(f), None, true);
        // Bytes handed to the parser so far.
        let mut read_bytes = 0u64;
        let mut slices = super::tasks::Slices::starting_now();
        'chunks: loop {
            let chunk = match download.next_chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(f) => return fail(f),
            };
            // A chunk comes into the wasm a slice at a time, and reading
            // stops inside it once the releases still waited for are
            // complete (unless the rest is being read whole): the text
            // after them is never copied, decoded or held. A large slice
            // is read in steps, the page runs between them, and between
            // slices once a slice of time is used (chunks already
            // downloaded come in without a task between them).
            let length = chunk.length();
            let mut at = 0;
            while at < length {
                slices.next().await;
                let end = length.min(at.saturating_add(SLICE_BYTES));
                let slice = chunk.subarray(at, end).to_vec();
                at = end;
                read_bytes += slice.len() as u64;
                if let Err(e) = parser.write(&slice) {
                    return fail(parse_failure(e));
                }
                parser.set_limit(if reading_all {
                    usize::MAX
                } else {
                    self.waiting_need()
                });
                if let Err(e) = read_written(&mut parser).await {
                    return fail(parse_failure(e));
                }
                if !too_big && keep::fits(bytes.len() + slice.len()) {
                    bytes.extend_from_slice(&slice);
                } else {
                    too_big = true;
                    bytes = Vec::new();
                }
                if !self.wanted() {
                    download.stop();
                    return;
                }
                let complete = parser.complete();
                if complete >= self.waiting_need() {
                    if download.worth_stopping(read_bytes) {
                        download.stop();
                        stopped = true;
                        break 'chunks;
                    }
                    // Too little is left to be worth cancelling: read it all.
                    reading_all = true;
                    continue;
                }
                // Some subscriber needs more: serve those whose releases are in.
                let some_due = self
                    .subs
                    .read()
                    .iter()
                    .any(|s| !s.served && s.need <= complete);
                if some_due && !too_big {
                    if let Ok(head) = parse(&bytes, download.charset.as_deref(), &self.url) {
                        let read = Read {
                            releases: head.releases.len(),
                            whole: false,
                        };
                        let update = Update::Feed {
                            feed: Rc::new(head),
                            source: Source::Network,
                            read,
                        };
                        self.send(&update, Some(read), true);
                    }
                }
            }
        }
        // Read to its end, the body is read whole: text held back by a
        // limit that was reached inside the last chunk is read now, so a
        // feed marked whole holds every release.
        if !stopped {
            parser.set_limit(usize::MAX);
            if let Err(e) = read_written(&mut parser).await {
                return fail(parse_failure(e));
            }
        }
        let feed = match parser.finish() {
            Ok(feed) => Rc::new(feed),
            Err(e) => return fail(parse_failure(e)),
        };
        let read = Read {
            releases: feed.releases.len(),
            whole: !stopped,
        };
        *self.feed.write() = Some((feed.clone(), Source::Network, read));
        *self.validators.write() = download.validators.clone();
        let update = Update::Feed {
            feed,
            source: Source::Network,
            read,
        };
        self.send(&update, None, true);
        if !download.keepable {
            kept::forget(&self.url).await;
        } else if !too_big && keep::fits(bytes.len()) {
            let copy = Kept {
                bytes,
                charset: download.charset.clone(),
                validators: download.validators.clone(),
                whole: !stopped,
            };
            kept::store(&self.url, &copy).await;
        }
    }
}

fn parse(bytes: &[u8], charset: Option<&str>, url: &str) -> Result<Feed, feed::ParseError> {
    encoding::parse_bytes(bytes, charset, Some(url), BrowserDecoder::boxed)
}

/// The failure of a feed that could not be read.
/// How much of a chunk is parsed before the page gets a turn (a few
/// milliseconds of work natively; a large chunk is read in steps).
const PARSE_STEP_BYTES: usize = 128 * 1024;

/// How much of a chunk enters the wasm at a time: reading stops at the
/// end of the slice in which the releases waited for are complete, so at
/// most this much text past them is copied.
const SLICE_BYTES: u32 = 16 * 1024;

/// Reads the text written to `parser`, up to its limit, in steps with the
/// page running between them.
async fn read_written(parser: &mut ByteParser) -> Result<(), feed::ParseError> {
    while parser.step(PARSE_STEP_BYTES)? {
        super::tasks::yield_now().await;
    }
    Ok(())
}

pub fn parse_failure(e: feed::ParseError) -> Failure {
    Failure::new(ErrorCode::Parse, format!("the feed could not be read: {e}"))
}

/// Whether `url` has the page's origin.
fn same_origin(url: &str) -> bool {
    let page = web_sys::window().and_then(|w| w.location().origin().ok());
    let feed = web_sys::Url::new(url).ok().map(|u| u.origin());
    page.is_some() && page == feed
}
