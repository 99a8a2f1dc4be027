// What <syndi-card> offers a host, from one table (js/element.json) checked
// against the code it describes:
//   - option names: the OPTIONS table in src/options.rs (the runtime list);
//   - event names: the *_EVENT constants of src/status.rs;
//   - CSS custom properties: the --syndicard-* read in src/web/styles.css.
// A name the code has and the table lacks fails the build; an option row the
// code does not have (yet) is left out, with a note on stderr.
//
//   node scripts/element-meta.mjs manifest VERSION   dist/custom-elements.json
//   node scripts/element-meta.mjs options            the bootstrap's option table (JSON)
//   node scripts/element-meta.mjs dts FILE           FILE with its `// @generated element types`
//                                                    line replaced by the element's declarations
import { readFileSync } from "node:fs";

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const fail = (why) => {
  throw new Error(`element-meta: ${why}`);
};

/** The option names of the OPTIONS table in src/options.rs, in order (the
 * first string of each `("name", reader)` row). */
export function codeOptionNames() {
  const block = read("src/options.rs").match(/pub const OPTIONS: &\[[^\n]*\] = &\[\n([\s\S]*?)\n\];/);
  if (!block) fail("OPTIONS not found in src/options.rs");
  return [...block[1].matchAll(/^ {4}\("([^"]+)",/gm)].map((m) => m[1]);
}

/** The event names of src/status.rs (`pub const *_EVENT: &str = "…"`). */
export function codeEventNames() {
  return [...read("src/status.rs").matchAll(/pub const \w+_EVENT: &str = "([^"]+)"/g)].map((m) => m[1]);
}

/** The --syndicard-* custom properties src/web/styles.css reads. */
export function codeCssProperties() {
  return [...new Set([...read("src/web/styles.css").matchAll(/var\((--syndicard-[\w-]+)/g)].map((m) => m[1]))];
}

/** js/element.json, checked against the code, with options narrowed to OPTIONS. */
export function element() {
  const table = JSON.parse(read("js/element.json"));
  const names = codeOptionNames();
  const rows = new Map(table.options.map((o) => [o.name, o]));
  const missing = names.filter((n) => !rows.has(n));
  if (missing.length) fail(`options in src/options.rs without a row in js/element.json: ${missing.join(", ")}`);
  const later = table.options.filter((o) => !names.includes(o.name)).map((o) => o.name);
  if (later.length) process.stderr.write(`element-meta: not in this build's OPTIONS, left out: ${later.join(", ")}\n`);
  const check = (what, code, listed) => {
    const lacking = code.filter((n) => !listed.includes(n));
    if (lacking.length) fail(`${what} in the code without a row in js/element.json: ${lacking.join(", ")}`);
    const stale = listed.filter((n) => !code.includes(n));
    if (stale.length) fail(`${what} in js/element.json that the code does not have: ${stale.join(", ")}`);
  };
  check("events", codeEventNames(), table.events.map((e) => e.name));
  check("CSS properties", codeCssProperties(), table.cssProperties.map((p) => p.name));
  return { ...table, options: names.map((n) => rows.get(n)) };
}

/** `heading-level` → `headingLevel`. */
export const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/**
 * Whether the element defines a property mirroring the option: not for
 * `"property": false` (the name is taken, e.g. by a method) nor for
 * `"property": "inherited"` (HTMLElement already has it, e.g. `lang`).
 */
const hasProperty = (o) => o.property === undefined;

/** The TypeScript type of an option's property (`null` when unset and without default). */
const propertyType = (o) => (o.default === null ? `${o.type} | null` : o.type);

/** The Custom Elements Manifest (schema 2.1.0) of dist/syndicard.js. */
export function manifest(version) {
  const el = element();
  const module = "syndicard.js";
  const attributes = [
    ...el.options.map((o) => ({
      name: o.name,
      type: { text: o.type },
      ...(o.default !== null && { default: JSON.stringify(String(o.default)) }),
      description: o.description,
      ...(o.property !== false && { fieldName: camel(o.name) }),
    })),
    ...el.readOnlyAttributes.map((a) => ({ name: a.name, type: { text: a.type }, description: `${a.description} (read-only)` })),
  ];
  const members = [
    ...el.options.filter(hasProperty).map((o) => ({
      kind: "field",
      name: camel(o.name),
      type: { text: propertyType(o) },
      ...(o.default !== null && { default: JSON.stringify(o.default) }),
      description: o.description,
      attribute: o.name,
      reflects: true,
    })),
    ...el.methods.map((m) => ({
      kind: "method",
      name: m.name,
      description: m.description,
      return: { type: { text: m.return } },
    })),
  ];
  const fn = (name, description, params, ret) => ({
    kind: "function",
    name,
    description,
    parameters: params.map(([n, t, optional]) => ({ name: n, type: { text: t }, ...(optional && { optional: true }) })),
    return: { type: { text: ret } },
  });
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: module,
        declarations: [
          {
            kind: "class",
            name: "SyndiCard",
            tagName: el.tag,
            customElement: true,
            description: el.description,
            superclass: { name: "HTMLElement" },
            attributes,
            members,
            events: el.events.map((e) => ({ name: e.name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description })),
            cssParts: el.parts.map((p) => ({ name: p.name, description: p.description })),
            cssProperties: el.cssProperties.map((p) => ({ name: p.name, syntax: p.syntax, description: p.description })),
            slots: el.slots,
          },
          fn("mount", "Mounts the widget on an element with options over its attributes; waits for the wasm; resolves once the first load has settled.", [["element", "Element"], ["options", "Options", true]], "Promise<Handle>"),
          fn("parse", "Parses feed text into the normalized feed (after `ready` has resolved true).", [["text", "string"]], "Feed"),
          fn("init", "Says where the wasm is (for bundlers that do not copy it next to the module); returns `ready`.", [["options", "InitOptions", true]], "Promise<boolean>"),
          { kind: "variable", name: "ready", type: { text: "Promise<boolean>" }, description: "Resolves true once the widget is loaded and <syndi-card> defined, false if it could not load; never rejects." },
          { kind: "variable", name: "version", type: { text: "string" }, default: JSON.stringify(version), description: "The crate version." },
        ],
        exports: [
          { kind: "custom-element-definition", name: el.tag, declaration: { name: "SyndiCard", module } },
          ...["mount", "parse", "init", "ready", "version"].map((name) => ({ kind: "js", name, declaration: { name, module } })),
        ],
      },
    ],
  };
}

