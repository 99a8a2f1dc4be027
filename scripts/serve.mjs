// A small static server for the demo and the page tests: www/ at /, dist/ at
// /dist/, on 127.0.0.1 only. Serves .wasm as application/wasm (needed for
// WebAssembly.instantiateStreaming) and never caches.
//   node scripts/serve.mjs [port]        (default 8080; 0 picks a free port)
// Test hooks, used by tests/page/:
//   /slow/<path>?ms=N        the file, after N ms
//   /drip/<path>?kb=K&ms=N   the file in K KB chunks, one every N ms
//   /status/<code>           an empty response with that status
//   /fixtures/<file>?charset=X  a feed from tests/feeds/, its Content-Type
//                            carrying charset X when given (none otherwise)
//   /proxy?url=<encoded URL> a stand-in CORS proxy: serves the www/ file at that
//                            URL's path, whatever its host (no network involved)
//   /drips                   JSON: every /drip/ response so far, with the bytes
//                            sent, the total, and whether the client hung up first
//   /generated/wire.xml?items=N   an RSS feed of N wire-style items (~1.2 KB
//                            each; 3,500 items is about 4 MB), made on the fly
//   Any path with ?csp=strict gets the strict CSP / Trusted Types header.
// Network life-cycle hooks (tests/page/network*.test.mjs), each keyed by a
// test-chosen KEY whose requests are counted and logged:
//   /net/feed/KEY.xml?items=N&ms=D&kb=K&drip=MS&nostore=1&etag=0&lm=0&pad=P
//                            the generated feed at KEY's version (titles start
//                            "vV "), with ETag "KEY-V" and a Last-Modified per
//                            version; 304 to a matching If-None-Match /
//                            If-Modified-Since; after D ms; dripped in K KB
//                            chunks every MS ms when drip is given; each item
//                            padded by P KB
//   /net/set/KEY?v=V         sets KEY's version (default 1)
//   /net/flaky/KEY.xml?fail=N&status=S&retry-after=R&reset=1
//                            the first N requests answer S (with Retry-After R)
//                            or, with reset=1, drop the connection; then the feed
//   /net/log/KEY             JSON: KEY's requests (time, url, conditional
//                            headers, status, whether the client hung up)
//   /net/page/KEY            www/blank.html without no-store (a page the
//                            back/forward cache may keep)
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
  let clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  let base = clean.startsWith("/dist/") ? root : join(root, "www");
  if (clean.startsWith("/fixtures/")) {
    base = join(root, "tests", "feeds");
    clean = clean.slice("/fixtures".length);
  }
  const full = join(base, clean.endsWith("/") ? clean + "index.html" : clean);
  return full.startsWith(root) ? full : null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A large RSS feed like a busy wire's (deterministic), as bytes. */
export function generatedFeed(items) {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' +
      "<title>Generated Wire</title><link>https://wire.example/</link><language>en</language>\n",
  ];
  for (let i = 1; i <= items; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    parts.push(
      `<item><title>Release ${i}: Company ${i % 97} reports results for the quarter</title>` +
        `<link>https://wire.example/releases/${i}</link><guid>wire-${i}</guid>` +
        `<pubDate>Tue, ${day} Jun 2025 09:${String(i % 60).padStart(2, "0")}:00 GMT</pubDate>` +
        `<category>Earnings</category><dc:creator>Generated Wire</dc:creator>` +
        `<description>&lt;p&gt;NEW YORK, June ${day}, 2025 /Generated Wire/ -- Company ${i % 97} today reported ` +
        `revenue of $${(i * 37) % 1000} million for the quarter, up ${i % 23}% from a year earlier, and raised its ` +
        `outlook for the year. &amp;quot;Demand stayed strong in every region,&amp;quot; said the chief executive.&lt;/p&gt;` +
        `&lt;p&gt;The company will discuss the results on a call at 8:30 a.m. Eastern time. A replay will be ` +
        `available on its investor relations site for ninety days after the call.&lt;/p&gt;` +
        `&lt;p&gt;This release contains forward-looking statements about demand, pricing and costs. Actual results may ` +
        `differ materially because of risks described in the company's annual report and later filings; the company ` +
        `undertakes no duty to update them except as the law requires.&lt;/p&gt;</description></item>\n`,
    );
  }
  parts.push("</channel>\n</rss>\n");
  return Buffer.from(parts.join(""));
}

/** What each /drip/ response sent, for tests that check a download was cut short. */
const drips = [];

