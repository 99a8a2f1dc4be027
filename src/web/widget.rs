//! One mounted widget: its shadow root, its lifecycle (load, refresh,
//! destroy), its `state` attribute and its events.
//!
//! Loads are numbered: each new load (attribute change, `refresh()`, the
//! refresh timer) aborts the one in flight, and a load that finds it has
//! been superseded or destroyed when it resumes changes nothing.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, CustomEvent, CustomEventInit, Element, ShadowRoot};

use super::decode::BrowserDecoder;
use super::dom::{self, document};
use super::net::{self, Timer};
use super::{html, relay, render, styles};
use crate::feed::encoding::ByteParser;
use crate::feed::{self, Feed, Release, Text, TextKind};
use crate::markup;
use crate::options::Options;
use crate::present::{self, ui};
use crate::status::{ErrorCode, Failure, State, ERROR_EVENT, READY_EVENT};
use crate::view::{self, CardView, Content};

thread_local! {
    static WIDGETS: RefCell<Vec<Rc<Widget>>> = const { RefCell::new(Vec::new()) };
}

/// A widget mounted on a host element.
pub struct Widget {
    host: Element,
    root: ShadowRoot,
    /// Options given to `mount()`, applied over the element's attributes.
    js_options: RefCell<Vec<(String, String)>>,
    generation: Cell<u32>,
    controller: RefCell<Option<AbortController>>,
    refresh: RefCell<Option<Timer>>,
    /// Whether cards from an earlier load are on screen.
    showing: Cell<bool>,
    /// Where the last load's releases came from (the `source` attribute).
    source: Cell<&'static str>,
}

/// The widget mounted on `host`, if any.
pub fn find(host: &Element) -> Option<Rc<Widget>> {
    WIDGETS.with(|w| w.borrow().iter().find(|w| w.host == *host).cloned())
}

/// The widget on `host`, mounting one if there is none.
pub fn attach(host: &Element) -> Result<Rc<Widget>, JsValue> {
    if let Some(existing) = find(host) {
        return Ok(existing);
    }
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    styles::adopt(&root);
    let widget = Rc::new(Widget {
        host: host.clone(),
        root,
        js_options: RefCell::new(Vec::new()),
        generation: Cell::new(0),
        controller: RefCell::new(None),
        refresh: RefCell::new(None),
        showing: Cell::new(false),
        source: Cell::new("network"),
    });
    widget.show_fallback();
    WIDGETS.with(|w| w.borrow_mut().push(widget.clone()));
    Ok(widget)
}

