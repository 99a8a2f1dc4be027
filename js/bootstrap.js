
// ---- syndicard bootstrap (js/bootstrap.js, appended to wasm-bindgen's glue) ----
// Loads the wasm, defines <syndi-card> and lets Rust mount every element.
// No top-level await: WebKit before Safari 27 never runs a module that
// imports one still waiting at a top-level await (WebKit bug 242740), so the
// load runs in the background and `ready` tells when it is done.
// If the wasm cannot load (CSP without 'wasm-unsafe-eval', an old browser, a
// blocked request) nothing is thrown into the page: the element's own
// children stay visible as the fallback, `ready` resolves false and mount()
// rejects with an Error saying why.
// scripts/entry-module.mjs fills in OPTIONS, DATED and the version at build time.

// Every option attribute and its default (numbers for numeric options), from
// js/element.json checked against src/options.rs.
const OPTIONS = /* @OPTIONS@ */ {};

// The languages (primary subtags, space-separated) whose dates the core
// writes without Intl, from src/i18n/dates.rs.
const DATED = /* @DATED@ */ "";

let wasmSource;
let loading = false;
let loaded;
let failure;
let settle;

/**
 * Resolves true once the widget is loaded and <syndi-card> defined, false
 * if it could not load; never rejects.
 */
export const ready = new Promise((resolve) => {
  settle = resolve;
});

// Where the wasm is: what init() was told, else <meta name="syndicard-wasm">,
// else next to this module.
function wasmLocation() {
  const meta = typeof document === "object" && document.querySelector('meta[name="syndicard-wasm"]');
  const href = meta && meta.getAttribute("content");
  return href ? new URL(href, document.baseURI) : new URL("syndicard_bg.wasm", import.meta.url);
}

// Starts the download and compilation (streaming, where the server sends
// application/wasm); runs once.
function load() {
  if (loading) return;
  loading = true;
  let started;
  try {
    started = __wbg_init({ module_or_path: wasmSource === undefined ? wasmLocation() : wasmSource });
  } catch (error) {
    started = Promise.reject(error);
  }
  // One catch for the download, the instantiation and define(): whatever
  // fails, `ready` settles.
  started
    .then(() => {
      define();
      loaded = true;
      settle(true);
      // The widgets on the page have subscribed by now (in this task).
      dropEarly(1000);
    })
    .catch((error) => {
      loaded = false;
      failure = error;
      dropEarly(0);
      console.error("syndicard: the widget could not load, so its fallback content stays visible.", error);
      settle(false);
    });
}

// The download begins in the first microtask after this module's graph has
// run, so that a module importing this one can still call init() at its top
// level; nothing else runs in between. The feed requests of the widgets
// already on the page and the date formatter's warm-up follow it, while the
// wasm downloads.
queueMicrotask(() => {
  load();
  const hosts = typeof document === "object" ? document.querySelectorAll("syndi-card,[data-syndicard]") : [];
  prefetchFeeds(hosts);
  if (hosts.length) warmDates();
});

// Feed requests begun before the wasm is ready, by URL, where the shell
// claims them (src/web/net.rs `Early`).
const EARLY = Symbol.for("syndicard.early");

// The Cache API cache of the copies kept (src/web/kept.rs), and the
// localStorage key listing their URLs.
const CACHE = "syndicard-1";

// For each element already on the page that fetches its feed at once (a
// plain http(s) `feed`: no proxy, no relay, `loading` at its default, no
// inline feed child), starts exactly the request the shell would make, unless a
// copy of the feed is kept from an earlier page view (a kept copy makes
// the request conditional: the shell makes that one). Each entry's
// `looked` resolves, once the kept copy has been looked up, to null (no
// request made) or to the request's `response` promise and when it
// `started`. The shell takes the entry when its widget subscribes; what
// nobody takes is aborted (dropEarly).
// The options are read as src/options.rs reads them: an option's name
// with or without `data-`, its value trimmed, empty meaning the default
// (`loading`'s is OPTIONS'), a later attribute over an earlier one. Any
// script child counts as an inline feed here, and only printable ASCII
// feed URLs are taken: where this is stricter than the shell, the request
// just starts later, in the shell (tests/page/early.test.mjs checks that
// both agree).
function prefetchFeeds(hosts) {
  if (typeof fetch !== "function" || typeof AbortController !== "function") return;
  const urls = new Set();
  for (const host of hosts) {
    const o = {};
    for (const { name, value } of host.attributes) o[name.replace(/^data-/, "")] = value.trim();
    const { feed, proxy, relay, loading } = o;
    if (!feed || proxy || relay || (loading && loading.toLowerCase() !== OPTIONS.loading)) continue;
    if (!/^[\x21-\x7e]+$/.test(feed) || host.querySelector(":scope > script")) continue;
    try {
      const url = new URL(feed, document.baseURI);
      if (url.protocol === "http:" || url.protocol === "https:") urls.add(url.href);
    } catch {
      // Not a URL: the shell reports it.
    }
  }
  if (urls.size === 0) return;
  const early = new Map();
  Object.defineProperty(globalThis, EARLY, { value: early, configurable: true });
  // The URLs kept, as src/web/kept.rs lists them: a URL not listed has
  // no copy, so its request starts now. Without the list, the Cache says.
  let listed = null;
  try {
    listed = (localStorage.getItem(CACHE) ?? "").split("\n");
  } catch {
    // No storage here (a sandboxed iframe): ask the Cache.
  }
  let cache;
  const keptCopy = (url) => {
    try {
      cache ??= caches.open(CACHE);
      return cache.then((c) => c.match(url)).catch(() => undefined);
    } catch {
      return Promise.resolve(undefined);
    }
  };
  for (const url of urls) {
    if (listed && listed.includes(url)) continue;
    const controller = new AbortController();
    const start = (copy) => {
      if (copy || controller.signal.aborted) return null;
      const response = fetch(url, { signal: controller.signal });
      response.catch(() => {});
      return { response, started: Date.now() };
    };
    const looked = listed ? Promise.resolve(start()) : keptCopy(url).then(start);
    early.set(url, { looked, controller });
  }
}

