//! One mounted widget: its shadow root, its lifecycle (load, refresh,
//! destroy), its `state` and `source` attributes and its events.
//!
//! Loads are numbered: each new load (attribute change, `refresh()`, the
//! refresh timer) supersedes the one before, and a load that finds it has
//! been superseded or destroyed when it resumes changes nothing. Releases
//! come from an inline feed child or from the page's shared download of
//! the feed ([`feed_store`]), which may update the widget more than once
//! (the kept copy, then the network's answer). A load that only changes
//! presentation (layout, theme, language, heading level) re-renders from
//! the releases on screen without a request ([`refetch::needs_fetch`]).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, CustomEvent, CustomEventInit, Element, IntersectionObserver,
    IntersectionObserverEntry, IntersectionObserverInit, ShadowRoot,
};

use super::cell::Shared;
use super::dom::{self, document};
use super::feed_store::{self, Subscription, Update};
use super::net;
use super::timer::Timer;
use super::{html, relay, render, styles};
use crate::feed::{self, Feed, Release};
use crate::net::refetch::{self, Read};
use crate::options::{Loading, Options};
use crate::present::{self, ui};
use crate::status::{ErrorCode, Failure, Source, State, ERROR_EVENT, READY_EVENT};
use crate::view::{self, CardView, Content};

thread_local! {
    static WIDGETS: RefCell<Vec<Rc<Widget>>> = const { RefCell::new(Vec::new()) };
    static NEXT_SUB: Cell<u32> = const { Cell::new(0) };
    /// The one `visibilitychange` listener, added with the first refresh
    /// timer; it lives as long as the page.
    static VISIBILITY: Cell<bool> = const { Cell::new(false) };
}

/// How far outside the viewport a `loading="lazy"` widget starts loading:
/// about one viewport.
const LAZY_MARGIN: &str = "100% 0px 100% 0px";

/// A widget mounted on a host element.
pub struct Widget {
    host: Element,
    root: ShadowRoot,
    /// Options given to `mount()`, applied over the element's attributes.
    js_options: RefCell<Vec<(String, String)>>,
    generation: Cell<u32>,
    state: Cell<State>,
    /// The options of the latest load: updates render with them.
    options: RefCell<Option<Options>>,
    /// The feed subscription: its id (updates of older ones are ignored),
    /// the feed URL and the need it was made with.
    sub: RefCell<Option<(u32, String, usize, Subscription)>>,
    /// The releases on screen.
    shown: RefCell<Option<Shown>>,
    refresh: RefCell<Option<Timer>>,
    /// The refresh timer fired while the page was hidden.
    refresh_due: Cell<bool>,
    /// A `loading="lazy"` widget's observer, until it comes near.
    lazy: RefCell<Option<Lazy>>,
    /// Whether the element has come near the viewport (or is eager).
    near: Cell<bool>,
    /// Resolvers of the promises `load()` waits on, settled with the widget.
    waiters: RefCell<Vec<js_sys::Function>>,
    /// Whether cards from an earlier load are on screen.
    showing: Cell<bool>,
    /// Renders started; a render that finds a newer one stops.
    renders: Cell<u32>,
    /// The request to a relay (`relay=`) in flight, aborted by a newer
    /// load or `destroy()`.
    relay_request: RefCell<Option<AbortController>>,
}

/// The releases a widget shows and what they were read with.
struct Shown {
    url: String,
    options: Options,
    feed: Rc<Feed>,
    source: Source,
    read: Read,
    count: usize,
}

struct Lazy {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Lazy {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The widget mounted on `host`, if any.
pub fn find(host: &Element) -> Option<Rc<Widget>> {
    WIDGETS.with(|w| w.read().iter().find(|w| w.host == *host).cloned())
}

/// The widget on `host`, mounting one if there is none.
pub fn attach(host: &Element) -> Result<Rc<Widget>, JsValue> {
    if let Some(existing) = find(host) {
        return Ok(existing);
    }
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .map_err(|_| unusable_host(host))?,
    };
    styles::adopt(&root);
    let widget = Rc::new(Widget {
        host: host.clone(),
        root,
        js_options: RefCell::new(Vec::new()),
        generation: Cell::new(0),
        state: Cell::new(State::Loading),
        options: RefCell::new(None),
        sub: RefCell::new(None),
        shown: RefCell::new(None),
        refresh: RefCell::new(None),
        refresh_due: Cell::new(false),
        lazy: RefCell::new(None),
        near: Cell::new(false),
        waiters: RefCell::new(Vec::new()),
        showing: Cell::new(false),
        renders: Cell::new(0),
        relay_request: RefCell::new(None),
    });
    widget.show_fallback();
    WIDGETS.with(|w| w.write().push(widget.clone()));
    Ok(widget)
}

/// Every mounted widget whose host has left the document.
pub fn detached() -> Vec<Rc<Widget>> {
    WIDGETS.with(|w| {
        w.read()
            .iter()
            .filter(|w| !w.host.is_connected())
            .cloned()
            .collect()
    })
}

impl Widget {
    /// The host element.
    pub fn host(&self) -> &Element {
        &self.host
    }

