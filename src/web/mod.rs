//! The browser shell: fetch, DOM, custom element. Compiled only for wasm32.
