// The page server for the cross-engine tests: scripts/serve.mjs (www/ at /,
// dist/ at /dist/, its test hooks) plus two things of this directory:
//   /__engines/<file>   a file of tests/engines/pages/ (host pages and scripts
//                       that only these tests use)
//   every HTML page gets <script src="/__engines/console.js"> as the first
//   element of its <head>: it records console errors and warnings,
//   uncaught exceptions, unhandled rejections, failed resource loads and CSP
//   violations into window.__engineProblems, for the engines whose driver
//   cannot report them (WebKitWebDriver has no log API and no BiDi). It is a
//   same-origin external script, so it runs under the strict CSP too.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

const PAGES = fileURLToPath(new URL("./pages/", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
const CAPTURE = '<script src="/__engines/console.js"></script>';

/** Starts the server on a free port of 127.0.0.1: `{ origin, close() }`. */
export async function startServer() {
  const server = await serve(0);
  const [handle] = server.listeners("request");
  server.removeAllListeners("request");
  server.on("request", (req, res) => {
    const { pathname } = new URL(req.url, "http://127.0.0.1");
    if (pathname.startsWith("/__engines/")) {
      ownFile(pathname.slice("/__engines/".length), res);
      return;
    }
    if (pathname.endsWith("/") || pathname.endsWith(".html")) injectCapture(res);
    handle(req, res);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(ok);
      }),
  };
}

async function ownFile(name, res) {
  const type = TYPES[name.slice(name.lastIndexOf("."))];
  let body;
  try {
    body = type && !name.includes("/") && !name.includes("..") ? await readFile(join(PAGES, name)) : null;
  } catch {
    body = null;
  }
  if (!body) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    return;
  }
  if (name.endsWith(".html")) body = Buffer.from(withCapture(body.toString("utf8")));
  res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
}

/** The page's text with the capture script first in its <head>. */
function withCapture(html) {
  return html.replace(/<head>/i, (head) => head + CAPTURE);
}

/** Makes `res` insert the capture script into the HTML page it sends (serve.mjs sends pages whole). */
function injectCapture(res) {
  const writeHead = res.writeHead;
  const end = res.end;
  let html = false;
  res.writeHead = function (status, headers = {}) {
    html = status === 200 && /^text\/html/.test(headers["content-type"] ?? "");
    if (html) {
      headers = { ...headers };
      delete headers["content-length"];
    }
    return writeHead.call(this, status, headers);
  };
  res.end = function (body, ...rest) {
    if (html && body) body = withCapture(Buffer.from(body).toString("utf8"));
    return end.call(this, body, ...rest);
  };
}