    /// Replaces the options given through `mount()`.
    pub fn set_js_options(&self, pairs: Vec<(String, String)>) {
        *self.js_options.write() = pairs;
    }

    /// Loads (or, when only presentation changed, re-renders) the feed;
    /// resolves when the widget has settled in `ready`, `empty` or `error`,
    /// or as soon as a newer load or `destroy()` supersedes this one.
    pub async fn load(self: Rc<Self>) {
        self.run(false).await;
    }

    /// Fetches the feed again (conditionally when possible) and renders
    /// it; resolves as [`Widget::load`] does.
    pub async fn refresh(self: Rc<Self>) {
        self.run(true).await;
    }

    async fn run(self: Rc<Self>, fresh: bool) {
        let generation = self.begin();
        // Let a burst of attribute changes settle into one load.
        let _ = JsFuture::from(js_sys::Promise::resolve(&JsValue::UNDEFINED)).await;
        if self.superseded(generation) {
            return;
        }
        let settled = self.settled();
        self.start(generation, fresh);
        let _ = JsFuture::from(settled).await;
        if self.superseded(generation) {
            return;
        }
        let seconds = self.options.read().as_ref().map_or(0, |o| o.refresh_s);
        self.schedule_refresh(seconds);
    }

    /// Stops everything (subscription, timer, observer), removes the cards
    /// and shows the fallback again, and forgets the widget.
    pub fn destroy(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
        self.sub.write().take();
        self.abort_relay();
        self.refresh.write().take();
        self.lazy.write().take();
        self.shown.write().take();
        self.show_fallback();
        for name in ["state", "error-code", "source"] {
            let _ = self.host.remove_attribute(name);
        }
        self.release_waiters();
        WIDGETS.with(|w| w.write().retain(|w| w.host != self.host));
    }

    fn begin(&self) -> u32 {
        let generation = self.generation.get().wrapping_add(1);
        self.generation.set(generation);
        self.abort_relay();
        self.refresh.write().take();
        self.lazy.write().take();
        self.refresh_due.set(false);
        self.release_waiters();
        generation
    }

    fn superseded(&self, generation: u32) -> bool {
        self.generation.get() != generation
    }

    /// A promise resolved when the widget next settles (or is superseded).
    fn settled(&self) -> js_sys::Promise {
        js_sys::Promise::new(&mut |resolve, _| self.waiters.write().push(resolve))
    }

