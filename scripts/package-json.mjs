// Prints dist/package.json: npm metadata for the built widget, with the
// name, version, description, license and repository read from
// Cargo.toml.
import { readFileSync } from "node:fs";

const cargo = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8");
const field = (name) => cargo.match(new RegExp(`^${name} = "([^"]*)"`, "m"))?.[1];

const repository = field("repository");
const pkg = {
  name: field("name"),
  version: field("version"),
  description: field("description"),
  license: field("license"),
  repository: { type: "git", url: `git+${repository}.git` },
  homepage: `${repository}#readme`,
  bugs: { url: `${repository}/issues` },
  type: "module",
  main: "./syndicard.js",
  module: "./syndicard.js",
  types: "./syndicard.d.ts",
  exports: {
    ".": { types: "./syndicard.d.ts", default: "./syndicard.js" },
    "./syndicard_bg.wasm": "./syndicard_bg.wasm",
    "./embed.js": "./embed.js",
    "./custom-elements.json": "./custom-elements.json",
    "./package.json": "./package.json",
  },
  files: [
    "syndicard.js",
    "syndicard_bg.wasm",
    "syndicard.d.ts",
    "embed.js",
    "custom-elements.json",
    "README.md",
    "LICENSE-MIT",
    "LICENSE-APACHE",
  ],
  customElements: "./custom-elements.json",
  sideEffects: true,
  keywords: ["press-release", "rss", "atom", "json-feed", "web-component", "custom-element", "webassembly"],
};
process.stdout.write(JSON.stringify(pkg, null, 2) + "\n");
