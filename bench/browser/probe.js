// Loaded first by every benchmark page (a classic script in <head>):
// records, in page time (ms since navigation start), when the first card
// ([part~=card]) entered a shadow root the widget attached, when the host's
// state became ready/empty/error, every long task (PerformanceObserver
// "longtask", 50 ms or more), and the wasm linear memories instantiated.
(() => {
  const bench = (window.__bench = { firstCard: null, done: null, state: null, longTasks: [], memories: [] });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const cards = new MutationObserver(() => {
      if (bench.firstCard === null && root.querySelector("[part~=card]")) {
        bench.firstCard = performance.now();
        cards.disconnect();
      }
    });
    cards.observe(root, { childList: true, subtree: true });
    new MutationObserver(() => {
      const state = this.getAttribute("state");
      if (bench.done === null && ["ready", "empty", "error"].includes(state)) {
        bench.done = performance.now();
        bench.state = state;
      }
    }).observe(this, { attributes: true, attributeFilter: ["state"] });
    return root;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // The widget's wasm memory: whatever memory an instance exports.
  const keep = (result) => {
    const instance = result.instance ?? result;
    for (const v of Object.values(instance.exports ?? {})) if (v instanceof WebAssembly.Memory) bench.memories.push(v);
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
  bench.wasmBytes = () => bench.memories.reduce((n, m) => n + m.buffer.byteLength, 0);
})();
