// dist/ as a published package: `npm pack` of it holds every file the
// README's "Build output" lists, package.json's exports and types point at files in the
// tarball, publint finds nothing, and dist/custom-elements.json describes
// the element the code really has (every option of src/options.rs, every
// event of src/status.rs, every part rendered in any layout, every
// --syndicard-* property the styles read).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeCssProperties, codeEventNames, codeOptionNames } from "../../scripts/element-meta.mjs";
import { newPage, settled, start } from "./browser.mjs";

const root = new URL("../../", import.meta.url);
const dist = new URL("dist/", root);
const bin = (name) => new URL(`node_modules/.bin/${name}`, root).pathname;
const manifest = JSON.parse(readFileSync(new URL("custom-elements.json", dist), "utf8"));
const element = manifest.modules[0].declarations.find((d) => d.customElement);

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("npm pack of dist/ holds the documented files; exports and types resolve inside it", () => {
  const out = mkdtempSync(join(tmpdir(), "syndicard-pack-"));
  try {
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", dist.pathname, "--pack-destination", out, "--json", "--ignore-scripts"], { encoding: "utf8" }),
    );
    const files = packed.files.map((f) => f.path).sort();
    assert.deepEqual(files, [
      "LICENSE-APACHE",
      "LICENSE-MIT",
      "README.md",
      "custom-elements.json",
      "embed.js",
      "package.json",
      "syndicard.d.ts",
      "syndicard.js",
      "syndicard_bg.wasm",
    ]);
    const pkg = JSON.parse(execFileSync("tar", ["-xzOf", join(out, packed.filename), "package/package.json"], { encoding: "utf8" }));
    const cargo = readFileSync(new URL("Cargo.toml", root), "utf8");
    assert.equal(pkg.version, cargo.match(/^version = "(.+)"/m)[1]);
    assert.equal(pkg.license, "MIT OR Apache-2.0");
    assert.equal(typeof pkg.repository, "object");
    assert.equal(pkg.repository.type, "git");
    assert.equal(pkg.customElements, "./custom-elements.json");
    const targets = [pkg.main, pkg.types, pkg.customElements, ...Object.values(pkg.exports).flatMap((e) => (typeof e === "string" ? [e] : Object.values(e)))];
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, "")), `${target} is in the tarball`);
    assert.equal(pkg.exports["."].types, "./syndicard.d.ts");
    assert.equal(pkg.exports["."].default, "./syndicard.js");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("publint finds nothing to fix in dist/", () => {
  const out = execFileSync(bin("publint"), [dist.pathname, "--strict"], { encoding: "utf8" });
  assert.match(out, /All good!/);
});

test("the licence files are the repository's, in dist/ too", () => {
  for (const file of ["LICENSE-MIT", "LICENSE-APACHE"]) {
    assert.equal(readFileSync(new URL(file, dist), "utf8"), readFileSync(new URL(file, root), "utf8"));
  }
  assert.match(readFileSync(new URL("LICENSE-APACHE", root), "utf8"), /Apache License\s+Version 2\.0/);
  assert.match(readFileSync(new URL("LICENSE-MIT", root), "utf8"), /Permission is hereby granted, free of charge/);
});

test("custom-elements.json lists every option, event and CSS property the code has, each attribute with its property", () => {
  assert.equal(manifest.schemaVersion, "2.1.0");
  assert.equal(element.tagName, "syndi-card");
  const attributes = new Map(element.attributes.map((a) => [a.name, a]));
  const fields = new Map(element.members.filter((m) => m.kind === "field").map((m) => [m.name, m]));
  for (const name of codeOptionNames()) {
    const attribute = attributes.get(name);
    assert.ok(attribute?.description, `attribute ${name}`);
    if (name === "refresh") {
      assert.equal(attribute.fieldName, undefined, "refresh is the method, not a property");
      continue;
    }
    if (name === "lang") continue; // HTMLElement's own property
    const field = fields.get(attribute.fieldName);
    assert.equal(field?.attribute, name, `property for ${name}`);
  }
  assert.equal(fields.get("limit").type.text, "number");
  assert.ok(element.members.some((m) => m.kind === "method" && m.name === "refresh"));
  for (const name of ["state", "error-code", "source"]) assert.ok(attributes.has(name), name);
  assert.deepEqual(element.events.map((e) => e.name).sort(), codeEventNames().sort());
  assert.deepEqual(element.cssProperties.map((p) => p.name).sort(), codeCssProperties().sort());
  for (const name of ["mount", "parse", "init", "ready", "version"]) {
    assert.ok(manifest.modules[0].exports.some((e) => e.kind === "js" && e.name === name), `export ${name}`);
  }
});

test("custom-elements.json lists exactly the parts the widget renders across every layout", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 6000 } });
  await page.goto(`${env.origin}/layouts.html`);
  await settled(page, "syndi-card");
  const rendered = await page.$$eval("syndi-card", (els) => [
    ...new Set(els.flatMap((el) => [...el.shadowRoot.querySelectorAll("[part]")].flatMap((n) => n.getAttribute("part").split(/\s+/)))),
  ]);
  assert.deepEqual(rendered.sort(), element.cssParts.map((p) => p.name).sort());
});
