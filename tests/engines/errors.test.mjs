// An error state in every engine, as a host page or a headless test sees it:
// state="error", its error-code, one bubbling syndicard:error event with
// {code, message}, a console.error, and the fallback children still shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eachEngine } from "./harness.mjs";
import { blankPage, outcome, settled } from "./widget.mjs";

eachEngine(import.meta.url, (env) => {
  test("an HTTP error and a bad option each end in state=error with their code, event and fallback", async () => {
    const page = await blankPage(env);
    await page.evaluate(() => {
      window.events = [];
      document.addEventListener("syndicard:error", (e) =>
        window.events.push({ target: e.target.id, code: e.detail.code, message: e.detail.message }),
      );
      const stage = document.querySelector("#stage");
      for (const [id, attrs] of [
        ["http", { feed: "/status/404" }],
        ["config", { feed: "feeds/wire-en.atom", limit: "lots" }],
      ]) {
        const card = document.createElement("syndi-card");
        card.id = id;
        for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
        const fallback = document.createElement("a");
        fallback.href = "/";
        fallback.textContent = `fallback ${id}`;
        card.append(fallback);
        stage.append(card);
      }
    });
    await settled(page, "#http, #config");
    const http = await outcome(page, "#http");
    const config = await outcome(page, "#config");
    assert.deepEqual([http.state, http.errorCode, http.cards.length], ["error", "http", 0]);
    assert.deepEqual([config.state, config.errorCode, config.cards.length], ["error", "config", 0]);

    const events = await page.evaluate(() => window.events);
    assert.deepEqual(events.map((e) => [e.target, e.code]).sort(), [["config", "config"], ["http", "http"]]);
    for (const e of events) assert.ok(e.message, `${e.target}: the event carries a message`);

    // The fallback link is what the visitor sees: laid out, not hidden.
    const fallbacks = await page.evaluate(() =>
      ["#http", "#config"].map((sel) => {
        const a = document.querySelector(`${sel} > a`);
        return a.getBoundingClientRect().height > 0 && getComputedStyle(a).visibility === "visible";
      }),
    );
    assert.deepEqual(fallbacks, [true, true], "the fallback children stay visible");

    const problems = (await page.problems()).join("\n");
    assert.match(problems, /console\.error: .*404/, "the HTTP error is on the console");
    assert.match(problems, /console\.error: .*limit.*lots|console\.error: .*lots.*limit/, "the bad option is named");
  });
});
