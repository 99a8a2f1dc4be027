
// ---- syndicard bootstrap (js/bootstrap.js, appended to wasm-bindgen's glue) ----
// Loads the wasm, defines <syndi-card> and lets Rust mount every element.
// If the wasm cannot load (CSP without 'wasm-unsafe-eval', an old browser, a
// blocked request) nothing is thrown into the page: the element's own
// children stay visible as the fallback.

let loaded = false;
try {
  await __wbg_init();
  loaded = true;
} catch (error) {
  console.error("syndicard: the widget could not load, so its fallback content stays visible.", error);
}

if (loaded && !customElements.get("syndi-card")) {
  const observed = __syndicardObserved();
  customElements.define(
    "syndi-card",
    class SyndiCard extends HTMLElement {
      static get observedAttributes() {
        return observed;
      }
      connectedCallback() {
        __syndicardConnected(this);
      }
      disconnectedCallback() {
        __syndicardDisconnected(this);
      }
      attributeChangedCallback(name, before, after) {
        if (before !== after && this.isConnected) __syndicardChanged(this);
      }
    },
  );
}

/** The crate version, e.g. "0.1.0" (undefined when the wasm could not load). */
export const version = loaded ? __syndicardVersion() : undefined;
