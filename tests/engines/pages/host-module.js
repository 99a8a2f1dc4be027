// host-module.html's module: a static import of syndicard, then mount().
// window.__hostModule says how far it got: "running" once this module runs
// at all, then "mounted" or "rejected: <error>".
import { mount } from "/dist/syndicard.js";

window.__hostModule = "running";
mount(document.getElementById("mounted"), { feed: "/feeds/wire-en.atom", limit: 2, layout: "list" }).then(
  (handle) => {
    const usable = typeof handle?.refresh === "function" && typeof handle?.destroy === "function";
    window.__hostModule = usable ? "mounted" : "no handle";
  },
  (error) => {
    window.__hostModule = `rejected: ${error}`;
  },
);