    fn release_waiters(&self) {
        let waiters = std::mem::take(&mut *self.waiters.write());
        for resolve in waiters {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }

    /// Reads the options, then renders from the releases on screen, an
    /// inline feed, or the network (after the lazy gate).
    fn start(self: &Rc<Self>, generation: u32, fresh: bool) {
        let options = match self.options() {
            Ok(o) => o,
            Err(f) => {
                self.sub.write().take();
                return self.fail(f);
            }
        };
        *self.options.write() = Some(options.clone());
        let page_url = page_url();
        // Where releases come from: a relay's cards (`relay=`), an inline
        // child, else the feed URL through the page's shared download.
        match relay::wanted(&self.host, &options, &page_url) {
            Ok(Some(cards_url)) => {
                self.sub.write().take();
                return self.ask_relay(generation, cards_url, options);
            }
            Ok(None) => {}
            Err(f) => {
                self.sub.write().take();
                return self.fail(f);
            }
        }
        if let Some(text) = net::inline_feed(&self.host) {
            self.sub.write().take();
            return match feed::parse(&text, Some(&page_url)) {
                Ok(feed) => {
                    let read = Read {
                        releases: feed.releases.len(),
                        whole: true,
                    };
                    self.show(Rc::new(feed), Source::Inline, read, String::new());
                }
                Err(e) => self.fail(feed_store::parse_failure(e)),
            };
        }
        let url = match options.feed_url(&page_url) {
            Ok(url) => url,
            Err(e) => {
                self.sub.write().take();
                return self.fail(Failure::new(ErrorCode::Config, e.to_string()));
            }
        };
        if !fresh {
            let on_screen = self
                .shown
                .read()
                .as_ref()
                .filter(|s| s.url == url && !refetch::needs_fetch(&s.options, &options, s.read))
                .map(|s| (s.feed.clone(), s.source, s.read));
            if let Some((feed, source, read)) = on_screen {
                return self.show(feed, source, read, url);
            }
        }
        self.set_state(State::Loading);
        for name in ["error-code", "source"] {
            let _ = self.host.remove_attribute(name);
        }
        // While loading, a skeleton sized for the layout and limit holds
        // the cards' space (render::skeleton); the fallback returns on error.
        if !self.showing.get() {
            dom::clear(&self.root);
            dom::append(&self.root, &render::skeleton(&document(), &options));
        }
        if options.loading == Loading::Lazy && !self.near.get() {
            return self.wait_until_near(generation, fresh);
        }
        self.subscribe(url, &options, fresh);
    }

    /// The cards from a relay's `/v1/cards` (the `relay` option), shown
    /// like a feed's with `source="relay"`. They are not a feed the widget
    /// could re-render on its own, so any new load asks the relay again
    /// (which answers from its cache).
    fn ask_relay(self: &Rc<Self>, generation: u32, cards_url: String, options: Options) {
        self.shown.write().take();
        self.set_state(State::Loading);
        for name in ["error-code", "source"] {
            let _ = self.host.remove_attribute(name);
        }
        if !self.showing.get() {
            dom::clear(&self.root);
            dom::append(&self.root, &render::skeleton(&document(), &options));
        }
        let widget = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let fresh = || {
                if widget.superseded(generation) {
                    return None;
                }
                let controller = AbortController::new().ok()?;
                *widget.relay_request.write() = Some(controller.clone());
                Some(controller)
            };
            let answer = relay::cards(&cards_url, options.timeout_ms, &fresh).await;
            if widget.superseded(generation) {
                return;
            }
            widget.relay_request.write().take();
            let views = match answer {
                Ok(views) => views,
                Err(failure) => return widget.fail(failure),
            };
            let render = widget.renders.get().wrapping_add(1);
            widget.renders.set(render);
            if views.is_empty() {
                widget.show_fallback();
                return widget.settle(0, Source::Relay);
            }
            let current = || !widget.superseded(generation) && widget.renders.get() == render;
            let mut card = |i: usize| present::card(&views[i], views.get(i + 1), &options).into();
            widget
                .render_cards(&options, views.len(), &mut card, &current)
                .await;
            if current() {
                widget.settle(views.len(), Source::Relay);
            }
        });
    }

    fn abort_relay(&self) {
        if let Some(c) = self.relay_request.write().take() {
            c.abort();
        }
    }

    /// Subscribes to the feed at `url` (or, for a refresh of the same
    /// feed and need, asks the subscription again).
    fn subscribe(self: &Rc<Self>, url: String, options: &Options, fresh: bool) {
        let need = refetch::need(options);
        if let Some((_, sub_url, sub_need, sub)) = &*self.sub.read() {
            if *sub_url == url && *sub_need == need {
                if fresh {
                    sub.refresh();
                }
                return;
            }
        }
        let id = NEXT_SUB.with(|n| {
            n.set(n.get().wrapping_add(1));
            n.get()
        });
        let weak: Weak<Widget> = Rc::downgrade(self);
        let notify: feed_store::Notify = Rc::new(move |update| {
            if let Some(widget) = weak.upgrade() {
                widget.update(id, update);
            }
        });
        let sub = feed_store::subscribe(&url, need, options.timeout_ms, fresh, notify);
        // The new subscription is made before the old one goes, so a feed
        // both share is not abandoned in between.
        let old = self.sub.write().replace((id, url, need, sub));
        drop(old);
    }

