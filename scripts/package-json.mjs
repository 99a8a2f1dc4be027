// Prints dist/package.json: npm metadata for the built widget, with the
// name, version, description and license read from Cargo.toml.
import { readFileSync } from "node:fs";

const cargo = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8");
const field = (name) => cargo.match(new RegExp(`^${name} = "([^"]*)"`, "m"))?.[1];

const pkg = {
  name: field("name"),
  version: field("version"),
  description: field("description"),
  license: field("license"),
  repository: field("repository"),
  type: "module",
  main: "./syndicard.js",
  module: "./syndicard.js",
  types: "./syndicard.d.ts",
  exports: {
    ".": { types: "./syndicard.d.ts", default: "./syndicard.js" },
    "./syndicard_bg.wasm": "./syndicard_bg.wasm",
  },
  files: ["syndicard.js", "syndicard_bg.wasm", "syndicard.d.ts"],
  sideEffects: true,
  keywords: ["press-release", "rss", "atom", "json-feed", "web-component", "webassembly"],
};
process.stdout.write(JSON.stringify(pkg, null, 2) + "\n");
