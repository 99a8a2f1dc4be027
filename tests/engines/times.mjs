// Sums test-results/engine-times.jsonl (written by harness.mjs) per engine:
// the wall time each engine took over the cross-engine test files.
//   node tests/engines/times.mjs
import { readFileSync } from "node:fs";

const file = new URL("../../test-results/engine-times.jsonl", import.meta.url);
const totals = new Map();
for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
  const { engine, version, file: name, ms } = JSON.parse(line);
  const total = totals.get(engine) ?? { version, ms: 0, files: [] };
  total.ms += ms;
  total.files.push(`${name} ${(ms / 1000).toFixed(1)} s`);
  totals.set(engine, total);
}
for (const [engine, { version, ms, files }] of totals) {
  console.log(`${engine} ${version ?? ""}: ${(ms / 1000).toFixed(1)} s  (${files.join(", ")})`);
}