/// Every mounted widget whose host has left the document.
pub fn detached() -> Vec<Rc<Widget>> {
    WIDGETS.with(|w| {
        w.borrow()
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
        *self.js_options.borrow_mut() = pairs;
    }

    /// Loads (or reloads) the feed and renders it; resolves when the
    /// widget has settled in `ready`, `empty` or `error`, or immediately if
    /// a newer load or `destroy()` superseded this one.
    pub async fn load(self: Rc<Self>) {
        let generation = self.begin();
        // Let a burst of attribute changes settle into one load.
        let _ = JsFuture::from(js_sys::Promise::resolve(&JsValue::UNDEFINED)).await;
        if self.superseded(generation) {
            return;
        }
        let (outcome, refresh_s) = self.run().await;
        if self.superseded(generation) {
            return;
        }
        match outcome {
            Ok(count) => self.settle(
                if count == 0 {
                    State::Empty
                } else {
                    State::Ready
                },
                count,
            ),
            Err(failure) => self.fail(failure),
        }
        self.schedule_refresh(refresh_s);
    }

    /// Stops everything (request, timer), removes the cards and shows the
    /// fallback again, and forgets the widget.
    pub fn destroy(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
        self.abort();
        self.refresh.borrow_mut().take();
        self.show_fallback();
        for name in ["state", "error-code"] {
            let _ = self.host.remove_attribute(name);
        }
        WIDGETS.with(|w| w.borrow_mut().retain(|w| w.host != self.host));
    }

    fn begin(&self) -> u32 {
        let generation = self.generation.get().wrapping_add(1);
        self.generation.set(generation);
        self.abort();
        self.refresh.borrow_mut().take();
        self.set_state(State::Loading);
        let _ = self.host.remove_attribute("error-code");
        generation
    }

    fn superseded(&self, generation: u32) -> bool {
        self.generation.get() != generation
    }

    fn abort(&self) {
        if let Some(c) = self.controller.borrow_mut().take() {
            c.abort();
        }
    }

    /// Options, source, parse, view, render. Returns the number of cards
    /// shown, and the refresh interval to schedule (0 when none).
    async fn run(&self) -> (Result<usize, Failure>, u32) {
        let options = match self.options() {
            Ok(o) => o,
            Err(f) => return (Err(f), 0),
        };
        // While loading, a skeleton sized for the layout and limit holds
        // the cards' space (render::skeleton); the fallback returns on error.
        if !self.showing.get() {
            dom::clear(&self.root);
            dom::append(&self.root, &render::skeleton(&document(), &options));
        }
        let refresh_s = options.refresh_s;
        (self.fetch_and_render(&options).await, refresh_s)
    }

    fn options(&self) -> Result<Options, Failure> {
        let attrs = self.host.attributes();
        let mut pairs: Vec<(String, String)> = (0..attrs.length())
            .filter_map(|i| attrs.item(i))
            .map(|a| (a.name(), a.value()))
            .collect();
        pairs.extend(self.js_options.borrow().iter().cloned());
        Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .map_err(|e| Failure::new(ErrorCode::Config, e.to_string()))
    }

    async fn fetch_and_render(&self, options: &Options) -> Result<usize, Failure> {
        let page_url = page_url();
        if let Some(cards_url) = relay::wanted(&self.host, options, &page_url)? {
            return self.show_relayed(&cards_url, options).await;
        }
        let feed = match net::inline_feed(&self.host) {
            Some(text) => {
                self.source.set("inline");
                feed::parse(&text, Some(&page_url)).map_err(parse_failure)?
            }
            None => {
                self.source.set("network");
                let url = options
                    .feed_url(&page_url)
                    .map_err(|e| Failure::new(ErrorCode::Config, e.to_string()))?;
                self.download(&url, options).await?
            }
        };
        let releases = view::select(&feed, options);
        if releases.is_empty() {
            self.show_fallback();
        } else {
            self.show_cards(&feed, &releases, options).await;
        }
        Ok(releases.len())
    }

    /// The cards from the relay at `cards_url` (the `relay` option), shown
    /// like a feed's, with `source="relay"`.
    async fn show_relayed(&self, cards_url: &str, options: &Options) -> Result<usize, Failure> {
        self.source.set(relay::SOURCE);
        let controller = self.new_controller()?;
        let views = relay::cards(cards_url, options.timeout_ms, &controller).await?;
        if views.is_empty() {
            self.show_fallback();
            return Ok(0);
        }
        let mut card = |i: usize| present::card(&views[i], views.get(i + 1), options).into();
        self.show(options, views.len(), &mut card).await;
        Ok(views.len())
    }

    /// [`render::show`] into this widget, stopped by a newer load. Cards
    /// come through a trait object, so the slicing loop is in the wasm
    /// once, whichever caller gives them.
    async fn show(&self, options: &Options, count: usize, card: &mut dyn FnMut(usize) -> ui::Node) {
        let generation = self.generation.get();
        let current = || !self.superseded(generation);
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

    /// A new controller for this load's request, aborting the last one.
    fn new_controller(&self) -> Result<AbortController, Failure> {
        let controller = AbortController::new()
            .map_err(|_| Failure::new(ErrorCode::Network, "AbortController is unavailable"))?;
        *self.controller.borrow_mut() = Some(controller.clone());
        Ok(controller)
    }

    /// Shows a card per release, built one at a time (view, then UI tree,
    /// then DOM) in slices that yield to the page (`render::show`); a newer
    /// load or `destroy()` met while yielding stops it.
    async fn show_cards(&self, feed: &Feed, releases: &[&Release], options: &Options) {
        let page_lang = page_lang(&self.host);
        let view_of = |release: &Release| {
            view::build(
                release,
                feed,
                content_of(release),
                options,
                page_lang.as_deref(),
            )
        };
        // A card's footer depends on the next card's disclaimer: each view
        // is built once, one card ahead.
        let mut next: Option<CardView> = None;
        let mut card = |i: usize| {
            let view = next.take().unwrap_or_else(|| view_of(releases[i]));
            next = releases.get(i + 1).map(|release| view_of(release));
            present::card(&view, next.as_ref(), options).into()
        };
        self.show(options, releases.len(), &mut card).await;
    }

    /// Downloads and parses the feed at `url` chunk by chunk; once the
    /// releases to show are complete, the rest of the download is
    /// cancelled.
    async fn download(&self, url: &str, options: &Options) -> Result<Feed, Failure> {
        let controller = self.new_controller()?;
        let mut download = net::open(url, options.timeout_ms, &controller).await?;
        let mut parser = ByteParser::new(
            download.charset.as_deref(),
            Some(url),
            Box::new(BrowserDecoder::boxed),
        );
        // With `item`, the wanted release may come anywhere: read it all.
        let enough = match options.item {
            Some(_) => usize::MAX,
            None => options.limit as usize,
        };
        while let Some(bytes) = download.next().await? {
            parser.push(&bytes).map_err(parse_failure)?;
            if parser.complete() >= enough && download.worth_stopping() {
                download.stop();
                break;
            }
        }
        parser.finish().map_err(parse_failure)
    }

    fn show_fallback(&self) {
        dom::clear(&self.root);
        let slot = dom::element(&document(), "slot");
        dom::append(&self.root, &slot);
        self.showing.set(false);
    }

    fn settle(&self, state: State, count: usize) {
        self.set_state(state);
        dom::set(&self.host, "source", self.source.get());
        let detail = Object::new();
        let _ = Reflect::set(&detail, &"count".into(), &(count as u32).into());
        let _ = Reflect::set(&detail, &"source".into(), &self.source.get().into());
        self.dispatch(READY_EVENT, &detail);
    }

    /// Enters `error`: the failure is reported on the console (naming the
    /// element), on the element and in an event. Cards already on screen
    /// from an earlier load stay (a failed refresh loses nothing);
    /// otherwise the fallback children show.
    fn fail(&self, failure: Failure) {
        web_sys::console::error_3(
            &"syndicard:".into(),
            &failure.message.as_str().into(),
            &self.host,
        );
        if !self.showing.get() {
            self.show_fallback();
        }
        self.set_state(State::Error);
        dom::set(&self.host, "error-code", failure.code.as_str());
        let detail = Object::new();
        let _ = Reflect::set(&detail, &"code".into(), &failure.code.as_str().into());
        let _ = Reflect::set(&detail, &"message".into(), &failure.message.as_str().into());
        self.dispatch(ERROR_EVENT, &detail);
    }

    fn set_state(&self, state: State) {
        dom::set(&self.host, "state", state.as_str());
    }

    fn dispatch(&self, name: &str, detail: &Object) {
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = self.host.dispatch_event(&event);
        }
    }

    fn schedule_refresh(self: &Rc<Self>, seconds: u32) {
        if seconds == 0 {
            return;
        }
        let weak: Weak<Widget> = Rc::downgrade(self);
        let timer = Timer::start(seconds.saturating_mul(1000), move || {
            if let Some(widget) = weak.upgrade() {
                wasm_bindgen_futures::spawn_local(widget.load());
            }
        });
        *self.refresh.borrow_mut() = timer;
    }
}

fn parse_failure(e: feed::ParseError) -> Failure {
    Failure::new(ErrorCode::Parse, format!("the feed could not be read: {e}"))
}

/// The sanitized content of `release`: HTML through the browser's parser
/// and the allowlists, plain text split into paragraphs. The body is the
/// content, else the summary; the summary goes alongside when both exist.
fn content_of(release: &Release) -> Content {
    let blocks = |text: &Text| match text.kind {
        TextKind::Html => html::sanitized(&text.value, release.link.as_deref()),
        TextKind::Plain => markup::paragraphs_from_text(&text.value),
    };
    match (&release.content, &release.summary) {
        (Some(content), summary) => Content {
            body: blocks(content),
            summary: summary.as_ref().map(blocks).unwrap_or_default(),
        },
        (None, Some(summary)) => blocks(summary).into(),
        (None, None) => Content::default(),
    }
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
