// Inlines wasm-bindgen's JS snippets (`#[wasm_bindgen(module = "/js/…")]`)
// into the glue, so that dist/ stays one JS file and a page makes no extra
// request for them. wasm-bindgen (--target web) writes each snippet under
// snippets/ and imports it at the top of the glue:
//   import { flatten, same } from './snippets/syndicard-<hash>/js/flatten.js';
// Each such line is replaced by the snippet's text with `export` dropped
// from its top-level declarations. The build fails unless every imported
// name is declared at the top of its snippet, every top-level declaration
// of a snippet is imported (so no helper of a snippet can collide with a
// name of the glue), and no snippet import is left.
//   node scripts/inline-snippets.mjs glue.js   (rewrites glue.js in place)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const [glue] = process.argv.slice(2);
if (!glue) throw new Error("usage: inline-snippets.mjs glue.js");
const fail = (why) => {
  throw new Error(`inline-snippets: ${why}`);
};

const IMPORT = /^import \{([^}]*)\} from '(\.\/snippets\/[^']+)';\n/gm;
const DECLARATION = /^(?:export )?(?:async )?(?:function\*?|const|let|class) ([A-Za-z_$][\w$]*)/gm;

let count = 0;
const text = readFileSync(glue, "utf8").replace(IMPORT, (_, list, path) => {
  const names = list.split(",").map((n) => n.trim()).filter(Boolean);
  if (names.some((n) => !/^[A-Za-z_$][\w$]*$/.test(n))) fail(`renamed import in ${path}: ${list}`);
  const source = readFileSync(join(dirname(glue), path), "utf8");
  if (/^\s*(import|export \{|export default)/m.test(source)) fail(`${path}: only exported declarations are supported`);
  const declared = [...source.matchAll(DECLARATION)].map((m) => m[1]);
  for (const n of names) if (!declared.includes(n)) fail(`${path} does not declare ${n}`);
  for (const d of declared) if (!names.includes(d)) fail(`${path} declares ${d}, which the glue does not import`);
  count++;
  return source.replace(/^export /gm, "") + "\n";
});
if (/from '\.\/snippets\//.test(text)) fail("a snippet import is left");
writeFileSync(glue, text);
console.log(`inline-snippets: ${count} snippet(s) inlined`);
