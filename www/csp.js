// www/csp.html's own module script: the mount() embed.
import { mount } from "/dist/syndicard.js";

await mount(document.getElementById("json-compact"), {
  feed: "feeds/hostile.json",
  layout: "compact",
  limit: 2,
});
