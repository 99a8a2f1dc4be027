// The browser benchmark's server, on 127.0.0.1 only:
//   /page?widget=baseline|syndicard&feed=NAME&limit=N&run=ID
//                        a page with the probe (probe.js) and one widget
//   /bench/FILE          bench/browser/FILE (the probe, the baseline widget)
//   /vendor/purify.es.mjs DOMPurify from node_modules
//   /dist/FILE           the built widget (make dist)
//   /feed/ID/NAME        a generated feed (feeds.mjs), NAME = FORMAT-SIZE[-slow]
//                        (rss-20k, atom-4m-slow, ...): sent in 64 KB chunks,
//                        as fast as the client reads (backpressure), or with
//                        -slow one chunk every 50 ms. Every chunk's time and
//                        the bytes sent before the client hung up are logged
//                        (`log`, by ID).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { feed } from "./feeds.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(here, "../..");
export const SIZES = { "20k": 20_000, "200k": 200_000, "4m": 4_000_000 };
export const CHUNK = 64 * 1024;
export const SLOW_MS = 50;
const TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};

const feeds = new Map();
/** The generated feed NAME (`rss-200k`, `atom-4m-slow`: the slow one has the 4m bytes). */
export function feedFor(name) {
  const [format, size] = name.split("-");
  const key = `${format}-${size}`;
  if (!feeds.has(key)) feeds.set(key, feed(format, SIZES[size]));
  return feeds.get(key);
}

function page(widget, feedUrl, limit) {
  const tag =
    widget === "baseline"
      ? `<script type="module" src="/bench/baseline.js"></script>`
      : `<script type="module" src="/dist/syndicard.js"></script>`;
  const element = widget === "baseline" ? "plain-card" : "syndi-card";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench ${widget}</title><link rel="icon" href="data:,">
<script src="/bench/probe.js"></script>
${tag}
</head><body>
<h1>A host page</h1>
<p>Some of the host's own text above the widget.</p>
<${element} id="widget" feed="${feedUrl}" limit="${limit}"></${element}>
</body></html>`;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the server; `log` maps a run ID to its feed request's record. */
export async function start() {
  const log = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const headers = { "cache-control": "no-store" };
    const path = url.pathname;
    try {
      if (path === "/page") {
        const p = url.searchParams;
        const feedUrl = `/feed/${p.get("run")}/${p.get("feed")}`;
        res.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" });
        res.end(page(p.get("widget"), feedUrl, Number(p.get("limit"))));
        return;
      }
      const f = path.match(/^\/feed\/([\w.-]+)\/((rss|atom)-(20k|200k|4m)(-slow)?)$/);
      if (f) {
        const [, run, name, format, , slow] = f;
        const { bytes } = feedFor(name);
        const record = { name, received: performance.now(), chunks: [], sent: 0, total: bytes.length, hungUp: false };
        log.set(run, record);
        res.on("close", () => {
          record.hungUp = record.sent < bytes.length || !res.writableFinished;
          record.closed = performance.now();
        });
        res.writeHead(200, {
          ...headers,
          "content-type": format === "rss" ? "application/rss+xml" : "application/atom+xml",
          "content-length": bytes.length,
        });
        for (let at = 0; at < bytes.length && !res.destroyed; at += CHUNK) {
          if (slow && at > 0) await sleep(SLOW_MS);
          if (res.destroyed) break;
          const chunk = bytes.subarray(at, at + CHUNK);
          const drained = res.write(chunk);
          record.sent += chunk.length;
          record.chunks.push({ t: performance.now(), end: record.sent });
          if (!drained) {
            await new Promise((ok) => {
              const done = () => (res.off("drain", done), res.off("close", done), ok());
              res.on("drain", done).on("close", done);
            });
          }
        }
        if (!res.destroyed) res.end();
        return;
      }
      let file = null;
      if (path === "/vendor/purify.es.mjs") file = join(root, "node_modules/dompurify/dist/purify.es.mjs");
      else if (path.startsWith("/bench/")) file = join(here, normalize(path.slice(7)).replace(/^(\.\.[/\\])+/, ""));
      else if (path.startsWith("/dist/")) file = join(root, "dist", normalize(path.slice(6)).replace(/^(\.\.[/\\])+/, ""));
      if (!file || !file.startsWith(root)) throw new Error("not found");
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found\n");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () => new Promise((ok) => (server.closeAllConnections(), server.close(ok))),
  };
}