// Aborts, after `ms`, the early requests no widget has taken.
function dropEarly(ms) {
  const early = globalThis[EARLY];
  if (!early) return;
  setTimeout(() => {
    for (const { controller } of early.values()) controller.abort();
    early.clear();
  }, ms);
}

// The first Intl.DateTimeFormat of a page loads the browser's locale data
// (tens of milliseconds); made in a task of its own while the wasm
// downloads, it is not paid inside the first card's task. Only a page that
// will show a card pays it: one with a widget at load, or once mount() is
// called. What is made is the builder's own formatter (js/builder.js), by
// building one date in the page's language: op 4 (a date), the tag's
// length, 0 ms.
let warmed = false;
function warmDates() {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    // An SVG or other XML root has no `lang`: the builder's fallback then.
    const lang = document.documentElement?.lang || "";
    // A page in a language the core dates itself makes no formatter.
    if (lang && DATED.split(" ").includes(lang.split("-")[0].toLowerCase())) return;
    buildDom(domNames("", ""), [4, lang.length, 0], lang);
  });
}

/**
 * Says where the wasm is, for bundlers that do not copy syndicard_bg.wasm
 * next to the bundled module: `wasm` is a URL (or string), a Response or a
 * promise of one, a WebAssembly.Module or the bytes. Call it at the top
 * level of the module that imports syndicard, before any await (the
 * download begins right after); a `<meta name="syndicard-wasm">` whose
 * content is the URL says the same without code. Returns `ready`.
 */
export function init(options) {
  const wasm = options && options.wasm;
  if (wasm !== undefined && wasm !== null) {
    if (loading) throw new Error("syndicard.init: the wasm is already loading; call init() at the top level of the module that imports syndicard, before any await, or use <meta name=\"syndicard-wasm\" content=\"URL\">");
    wasmSource = wasm;
  }
  load();
  return ready;
}

function unavailable(what) {
  const why = failure && failure.message ? failure.message : String(failure);
  return new Error(`syndicard.${what}: the widget could not load (${why})`, { cause: failure });
}

/**
 * Mounts the widget on `element` with `options` over its attributes; waits
 * for the wasm, and rejects with an Error if it could not load.
 */
export function mount(element, options) {
  warmDates();
  return ready.then((ok) => (ok ? wasmMount(element, options) : Promise.reject(unavailable("mount"))));
}

/**
 * Parses feed text into the normalized feed. Synchronous, so it needs the
 * wasm loaded: before `ready` has resolved true it throws an Error saying so.
 */
export function parse(text) {
  if (loaded) return wasmParse(text);
  if (loaded === false) throw unavailable("parse");
  throw new Error("syndicard.parse: the widget is still loading; await ready (it resolves true) before calling parse()");
}

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

function define() {
  if (typeof customElements !== "object" || customElements.get("syndi-card")) return;
  const observed = Object.keys(OPTIONS);
  class SyndiCard extends HTMLElement {
    static get observedAttributes() {
      return observed;
    }
    connectedCallback() {
      // A property set before the element was defined (a framework may set
      // `el.limit = 3` on an element still waiting for its class) is an own
      // property hiding the accessor: move it to the attribute.
      for (const name of observed) {
        const key = camel(name);
        if (Object.prototype.hasOwnProperty.call(this, key)) {
          const value = this[key];
          delete this[key];
          this[key] = value;
        }
      }
      __syndicardConnected(this);
    }
    disconnectedCallback() {
      __syndicardDisconnected(this);
    }
    attributeChangedCallback(name, before, after) {
      if (before !== after && this.isConnected) __syndicardChanged(this);
    }
    /** Re-fetches and re-renders now; resolves once the widget has settled. */
    refresh() {
      return __syndicardRefresh(this);
    }
  }
  // A property per option, mirroring its attribute, except where the name
  // is taken (refresh() is the method; lang is HTMLElement's own).
  for (const [name, fallback] of Object.entries(OPTIONS)) {
    const key = camel(name);
    if (key in SyndiCard.prototype) continue;
    Object.defineProperty(SyndiCard.prototype, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = this.getAttribute(name);
        if (value === null || value.trim() === "") return fallback;
        return typeof fallback === "number" ? Number(value) : value;
      },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      },
    });
  }
  customElements.define("syndi-card", SyndiCard);
}

/** The crate version, e.g. "0.1.0". */
export const version = "@VERSION@";
