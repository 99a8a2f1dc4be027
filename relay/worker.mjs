// syndicard's relay: a Cloudflare Worker (ES module syntax), run locally by
// workerd. This module does only what needs the Workers runtime: fetching
// upstream (redirects followed by hand, each one re-checked; size cap;
// timeout), coalescing concurrent requests for one feed, and keeping
// copies. Every decision (which URLs, which parameters, how long to keep,
// what to answer) is made by the Rust core compiled to wasm (relay.js).
//
// Bindings (all text; see relay/config.capnp and relay/wrangler.toml):
//   RELAY_ALLOW          upstream hosts, comma-separated host or host:port
//   RELAY_MIN_TTL        shortest freshness, seconds (60)
//   RELAY_MAX_TTL        longest freshness, seconds (3600)
//   RELAY_STALE          served-while-revalidating window, seconds (3600)
//   RELAY_MAX_BYTES      upstream size cap, bytes (8 MiB)
//   RELAY_TIMEOUT_MS     upstream timeout, whole response, ms (8000)
//   RELAY_EMBED_SCRIPT   the widget's embed.js URL, for oEmbed snippets

import * as core from './relay.js';
import wasm from './relay_bg.wasm';

core.initSync({ module: wasm });

const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 8000;
const DEFAULT_EMBED_SCRIPT = 'https://cdn.example.com/syndicard/embed.js';
// Redirects followed per fetch.
const MAX_REDIRECTS = 5;
// Copies kept in this isolate: at most this many feeds and bytes (oldest
// used first out).
const MAX_ENTRIES = 256;
const MAX_KEPT_BYTES = 32 * 1024 * 1024;
// Rendered answers kept per feed copy (one per endpoint and query).
const MAX_ANSWERS = 64;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';

// Feed URL -> kept copy, in least-recently-used order (Map keeps insertion
// order; a hit moves the entry to the end).
const kept = new Map();
let keptBytes = 0;
// Feed URL -> the one upstream fetch in flight for it.
const inflight = new Map();

/** A failure carrying the core's JSON answer for it. */
class Refusal extends Error {
  constructor(reply) {
    super(reply.body);
    this.reply = reply;
  }
}

const fail = (code, message) => new Refusal(core.error(code, message));

function number(value, fallback) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified',
};

function send(reply, extra = {}) {
  const headers = { ...CORS, 'content-type': reply.contentType, ...extra };
  const csp = reply.csp;
  if (csp) headers['content-security-policy'] = csp;
  headers['x-content-type-options'] = 'nosniff';
  headers['referrer-policy'] = 'no-referrer';
  return new Response(reply.body, { status: reply.status, headers });
}

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...CORS,
          'access-control-allow-methods': 'GET, HEAD',
          'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
          'access-control-max-age': '86400',
        },
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(core.error('method_not_allowed', `${request.method} is not answered; use GET`), {
        allow: 'GET, HEAD, OPTIONS',
      });
    }
    const query = url.search.slice(1);
    const allow = env.RELAY_ALLOW ?? '';
    const checked = core.prepare(url.pathname, query, allow);
    if (checked.status !== 200) return send(checked);
    const feedUrl = checked.body;
    let copy;
    try {
      copy = await feed(feedUrl, env, ctx);
    } catch (e) {
      if (e instanceof Refusal) return send(e.reply);
      return send(core.error('upstream_unreachable', `the feed at ${feedUrl} could not be fetched`));
    }
    const age = Date.now() - copy.fetchedAt;
    const maxAge = core.maxAgeLeft(age, copy.ttl);
    const caching = {
      'cache-control': copy.store ? `public, max-age=${maxAge}` : 'no-store',
    };
    if (url.pathname === '/v1/feed') return feedBytes(request, copy, caching);
    const key = `${url.pathname}?${query}`;
    let answer = copy.answers.get(key);
    if (!answer) {
      const script = env.RELAY_EMBED_SCRIPT || DEFAULT_EMBED_SCRIPT;
      const reply = core.answer(
        url.pathname, query, copy.body, copy.contentType ?? undefined, feedUrl,
        url.origin, script, maxAge,
      );
      answer = { status: reply.status, contentType: reply.contentType, body: reply.body, csp: reply.csp };
      if (copy.answers.size >= MAX_ANSWERS) copy.answers.clear();
      copy.answers.set(key, answer);
    }
    return send(answer, answer.status === 200 ? caching : {});
  },
};

