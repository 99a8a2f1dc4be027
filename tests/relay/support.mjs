// Shared set-up for the relay tests: upstream test servers on 127.0.0.1
// that count every connection and request they get, and the relay itself
// (workerd, from build/relay/) on a free port.
import http from 'node:http';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { start as startRelay } from '../../relay/serve.mjs';

export const FEEDS = new URL('../../www/feeds/', import.meta.url);
export const feedText = (name) => readFileSync(new URL(name, FEEDS));

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  const server = net.createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * An HTTP server on 127.0.0.1 answering with `handler(req, res, url)`.
 * `connections` and `requests` count what reached it; `seen` holds every
 * request's path and headers.
 */
export async function upstream(handler = (req, res) => res.end()) {
  const counts = { connections: 0, requests: 0, seen: [] };
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    counts.requests++;
    const url = new URL(req.url, 'http://upstream');
    counts.seen.push({ path: url.pathname + url.search, headers: req.headers });
    handler(req, res, url);
  });
  server.on('connection', (s) => {
    counts.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const port = server.address().port;
  return Object.assign(counts, {
    port,
    origin: `http://127.0.0.1:${port}`,
    /** Requests whose path starts with `prefix`. */
    hits: (prefix) => counts.seen.filter((s) => s.path.startsWith(prefix)).length,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  });
}

/** Starts the relay (workerd) allowing `allow`, with extra bindings `env`. */
export async function relay(allow, env = {}, config) {
  const port = await freePort();
  return startRelay({ port, allow, env, config });
}

/** `GET ${relay}${path}?url=…&extra`, as `{status, headers, body, json}`. */
export async function ask(base, path, feedUrl, extra = '', init = {}) {
  const q = feedUrl === undefined ? '' : `url=${encodeURIComponent(feedUrl)}`;
  const sep = q && extra ? '&' : '';
  const res = await fetch(`${base}${path}?${q}${sep}${extra}`, init);
  const body = await res.text();
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, body, json };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