async function handle(req, res) {
  const url = new URL(req.url, "http://127.0.0.1");
  const headers = { "cache-control": "no-store" };
  if (url.searchParams.get("csp") === "strict") headers["content-security-policy"] = STRICT_CSP;
  let path = url.pathname;
  if (path.startsWith("/net/")) return handleNet(req, res, url);
  if (path === "/drips") {
    res.writeHead(200, { ...headers, "content-type": "application/json" }).end(JSON.stringify(drips));
    return;
  }
  const status = path.match(/^\/status\/(\d{3})$/);
  if (status) {
    res.writeHead(Number(status[1]), headers).end();
    return;
  }
  if (path === "/proxy") {
    const target = url.searchParams.get("url") ?? "";
    try {
      path = new URL(target).pathname;
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
  }
  let mode = "plain";
  for (const prefix of ["slow", "drip"]) {
    if (path.startsWith(`/${prefix}/`)) {
      mode = prefix;
      path = path.slice(prefix.length + 1);
    }
  }
  const file = path === "/generated/wire.xml" ? "wire.xml" : fileFor(path);
  let body;
  try {
    body =
      file === "wire.xml"
        ? generatedFeed(Number(url.searchParams.get("items") ?? 20))
        : file && (await readFile(file));
  } catch {
    body = null;
  }
  if (!body) {
    res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("not found\n");
    return;
  }
  headers["content-type"] = TYPES[extname(file)] ?? "application/octet-stream";
  if (path.startsWith("/fixtures/")) {
    const charset = url.searchParams.get("charset");
    headers["content-type"] = "application/xml" + (charset ? `; charset=${charset}` : "");
  }
  headers["access-control-allow-origin"] = "*";
  const ms = Number(url.searchParams.get("ms") ?? 0);
  if (mode === "slow") await sleep(ms);
  if (mode !== "drip") {
    res.writeHead(200, { ...headers, "content-length": body.length }).end(body);
    return;
  }
  const chunk = Math.max(1, Number(url.searchParams.get("kb") ?? 16)) * 1024;
  const record = { url: req.url, sent: 0, total: body.length, hungUp: false };
  drips.push(record);
  res.on("close", () => {
    record.hungUp = !res.writableFinished;
  });
  res.writeHead(200, headers);
  for (let at = 0; at < body.length && !res.destroyed; at += chunk) {
    const piece = body.subarray(at, at + chunk);
    res.write(piece);
    record.sent += piece.length;
    await sleep(ms);
  }
  res.end();
}

/** Starts the server; resolves with it once listening. */
export function serve(port = 0) {
  const server = createServer((req, res) => {
    // Every response closes its connection, so no request arrives on a
    // reused one: Chromium silently resends a request whose reused
    // connection drops before any answer, which would hide a dropped
    // connection (/net/flaky/…?reset=1) from the widget's own retries.
    res.setHeader("connection", "close");
    return handle(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(Number(process.argv[2] ?? 8080));
  const { port } = server.address();
  console.log(`syndicard demo: http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
}

/** Per-KEY state of the /net/ hooks: version, request count, log. */
const netKeys = new Map();

function netKey(key) {
  if (!netKeys.has(key)) netKeys.set(key, { version: 1, count: 0, log: [] });
  return netKeys.get(key);
}

async function handleNet(req, res, url) {
  const [, , kind, file = ""] = url.pathname.split("/");
  const key = decodeURIComponent(file.replace(/\.xml$/, ""));
  const state = netKey(key);
  const q = (name, fallback) => url.searchParams.get(name) ?? fallback;
  if (kind === "log") {
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(state.log));
    return;
  }
  if (kind === "page") {
    const html = await readFile(join(root, "www", "blank.html"));
    res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-cache" }).end(html);
    return;
  }
  if (kind === "set") {
    state.version = Number(q("v", 1));
    res.writeHead(204, { "cache-control": "no-store" }).end();
    return;
  }
  state.count += 1;
  const record = {
    at: Date.now(),
    url: req.url,
    ifNoneMatch: req.headers["if-none-match"] ?? null,
    ifModifiedSince: req.headers["if-modified-since"] ?? null,
    status: 200,
    hungUp: false,
  };
  state.log.push(record);
  res.on("close", () => {
    record.hungUp = !res.writableFinished;
  });
  const base = { "access-control-allow-origin": "*" };
  if (kind === "flaky" && state.count <= Number(q("fail", 0))) {
    if (q("reset", "") === "1") {
      record.status = "reset";
      req.socket.destroy();
      return;
    }
    record.status = Number(q("status", 503));
    const headers = { ...base, "cache-control": "no-store" };
    if (q("retry-after", null) !== null) headers["retry-after"] = q("retry-after");
    res.writeHead(record.status, headers).end();
    return;
  }
  if (kind !== "feed" && kind !== "flaky") {
    record.status = 404;
    res.writeHead(404, base).end();
    return;
  }
  const v = state.version;
  const etag = `"${key}-${v}"`;
  const modified = new Date(Date.UTC(2025, 0, v)).toUTCString();
  const headers = {
    ...base,
    "content-type": "application/rss+xml; charset=utf-8",
    "cache-control": q("nostore", "") === "1" ? "no-store" : "no-cache",
  };
  if (q("etag", "1") !== "0") headers.etag = etag;
  if (q("lm", "1") !== "0") headers["last-modified"] = modified;
  await sleep(Number(q("ms", 0)));
  const matches =
    (headers.etag && req.headers["if-none-match"] === etag) ||
    (!req.headers["if-none-match"] && headers["last-modified"] && req.headers["if-modified-since"] === modified);
  if (matches) {
    record.status = 304;
    const { "content-type": _, ...rest } = headers;
    res.writeHead(304, rest).end();
    return;
  }
  const body = Buffer.from(
    generatedFeed(Number(q("items", 5)))
      .toString()
      .replaceAll("<title>Release ", `<title>v${v} Release `)
      .replaceAll("</description></item>", `${"padding ".repeat(Number(q("pad", 0)) * 128)}</description></item>`),
  );
  const drip = q("drip", null);
  if (drip === null) {
    res.writeHead(200, { ...headers, "content-length": body.length }).end(body);
    return;
  }
  res.writeHead(200, headers);
  const chunk = Math.max(1, Number(q("kb", 16))) * 1024;
  for (let at = 0; at < body.length && !res.destroyed; at += chunk) {
    res.write(body.subarray(at, at + chunk));
    await sleep(Number(drip));
  }
  res.end();
}