/** `/v1/feed`: the upstream's bytes, its validators, CORS open. */
function feedBytes(request, copy, caching) {
  const headers = {
    ...CORS,
    ...caching,
    'content-type': core.feedContentType(copy.contentType ?? undefined),
    'content-security-policy': core.feedCsp(),
    'x-content-type-options': 'nosniff',
  };
  if (copy.etag) headers.etag = copy.etag;
  if (copy.lastModified) headers['last-modified'] = copy.lastModified;
  const inm = request.headers.get('if-none-match');
  if (copy.etag && inm && inm.split(',').some((t) => t.trim() === copy.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(copy.body, { status: 200, headers });
}

/**
 * The copy of the feed at `url`: a fresh kept one; a stale kept one
 * (revalidated in the background); else the one upstream fetch in flight
 * for it, started if none is.
 */
async function feed(url, env, ctx) {
  const copy = kept.get(url);
  if (copy) {
    const decision = core.serve(Date.now() - copy.fetchedAt, copy.store, copy.ttl, copy.stale);
    if (decision !== 'miss') {
      kept.delete(url);
      kept.set(url, copy);
      if (decision === 'stale') ctx.waitUntil(load(url, copy, env).catch(() => {}));
      return copy;
    }
  }
  return load(url, copy, env);
}

/** Coalesces: every caller for `url` while a fetch is in flight shares it. */
function load(url, previous, env) {
  let pending = inflight.get(url);
  if (!pending) {
    pending = fetchFeed(url, previous, env).finally(() => inflight.delete(url));
    inflight.set(url, pending);
  }
  return pending;
}

/** Keeps `copy` (if its lifetime allows), evicting the least recently used. */
function keep(url, copy) {
  const old = kept.get(url);
  if (old) {
    kept.delete(url);
    keptBytes -= old.body.byteLength;
  }
  if (!copy.store) return;
  kept.set(url, copy);
  keptBytes += copy.body.byteLength;
  for (const [oldest, entry] of kept) {
    if (kept.size <= MAX_ENTRIES && keptBytes <= MAX_KEPT_BYTES) break;
    kept.delete(oldest);
    keptBytes -= entry.body.byteLength;
  }
}

function lifetimeOf(response, env) {
  const [store, ttl, stale] = core.lifetime(
    response.headers.get('cache-control') ?? undefined,
    env.RELAY_MIN_TTL, env.RELAY_MAX_TTL, env.RELAY_STALE,
  );
  return { store: store === 1, ttl, stale };
}

/**
 * Fetches `url` upstream: conditional when `previous` has validators,
 * redirects followed by hand (each target re-checked by the core, at most
 * MAX_REDIRECTS), no cookies or credentials (the request is built here
 * from nothing of the client's), the whole response within the timeout
 * and under the size cap.
 */
async function fetchFeed(url, previous, env) {
  const allow = env.RELAY_ALLOW ?? '';
  const cap = number(env.RELAY_MAX_BYTES, DEFAULT_MAX_BYTES);
  const timeoutMs = number(env.RELAY_TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () =>
    fail('timeout', `the feed at ${url} did not arrive within ${timeoutMs} ms`);
  try {
    let target = url;
    for (let hop = 0; ; hop++) {
      const headers = new Headers({ accept: ACCEPT, 'user-agent': 'syndicard-relay/0.1' });
      if (previous?.etag) headers.set('if-none-match', previous.etag);
      if (previous?.lastModified) headers.set('if-modified-since', previous.lastModified);
      let response;
      try {
        response = await fetch(target, { headers, redirect: 'manual', signal: controller.signal });
      } catch (e) {
        if (controller.signal.aborted) throw timedOut();
        throw fail('upstream_unreachable', `the feed at ${target} could not be reached`);
      }
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw fail('upstream_status', `${target} redirected without a Location`);
        if (hop >= MAX_REDIRECTS) {
          throw fail('too_many_redirects', `the feed at ${url} redirected more than ${MAX_REDIRECTS} times`);
        }
        let next;
        try {
          next = new URL(location, target).href;
        } catch {
          throw fail('upstream_status', `${target} redirected to an unusable Location`);
        }
        const checked = core.checkTarget(next, allow);
        if (checked.status !== 200) throw new Refusal(checked);
        target = checked.body;
        continue;
      }
      if (response.status === 304 && previous) {
        await response.body?.cancel();
        const copy = { ...previous, ...lifetimeOf(response, env), fetchedAt: Date.now() };
        copy.store = previous.store && copy.store;
        keep(url, copy);
        return copy;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw fail('upstream_status', `the feed at ${target} answered HTTP ${response.status}`);
      }
      const body = await readCapped(response, cap, target);
      const copy = {
        body,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        fetchedAt: Date.now(),
        answers: new Map(),
        ...lifetimeOf(response, env),
      };
      keep(url, copy);
      return copy;
    }
  } catch (e) {
    if (!(e instanceof Refusal) && controller.signal.aborted) throw timedOut();
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** The whole body, refused past `cap` bytes (by Content-Length or as read). */
async function readCapped(response, cap, target) {
  const tooLarge = () => fail('too_large', `the feed at ${target} is larger than ${cap} bytes`);
  const length = Number.parseInt(response.headers.get('content-length') ?? '', 10);
  if (Number.isFinite(length) && length > cap) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