    /// Observes the host until it comes within about a viewport of being
    /// visible, then goes on with the load.
    fn wait_until_near(self: &Rc<Self>, generation: u32, fresh: bool) {
        let weak = Rc::downgrade(self);
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let near = entries.iter().any(|e| {
                e.unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            let Some(widget) = weak.upgrade().filter(|_| near) else {
                return;
            };
            // Continue outside the observer's callback, which goes with it.
            super::tasks::spawn(Box::pin(async move {
                if widget.superseded(generation) || widget.lazy.write().take().is_none() {
                    return;
                }
                widget.near.set(true);
                widget.start(generation, fresh);
            }));
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin(LAZY_MARGIN);
        let Ok(observer) =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
        else {
            self.near.set(true);
            return self.start(generation, fresh);
        };
        observer.observe(&self.host);
        *self.lazy.write() = Some(Lazy {
            observer,
            _callback: callback,
        });
    }

    /// An update from the feed's shared download.
    fn update(self: &Rc<Self>, id: u32, update: Update) {
        let current = self
            .sub
            .read()
            .as_ref()
            .map(|(i, url, ..)| (*i, url.clone()));
        let Some(url) = current.filter(|(i, _)| *i == id).map(|(_, url)| url) else {
            return;
        };
        let kept = self.shown.read().as_ref().map(|s| (s.count, s.source));
        match update {
            Update::Feed { feed, source, read } => self.show(feed, source, read, url),
            // The releases on screen are current, or the kept copy stays
            // (offline, a failed request): the widget settles again if a
            // refresh had put it back in `loading`.
            Update::Unchanged => self.resettle(kept),
            Update::Failed(_) if kept.is_some_and(|(_, s)| s == Source::Cache) => {
                self.resettle(kept)
            }
            Update::Failed(failure) => self.fail(failure),
        }
    }

    fn resettle(&self, kept: Option<(usize, Source)>) {
        match kept {
            Some((count, source)) if self.state.get() == State::Loading => {
                self.settle(count, source)
            }
            Some(_) => self.release_waiters(),
            None => {}
        }
    }

    fn options(&self) -> Result<Options, Failure> {
        let attrs = self.host.attributes();
        let mut pairs: Vec<(String, String)> = (0..attrs.length())
            .filter_map(|i| attrs.item(i))
            .map(|a| (a.name(), a.value()))
            .collect();
        pairs.extend(self.js_options.read().iter().cloned());
        Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .map_err(|e| Failure::new(ErrorCode::Config, e.to_string()))
    }

    /// Renders `feed` with the current options, in place of whatever is
    /// on screen (the cards on screen hold the space of the new ones, no
    /// skeleton in between), and settles once the cards are in.
    fn show(self: &Rc<Self>, feed: Rc<Feed>, source: Source, read: Read, url: String) {
        let Some(options) = self.options.read().clone() else {
            return;
        };
        let count = view::select(&feed, &options).len();
        *self.shown.write() = Some(Shown {
            url,
            options: options.clone(),
            feed: feed.clone(),
            source,
            read,
            count,
        });
        let render = self.renders.get().wrapping_add(1);
        self.renders.set(render);
        if count == 0 {
            self.show_fallback();
            return self.settle(0, source);
        }
        let generation = self.generation.get();
        let widget = self.clone();
        super::tasks::spawn(Box::pin(async move {
            let releases = view::select(&feed, &options);
            let current = || !widget.superseded(generation) && widget.renders.get() == render;
            widget
                .show_cards(&feed, &releases, &options, &current)
                .await;
            if current() {
                widget.settle(count, source);
            }
        }));
    }

    /// Shows a card per release, built one at a time (view, then UI tree,
    /// then DOM) in slices that yield to the page (`render::show`); a newer
    /// load, update or `destroy()` met while yielding stops it.
    async fn show_cards(
        &self,
        feed: &Feed,
        releases: &[&Release],
        options: &Options,
        current: &dyn Fn() -> bool,
    ) {
        let page_lang = page_lang(&self.host);
        let view_of = |release: &Release| card_view(release, feed, options, page_lang.as_deref());
        // A card's footer depends on the next card's disclaimer: each view
        // is built once, one card ahead.
        let mut next: Option<CardView> = None;
        let mut card = |i: usize| {
            let view = next.take().unwrap_or_else(|| view_of(releases[i]));
            next = releases.get(i + 1).map(|release| view_of(release));
            present::card(&view, next.as_ref(), options).into()
        };
        self.render_cards(options, releases.len(), &mut card, current)
            .await;
    }

    /// [`render::show`] into this widget. Cards come through a trait
    /// object, so the slicing loop is in the wasm once, whichever caller
    /// (a feed's releases, a relay's cards) gives them.
    async fn render_cards(
        &self,
        options: &Options,
        count: usize,
        card: &mut dyn FnMut(usize) -> ui::Node,
        current: &dyn Fn() -> bool,
    ) {
        render::show(
            &self.root,
            &present::container(options),
            count,
            card,
            current,
            &self.showing,
        )
        .await;
    }

    fn show_fallback(&self) {
        dom::clear(&self.root);
        let slot = dom::element(&document(), "slot");
        dom::append(&self.root, &slot);
        self.showing.set(false);
    }

    fn settle(&self, count: usize, source: Source) {
        self.set_state(if count == 0 {
            State::Empty
        } else {
            State::Ready
        });
        let _ = self.host.remove_attribute("error-code");
        dom::set(&self.host, "source", source.as_str());
        let detail = Object::new();
        let _ = Reflect::set(&detail, &"count".into(), &(count as u32).into());
        let _ = Reflect::set(&detail, &"source".into(), &source.as_str().into());
        self.dispatch(READY_EVENT, &detail);
        self.release_waiters();
    }

    /// Enters `error`: the failure is reported on the console (naming the
    /// element), on the element and in an event. Cards already on screen
    /// from an earlier load stay (a failed refresh loses nothing);
    /// otherwise the fallback children show.
    fn fail(&self, failure: Failure) {
        if !self.showing.get() {
            self.show_fallback();
        }
        let _ = self.host.remove_attribute("source");
        report(&self.host, &failure);
        self.release_waiters();
    }

    fn set_state(&self, state: State) {
        self.state.set(state);
        dom::set(&self.host, "state", state.as_str());
    }

    fn dispatch(&self, name: &str, detail: &Object) {
        dispatch(&self.host, name, detail);
    }

    /// Refreshes after `seconds` (0: never). A timer that fires while the
    /// page is hidden leaves the refresh due until it is visible again.
    fn schedule_refresh(self: &Rc<Self>, seconds: u32) {
        if seconds == 0 {
            return;
        }
        watch_visibility();
        let weak: Weak<Widget> = Rc::downgrade(self);
        let timer = Timer::start(seconds.saturating_mul(1000), move || {
            let Some(widget) = weak.upgrade() else { return };
            if document().hidden() {
                widget.refresh_due.set(true);
            } else {
                super::tasks::spawn(Box::pin(widget.refresh()));
            }
        });
        *self.refresh.write() = timer;
    }
}

/// Reports `failure` on `host`: on the console (naming the element), in
/// its `state="error"` and `error-code`, and in a `syndicard:error` event.
fn report(host: &Element, failure: &Failure) {
    web_sys::console::error_3(&"syndicard:".into(), &failure.message.as_str().into(), host);
    dom::set(host, "state", State::Error.as_str());
    dom::set(host, "error-code", failure.code.as_str());
    let detail = Object::new();
    let _ = Reflect::set(&detail, &"code".into(), &failure.code.as_str().into());
    let _ = Reflect::set(&detail, &"message".into(), &failure.message.as_str().into());
    dispatch(host, ERROR_EVENT, &detail);
}

fn dispatch(host: &Element, name: &str, detail: &Object) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// A host that cannot hold a shadow root (`<figure>`, `<a>`, an element
/// with a closed root of its own): reported as a `config` error, and the
/// `Error` `mount()` rejects with.
fn unusable_host(host: &Element) -> JsValue {
    let message = format!(
        "a <{}> element cannot hold the widget (no shadow root can be attached to it): use <syndi-card>, or a <div> with data-syndicard",
        host.local_name()
    );
    report(host, &Failure::new(ErrorCode::Config, message.as_str()));
    js_sys::Error::new(&format!("syndicard.mount: {message}")).into()
}

/// The view of `release` (one call site, so the view's code is not
/// inlined once per caller).
#[inline(never)]
fn card_view(
    release: &Release,
    feed: &Feed,
    options: &Options,
    page_lang: Option<&str>,
) -> CardView {
    view::card_view(release, feed, content_of(release), options, page_lang)
}

/// Adds, once per page, the `visibilitychange` listener that runs the
/// refreshes that fell due while the page was hidden.
fn watch_visibility() {
    if VISIBILITY.with(|v| v.replace(true)) {
        return;
    }
    let callback = Closure::<dyn Fn()>::new(|| {
        if document().hidden() {
            return;
        }
        let due: Vec<Rc<Widget>> = WIDGETS.with(|w| {
            w.read()
                .iter()
                .filter(|w| w.refresh_due.replace(false))
                .cloned()
                .collect()
        });
        for widget in due {
            super::tasks::spawn(Box::pin(widget.refresh()));
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", callback.as_ref().unchecked_ref());
    callback.forget();
}

/// The content of `release` (see [`Content::of`]): HTML through the
/// browser's parser and the allowlists; the summary only if the view asks.
fn content_of(release: &Release) -> Content<'_> {
    Content::of(release, &html::sanitized)
}

/// The URL relative feed URLs resolve against: the document's base URL.
fn page_url() -> String {
    let doc = document();
    doc.base_uri()
        .ok()
        .flatten()
        .or_else(|| doc.url().ok())
        .unwrap_or_default()
}

/// The language the host element sits in: the nearest `lang` attribute.
fn page_lang(host: &Element) -> Option<String> {
    host.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .filter(|l| !l.trim().is_empty())
}
