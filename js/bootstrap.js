
// ---- syndicard bootstrap (js/bootstrap.js, appended to wasm-bindgen's glue) ----
// Loads the wasm, defines <syndi-card> and lets Rust mount every element.
// No top-level await: WebKit before Safari 27 never runs a module that
// imports one still waiting at a top-level await (WebKit bug 242740), so the
// load runs in the background and `ready` tells when it is done.
// If the wasm cannot load (CSP without 'wasm-unsafe-eval', an old browser, a
// blocked request) nothing is thrown into the page: the element's own
// children stay visible as the fallback, `ready` resolves false and mount()
// rejects with an Error saying why.
// scripts/entry-module.mjs fills in OPTIONS and the version at build time.

// Every option attribute and its default (numbers for numeric options), from
// js/element.json checked against src/options.rs.
const OPTIONS = /* @OPTIONS@ */ {};

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
    })
    .catch((error) => {
      loaded = false;
      failure = error;
      console.error("syndicard: the widget could not load, so its fallback content stays visible.", error);
      settle(false);
    });
}

// The download begins in the first microtask after this module's graph has
// run, so that a module importing this one can still call init() at its top
// level; nothing else runs in between.
queueMicrotask(load);

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
