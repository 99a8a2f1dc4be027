// dist/syndicard.d.ts as TypeScript users meet it, from the packed package
// in a scratch app, checked with `tsc --strict`: the README's React example
// compiles; wrong attribute values on <syndi-card> in TSX are errors (so the
// typing is really used); the Vue and Svelte typings merge into those
// packages' own declarations and check attribute values the way vue-tsc
// (GlobalComponents) and svelte-check (svelteHTML.createElement) read them,
// here with plain tsc; the element and API types are what the runtime
// gives; and the file compiles where neither React nor Vue is installed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scratchApp } from "./packed.mjs";

const root = new URL("../../", import.meta.url);
const TSC = new URL("node_modules/.bin/tsc", root).pathname;
const README = readFileSync(new URL("README.md", root), "utf8");

let withReact;
let withVue;
let withSvelte;
let bare;
before(() => {
  withReact = scratchApp(["@types/react", "csstype"]);
  withVue = scratchApp(["vue"]);
  withSvelte = scratchApp(["svelte", "clsx"]);
  bare = scratchApp();
});
after(() => {
  withReact?.remove();
  withVue?.remove();
  withSvelte?.remove();
  bare?.remove();
});

/** Writes `files` into `app`, runs `tsc --strict` on them; resolves with its output ("" when clean). */
function tsc(app, files) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(app.dir, name), text);
  writeFileSync(
    join(app.dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "es2022",
        module: "esnext",
        moduleResolution: "bundler",
        jsx: "react-jsx",
        lib: ["es2022", "dom", "dom.iterable"],
        skipLibCheck: false,
        types: [],
      },
      files: Object.keys(files),
    }),
  );
  try {
    execFileSync(TSC, ["-p", app.dir], { encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

test("the README's React example type-checks with tsc --strict", () => {
  const example = README.slice(README.indexOf("React (19;")).match(/```tsx\n([\s\S]*?)```/)?.[1];
  assert.ok(example, "the README has the React example");
  assert.equal(tsc(withReact, { "example.tsx": example }), "");
});

test("wrong attributes on <syndi-card> in TSX are type errors", () => {
  const out = tsc(withReact, {
    "wrong.tsx": `import "syndicard";
export const a = <syndi-card feed="/f.xml" layout="grid" />;
export const b = <syndi-card feed="/f.xml" limit={{ n: 3 }} />;
export const c = <syndi-card feed="/f.xml" theme="sepia" />;
`,
  });
  assert.match(out, /wrong\.tsx\(2,/);
  assert.match(out, /wrong\.tsx\(3,/);
  assert.match(out, /wrong\.tsx\(4,/);
  assert.match(out, /"grid"/);
});

/** The lines of `file` that tsc's output reports errors on; throws on an error in any other file. */
function errorLines(out, file) {
  const lines = [];
  for (const line of out.split("\n").filter((l) => /error TS\d+/.test(l))) {
    const at = line.match(new RegExp(`(?:^|/)${file.replace(".", "\\.")}\\((\\d+),`));
    assert.ok(at, `an error outside ${file}: ${line}`);
    lines.push(Number(at[1]));
  }
  return [...new Set(lines)];
}

test("the Vue typing merges into vue's GlobalComponents and checks attribute values", () => {
  // What vue-tsc checks a template's <syndi-card> against: the props of
  // the GlobalComponents entry, here with vue's own declarations loaded.
  const out = tsc(withVue, {
    "vue-use.ts": `import "syndicard";
import type { GlobalComponents } from "vue";
type Props = InstanceType<GlobalComponents["syndi-card"]>["$props"];
export const ok: Props = { feed: "/f.xml", limit: 3, layout: "list", theme: "dark", "heading-level": "2" };
export const a: Props = { feed: "/f.xml", layout: "grid" };
export const b: Props = { feed: "/f.xml", limit: { n: 3 } };
export const c: Props = { feed: "/f.xml", theme: "sepia" };
`,
  });
  assert.deepEqual(errorLines(out, "vue-use.ts"), [5, 6, 7], out);
  assert.match(out, /"grid"/);
});

test("the Svelte typing merges into svelte's svelteHTML and checks attribute values", () => {
  // svelte-check turns <syndi-card feed="…" limit={3}> into
  // svelteHTML.createElement("syndi-card", { feed: "…", limit: 3 }) and
  // loads svelte/svelte-html.d.ts (not in svelte's exports map) itself.
  const out = tsc(withSvelte, {
    "svelte-use.ts": `/// <reference path="node_modules/svelte/svelte-html.d.ts" />
import "syndicard";
export const ok = svelteHTML.createElement("syndi-card", { feed: "/f.xml", limit: 3, layout: "compact", "heading-level": 2 });
export const a = svelteHTML.createElement("syndi-card", { feed: "/f.xml", layout: "grid" });
export const b = svelteHTML.createElement("syndi-card", { feed: "/f.xml", limit: { n: 3 } });
export const c = svelteHTML.createElement("syndi-card", { feed: "/f.xml", theme: "sepia" });
`,
  });
  assert.deepEqual(errorLines(out, "svelte-use.ts"), [4, 5, 6], out);
  assert.match(out, /"grid"/);
});

test("the element and API types match the runtime's shape, without React or Vue installed", () => {
  const out = tsc(bare, {
    "use.ts": `import { init, mount, parse, ready, version, type Feed, type Handle, type SyndiCardElement } from "syndicard";
init({ wasm: new URL("/assets/syndicard_bg.wasm", location.href) });
export async function run(): Promise<string> {
  const loaded: boolean = await ready;
  const el: SyndiCardElement = document.createElement("syndi-card");
  el.feed = "/feeds/wire.xml";
  el.limit = 3;
  const n: number = el.limit + el.headingLevel + el.timeout;
  const layout: "card" | "full" | "list" | "compact" = el.layout;
  await el.refresh();
  el.addEventListener("syndicard:ready", (e) => console.log(e.detail.count));
  el.addEventListener("syndicard:error", (e) => console.log(e.detail.code, e.detail.message));
  const found = document.querySelector("syndi-card");
  found?.refresh();
  const handle: Handle = await mount(el, { feed: "/feeds/wire.xml", headingLevel: 2 });
  handle.destroy();
  const feed: Feed = parse("<rss/>");
  return [loaded, n, layout, version, feed.releases.length].join();
}
`,
  });
  assert.equal(out, "");
});
