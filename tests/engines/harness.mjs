// How a cross-engine test file is laid out: `eachEngine(define)` makes one
// suite per engine (chromium, firefox, webkit), each with its own page
// server and one browser started before its tests and stopped after them,
// whatever happened. Inside `define(env)`, tests use env.page() for a fresh
// page (closed after the test) and env.origin for URLs.
//
// A test that cannot run in an engine says so with `skipIn(env, { webkit:
// "why" })` as its options: node's runner prints "# SKIP why" for it;
// nothing is skipped silently. A known engine bug that makes a test fail
// is marked with `expectFailureIn(env, { webkit: "bug" })`: the test still
// runs and asserts the right behaviour; node prints "# TODO expected
// failure: bug" with the error and counts it under "todo", not "fail". The wall time of each engine's suite is
// printed and appended to test-results/engine-times.jsonl
// (tests/engines/times.mjs sums it per engine).
import { after, afterEach, before, describe } from "node:test";
import { appendFileSync, mkdirSync } from "node:fs";
import { basename } from "node:path";
import { ENGINES, launch } from "./engines.mjs";
import { startServer } from "./server.mjs";

const RESULTS = new URL("../../test-results/", import.meta.url);
// A hook that has not finished by then has hung (a driver call with no
// answer): it fails, and the suite's after hook still stops everything.
const HOOK_TIMEOUT = 180_000;

/** One suite per engine; `file` is the test file's import.meta.url (for the time record). */
export function eachEngine(file, define) {
  for (const name of ENGINES) {
    describe(name, () => {
      const env = { name, origin: null, engine: null };
      let server = null;
      let page = null;
      let started = 0;
      before(
        async () => {
          started = Date.now();
          server = await startServer();
          env.origin = server.origin;
          env.engine = await launch(name);
        },
        { timeout: HOOK_TIMEOUT },
      );
      afterEach(
        async () => {
          const last = page;
          page = null;
          await last?.close().catch(() => {});
        },
        { timeout: HOOK_TIMEOUT },
      );
      after(
        async () => {
          try {
            await env.engine?.close();
          } finally {
            await server?.close();
            const ms = Date.now() - started;
            const record = { file: basename(new URL(file).pathname), engine: name, version: env.engine?.version, ms };
            console.log(`${name} ${record.version ?? ""}: ${record.file} took ${(ms / 1000).toFixed(1)} s`);
            mkdirSync(RESULTS, { recursive: true });
            appendFileSync(new URL("engine-times.jsonl", RESULTS), JSON.stringify(record) + "\n");
          }
        },
        { timeout: HOOK_TIMEOUT },
      );
      /** A fresh page of this engine, closed after the current test. */
      env.page = async (options) => {
        await page?.close();
        page = await env.engine.newPage(options);
        return page;
      };
      define(env);
    });
  }
}

/** Test options that skip the test in the named engines, with the reason printed. */
export function skipIn(env, reasons) {
  const why = reasons[env.name];
  return why ? { skip: `${env.name}: ${why}` } : {};
}

/**
 * Test options marking the test as an expected failure in the named engines
 * (a known bug of that engine, named): it runs, and its failure is reported
 * as TODO rather than failing the run. Mark only while the cause is there
 * (mount.test.mjs keys its mark to the build that has it).
 */
export function expectFailureIn(env, bugs) {
  const bug = bugs[env.name];
  return bug ? { todo: `expected failure in ${env.name}: ${bug}` } : {};
}
