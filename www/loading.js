// www/loading.html's module: imports syndicard as a host script would and
// uses it at once, before the wasm has loaded; records what happened in
// window.__log for tests/page/loading.test.mjs.
import { mount, parse, ready, version } from "/dist/syndicard.js";

const log = (window.__log = [`version ${version}`]);
const outcome = (promise) =>
  promise.then(
    (value) => `resolved ${value && value.element ? `handle of #${value.element.id}` : value}`,
    (error) => `rejected ${error.constructor.name}: ${error.message}`,
  );
try {
  parse("<rss/>");
  log.push("parse returned");
} catch (error) {
  log.push(`parse threw ${error.constructor.name}: ${error.message}`);
}
// Set before <syndi-card> is defined: an own property until it upgrades.
document.getElementById("early").limit = 2;
window.__mounted = outcome(mount(document.getElementById("mounted"), { feed: "feeds/releases.json" }));
window.__ready = outcome(ready);
