// syndicard embed: a classic script for pages that only take
// `<script async src=".../embed.js">` (CMS "custom HTML" blocks, tag
// managers). Anywhere on the page, any number of times: it loads the ES
// module syndicard.js from next to itself, once, which mounts every
// <syndi-card> and [data-syndicard] element, now and later. The wasm
// download is started at the same time (a preload), not after the module
// has arrived.
(function () {
  var me = document.currentScript;
  if (!me || !me.src) {
    var all = document.querySelectorAll('script[src*="embed.js"]');
    me = all[all.length - 1];
  }
  if (!me) return;
  var module = new URL("syndicard.js", me.src).href;
  var loads = (window.__syndicardEmbed = window.__syndicardEmbed || {});
  if (loads[module]) return;
  // The promise of the module, for a page script that wants it.
  loads[module] = import(module).catch(function (error) {
    console.error("syndicard: could not load " + module + ", so the fallback content stays visible.", error);
  });
  if (!document.querySelector('meta[name="syndicard-wasm"]')) {
    var wasm = document.createElement("link");
    wasm.rel = "preload";
    wasm.as = "fetch";
    wasm.crossOrigin = "anonymous";
    wasm.href = new URL("syndicard_bg.wasm", me.src).href;
    document.head.appendChild(wasm);
  }
})();
