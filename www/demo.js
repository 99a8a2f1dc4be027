// The third way to embed: mount() from the page's own script.
import { mount } from "/dist/syndicard.js";

await mount(document.getElementById("health-card"), {
  feed: "feeds/releases.json",
  limit: 1,
  headingLevel: 3,
});