/** The bootstrap's option table: attribute name → default (numbers for numeric options, else a string or null). */
export function optionTable() {
  return Object.fromEntries(element().options.map((o) => [o.name, o.default]));
}

/** TypeScript declarations generated from the table (replacing `// @generated element types` in js/syndicard.d.ts). */
export function types() {
  const el = element();
  const doc = (text, indent = "  ") => `${indent}/** ${text.replace(/\*\//g, "*\\/")} */\n`;
  const props = el.options
    .filter(hasProperty)
    .map((o) => `${doc(`${o.description} Mirrors the \`${o.name}\` attribute.`)}  ${camel(o.name)}: ${propertyType(o)};\n`)
    .join("");
  const methods = el.methods.map((m) => `${doc(m.description)}  ${m.name}(): ${m.return};\n`).join("");
  const attrs = el.options
    .map((o) => {
      const type = o.type === "number" ? "number | string" : o.type;
      return `${doc(o.description)}  ${JSON.stringify(o.name)}?: ${type};\n`;
    })
    .join("");
  const events = el.events.map((e) => `    ${JSON.stringify(e.name)}: CustomEvent<${e.detail}>;\n`).join("");
  return (
    `/** The \`<syndi-card>\` element: its attributes as properties, and \`refresh()\`. */\n` +
    `export interface SyndiCardElement extends HTMLElement {\n${props}${methods}}\n\n` +
    `/** The attributes of \`<syndi-card>\` (and, with \`data-\`, of a \`[data-syndicard]\` host). */\n` +
    `export interface SyndiCardAttributes {\n${attrs}}\n\n` +
    `/** Events dispatched on the element (bubbling, composed). */\n` +
    `export interface SyndiCardEventMap {\n${events.replace(/^ {4}/gm, "  ")}}\n`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [what, arg] = process.argv.slice(2);
  const dts = () => {
    const text = readFileSync(arg, "utf8");
    const mark = "// @generated element types\n";
    if (!text.includes(mark)) fail(`${arg} has no ${mark.trim()} line`);
    return text.replace(mark, types());
  };
  const out = { manifest: () => JSON.stringify(manifest(arg), null, 2) + "\n", options: () => JSON.stringify(optionTable()), dts }[what];
  if (!out) fail("usage: element-meta.mjs manifest VERSION | options | dts FILE");
  process.stdout.write(out());
}
