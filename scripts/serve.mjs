// A small static server for the demo and the page tests: www/ at /, dist/ at
// /dist/, on 127.0.0.1 only. Serves .wasm as application/wasm (needed for
// WebAssembly.instantiateStreaming) and never caches.
//   node scripts/serve.mjs [port]        (default 8080; 0 picks a free port)
// Test hooks, used by tests/page/:
//   /slow/<path>?ms=N        the file, after N ms
//   /drip/<path>?kb=K&ms=N   the file in K KB chunks, one every N ms
//   /status/<code>           an empty response with that status
//   Any path with ?csp=strict gets the strict CSP / Trusted Types header.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".rss": "application/rss+xml",
  ".atom": "application/atom+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; require-trusted-types-for 'script'";

/** The file for a URL path: /dist/* from dist/, everything else from www/. */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const base = clean.startsWith("/dist/") ? root : join(root, "www");
  const full = join(base, clean.endsWith("/") ? clean + "index.html" : clean);
  return full.startsWith(root) ? full : null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function handle(req, res) {
  const url = new URL(req.url, "http://127.0.0.1");
  const headers = { "cache-control": "no-store" };
  if (url.searchParams.get("csp") === "strict") headers["content-security-policy"] = STRICT_CSP;
  let path = url.pathname;
  const status = path.match(/^\/status\/(\d{3})$/);
  if (status) {
    res.writeHead(Number(status[1]), headers).end();
    return;
  }
  let mode = "plain";
  for (const prefix of ["slow", "drip"]) {
    if (path.startsWith(`/${prefix}/`)) {
      mode = prefix;
      path = path.slice(prefix.length + 1);
    }
  }
  const file = fileFor(path);
  let body;
  try {
    body = file && (await readFile(file));
  } catch {
    body = null;
  }
  if (!body) {
    res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("not found\n");
    return;
  }
  headers["content-type"] = TYPES[extname(file)] ?? "application/octet-stream";
  headers["access-control-allow-origin"] = "*";
  const ms = Number(url.searchParams.get("ms") ?? 0);
  if (mode === "slow") await sleep(ms);
  if (mode !== "drip") {
    res.writeHead(200, { ...headers, "content-length": body.length }).end(body);
    return;
  }
  const chunk = Math.max(1, Number(url.searchParams.get("kb") ?? 16)) * 1024;
  res.writeHead(200, headers);
  for (let at = 0; at < body.length && !res.destroyed; at += chunk) {
    res.write(body.subarray(at, at + chunk));
    await sleep(ms);
  }
  res.end();
}

/** Starts the server; resolves with it once listening. */
export function serve(port = 0) {
  const server = createServer((req, res) =>
    handle(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }),
  );
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(Number(process.argv[2] ?? 8080));
  const { port } = server.address();
  console.log(`syndicard demo: http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
}
