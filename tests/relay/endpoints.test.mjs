// The relay on workerd against upstream servers on 127.0.0.1: every
// endpoint, coalescing, caching and revalidation, each refusal (with a
// server on a refused port counting connections: it must see none), the
// size cap and the timeout. One workerd for the whole file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ask, feedText, relay, sleep, upstream } from './support.mjs';

const ATOM = feedText('wire-en.atom');
const RSS_AR = feedText('seaprwire-ar.xml');
const CAP = 64 * 1024;
const TIMEOUT_MS = 1500;

let up; // allowed upstream
let refused; // an upstream on a port the allowlist does not name
let r; // the relay

before(async () => {
  up = await upstream((req, res, url) => {
    const p = url.pathname;
    if (p.startsWith('/atom')) {
      res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'max-age=600', etag: '"atom-1"' });
      return res.end(ATOM);
    }
    if (p === '/ar.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(RSS_AR);
    }
    if (p.startsWith('/slow')) {
      // Answers after 400 ms: concurrent requests overlap it.
      return setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'cache-control': 'max-age=600' });
        res.end(ATOM);
      }, 400);
    }
    if (p === '/short') {
      // Fresh for 1 s; revalidated with its ETag; unchanged since.
      if (req.headers['if-none-match'] === '"short-1"') {
        res.writeHead(304, { etag: '"short-1"', 'cache-control': 'max-age=1' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"short-1"', 'cache-control': 'max-age=1' });
      return res.end(ATOM);
    }
    if (p === '/nostore') {
      res.writeHead(200, { 'content-type': 'application/atom+xml', 'cache-control': 'no-store' });
      return res.end(ATOM);
    }
    if (p === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<script>alert(1)</script>');
    }
    if (p === '/big') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      return res.end(Buffer.alloc(CAP + 1, 'x'));
    }
    if (p === '/big-chunked') {
      // No Content-Length: the cap must hold while reading.
      res.writeHead(200, { 'content-type': 'application/xml' });
      let sent = 0;
      const more = () => {
        if (sent > CAP * 2 || res.destroyed) return res.end();
        sent += 16 * 1024;
        res.write(Buffer.alloc(16 * 1024, 'x'), () => setImmediate(more));
      };
      return more();
    }
    if (p === '/hang') return; // never answers
    if (p === '/drip') {
      // Headers at once, then the body too slowly.
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.write('<?xml version="1.0"?>');
      return;
    }
    if (p === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') });
      return res.end();
    }
    if (p === '/loop') {
      res.writeHead(301, { location: '/loop' });
      return res.end();
    }
    if (p === '/missing') {
      res.writeHead(404);
      return res.end('no');
    }
    if (p === '/cookie') {
      res.writeHead(200, { 'content-type': 'application/atom+xml', 'set-cookie': 'session=1' });
      return res.end(ATOM);
    }
    res.writeHead(404);
    res.end();
  });
  refused = await upstream((req, res) => res.end('should never be reached'));
  // 127.0.0.1 only on the upstream's port; 127.0.0.2 and localhost by host
  // alone (so non-public and never reachable).
  const allow = `${up.origin.slice(7)}, 127.0.0.2, localhost`;
  r = await relay(allow, {
    RELAY_MAX_BYTES: String(CAP),
    // So a copy goes stale within the test (the default floor is 60 s).
    RELAY_MIN_TTL: '1',
    RELAY_TIMEOUT_MS: String(TIMEOUT_MS),
    RELAY_EMBED_SCRIPT: 'https://cdn.example/syndicard/embed.js',
  });
});

after(async () => {
  await r?.stop();
  await up?.close();
  await refused?.close();
});

test('/v1/feed answers the bytes with CORS, validators and a safe type', async () => {
  const res = await ask(r.url, '/v1/feed', `${up.origin}/atom-feed`);
  assert.equal(res.status, 200);
  assert.equal(res.body, ATOM.toString());
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.equal(res.headers.get('etag'), '"atom-1"');
  assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
  assert.match(res.headers.get('cache-control'), /^public, max-age=(59\d|600)$/);
  // A client revalidating with the same ETag gets 304, upstream untouched.
  const before = up.hits('/atom-feed');
  const again = await ask(r.url, '/v1/feed', `${up.origin}/atom-feed`, '', { headers: { 'if-none-match': '"atom-1"' } });
  assert.equal(again.status, 304);
  assert.equal(up.hits('/atom-feed'), before);
  // Bytes served as HTML upstream never become a page on the relay.
  const html = await ask(r.url, '/v1/feed', `${up.origin}/html`);
  assert.equal(html.headers.get('content-type'), 'text/plain');
  assert.match(html.headers.get('content-security-policy'), /sandbox/);
  // The upstream's cookies are not passed on.
  const cookie = await ask(r.url, '/v1/feed', `${up.origin}/cookie`);
  assert.equal(cookie.status, 200);
  assert.equal(cookie.headers.get('set-cookie'), null);
});

test('/v1/cards answers the dissected releases as JSON trees', async () => {
  const res = await ask(r.url, '/v1/cards', `${up.origin}/atom-cards`, 'limit=2');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.match(res.headers.get('content-type'), /^application\/json/);
  const { releases } = res.json;
  assert.equal(releases.length, 2);
  const fields = ['body', 'boilerplate', 'dateline', 'dir', 'disclaimer', 'id', 'image', 'lang', 'lede', 'link', 'place', 'published', 'sectors', 'title', 'updated'];
  for (const rel of releases) {
    assert.deepEqual(Object.keys(rel).sort(), fields);
    assert.ok(Array.isArray(rel.body) && Array.isArray(rel.sectors));
    assert.ok(rel.disclaimer.startsWith('This article is provided by a third-party content provider.'));
    for (const node of rel.body) assert.equal(typeof node === 'string' || typeof node.tag, typeof node === 'string' ? true : 'string');
  }
  assert.equal(releases[0].title, "Harbor Grid Opens Europe's Largest Battery Recycling Plant in Rotterdam");
  assert.match(releases[0].published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  // item= narrows to that release; lang= sets the card's language.
  const one = await ask(r.url, '/v1/cards', `${up.origin}/atom-cards`, `item=${encodeURIComponent(releases[1].id)}&lang=de`);
  assert.equal(one.json.releases.length, 1);
  assert.equal(one.json.releases[0].id, releases[1].id);
  assert.equal(one.json.releases[0].lang, 'de');
  assert.ok(one.json.releases[0].disclaimer.startsWith('Dieser Artikel'));
  const none = await ask(r.url, '/v1/cards', `${up.origin}/atom-cards`, 'item=nope');
  assert.equal(none.status, 404);
  assert.equal(none.json.code, 'item_not_found');
  // Right to left, in the release's language.
  const ar = await ask(r.url, '/v1/cards', `${up.origin}/ar.xml`);
  assert.equal(ar.json.releases[0].dir, 'rtl');
  assert.equal(ar.json.releases[0].lang.slice(0, 2), 'ar');
});

test('/v1/oembed is oEmbed 1.0 rich; format=xml is 501', async () => {
  const res = await ask(r.url, '/v1/oembed', `${up.origin}/atom-oembed`, 'maxwidth=300&format=json');
  assert.equal(res.status, 200);
  const o = res.json;
  assert.equal(o.version, '1.0');
  assert.equal(o.type, 'rich');
  assert.equal(o.width, 300);
  assert.ok(Number.isInteger(o.height) && o.height > 0);
  assert.equal(typeof o.html, 'string');
  assert.equal(o.html.match(/<script/g).length, 1);
  assert.ok(o.html.endsWith('<script async src="https://cdn.example/syndicard/embed.js"></script>'));
  assert.match(o.html, /<footer class="disclaimer">This article is provided by a third-party content provider\./);
  assert.ok(o.html.includes(`data-relay="${r.url}"`));
  const xml = await ask(r.url, '/v1/oembed', `${up.origin}/atom-oembed`, 'format=xml');
  assert.equal(xml.status, 501);
  assert.equal(xml.json.code, 'not_implemented');
});

test('/v1/card is a whole page with a strict CSP and the disclaimer', async () => {
  const res = await ask(r.url, '/v1/card', `${up.origin}/atom-card`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.ok(res.body.startsWith('<!doctype html>'));
  assert.ok(!res.body.includes('<script'));
  assert.match(res.body, /<footer class="disclaimer">This article is provided/);
  const csp = res.headers.get('content-security-policy');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'none'/);
  assert.ok(!csp.includes('unsafe'));
  // The one inline stylesheet is allowed by its hash, nothing else is.
  const css = res.body.match(/<style>([^<]*)<\/style>/)[1];
  const hash = createHash('sha256').update(css).digest('base64');
  assert.ok(csp.includes(`style-src 'sha256-${hash}'`), csp);
});

test('errors are JSON {code, message} with a fitting status', async () => {
  const cases = [
    ['/v1/cards', `${up.origin}/atom-e`, 'limit=0', 400, 'bad_request'],
    ['/v1/cards', `${up.origin}/atom-e`, 'limit=51', 400, 'bad_request'],
    ['/v1/cards', `${up.origin}/atom-e`, 'limit=two', 400, 'bad_request'],
    ['/v1/cards', undefined, 'limit=2', 400, 'bad_request'],
    ['/v1/nothing', `${up.origin}/atom-e`, '', 404, 'not_found'],
    ['/v1/cards', `${up.origin}/missing`, '', 502, 'upstream_status'],
    ['/v1/cards', `${up.origin}/html`, '', 502, 'parse'],
  ];
  for (const [path, url, extra, status, code] of cases) {
    const res = await ask(r.url, path, url, extra);
    assert.equal(res.status, status, `${path} ${extra}: ${res.body}`);
    assert.deepEqual(Object.keys(res.json).sort(), ['code', 'message']);
    assert.equal(res.json.code, code);
    assert.ok(res.json.message.length > 10);
  }
  const post = await fetch(`${r.url}/v1/cards?url=x`, { method: 'POST' });
  assert.equal(post.status, 405);
  assert.equal((await post.json()).code, 'method_not_allowed');
});

test('every refusal is answered before anything connects', async () => {
  const b = refused.port;
  const connectionsBefore = up.connections;
  const cases = [
    [`ftp://127.0.0.1:${up.port}/atom`, 'scheme_not_allowed'],
    [`file:///etc/passwd`, 'scheme_not_allowed'],
    [`http://user:pw@127.0.0.1:${up.port}/atom`, 'credentials_not_allowed'],
    // localhost is not 127.0.0.1: hosts compare exactly after parsing.
    [`http://localhost:${up.port}/atom`, 'host_not_allowed'],
    [`http://127.0.0.1:${b}/feed`, 'host_not_allowed'],
    [`http://2130706433:${b}/feed`, 'host_not_allowed'],
    [`http://0x7f000001:${b}/feed`, 'host_not_allowed'],
    [`http://0177.0.0.1:${b}/feed`, 'host_not_allowed'],
    [`http://127.1:${b}/feed`, 'host_not_allowed'],
    [`http://[::1]:${b}/feed`, 'host_not_allowed'],
    [`http://[::ffff:127.0.0.1]:${b}/feed`, 'host_not_allowed'],
    [`http://wire.example/feed`, 'host_not_allowed'],
    // Allowlisted by host alone, but not public: refused.
    [`http://127.0.0.2/feed`, 'address_not_allowed'],
    [`http://localhost/feed`, 'address_not_allowed'],
    [`http://0x7f.0.0.2/feed`, 'address_not_allowed'],
  ];
  for (const [url, code] of cases) {
    for (const path of ['/v1/feed', '/v1/cards']) {
      const res = await ask(r.url, path, url);
      assert.equal(res.status, 403, `${url}: ${res.body}`);
      assert.equal(res.json.code, code, url);
    }
  }
  assert.equal(up.connections, connectionsBefore, 'a refused URL reached the allowed upstream');
  assert.equal(refused.connections, 0, 'a refused address was connected to');
});

test('redirects are followed only where the policy allows', async () => {
  const ok = await ask(r.url, '/v1/cards', `${up.origin}/redirect?to=${encodeURIComponent('/atom-redirected')}`);
  assert.equal(ok.status, 200, ok.body);
  assert.equal(up.hits('/atom-redirected'), 1);
  for (const [to, code] of [
    [`http://127.0.0.1:${refused.port}/x`, 'host_not_allowed'],
    [`http://0x7f.1:${refused.port}/x`, 'host_not_allowed'],
    [`http://[::ffff:7f00:1]:${refused.port}/x`, 'host_not_allowed'],
    ['http://127.0.0.2/x', 'address_not_allowed'],
    ['file:///etc/passwd', 'scheme_not_allowed'],
  ]) {
    const res = await ask(r.url, '/v1/feed', `${up.origin}/redirect?to=${encodeURIComponent(to)}`);
    assert.equal(res.status, 403, `${to}: ${res.body}`);
    assert.equal(res.json.code, code, to);
  }
  const loop = await ask(r.url, '/v1/feed', `${up.origin}/loop`);
  assert.equal(loop.status, 502);
  assert.equal(loop.json.code, 'too_many_redirects');
  assert.equal(up.hits('/loop'), 6, 'the first request and 5 redirects');
  assert.equal(refused.connections, 0);
});

test('the size cap holds with and without Content-Length', async () => {
  for (const path of ['/big', '/big-chunked']) {
    const res = await ask(r.url, '/v1/feed', `${up.origin}${path}`);
    assert.equal(res.status, 502, path);
    assert.equal(res.json.code, 'too_large', path);
  }
});

test('the timeout covers the headers and the body', async () => {
  for (const path of ['/hang', '/drip']) {
    const t0 = Date.now();
    const res = await ask(r.url, '/v1/cards', `${up.origin}${path}`);
    const took = Date.now() - t0;
    assert.equal(res.status, 504, `${path}: ${res.body}`);
    assert.equal(res.json.code, 'timeout');
    assert.ok(took >= TIMEOUT_MS - 100, `${path} answered after ${took} ms`);
  }
  // The relay still answers afterwards.
  assert.equal((await ask(r.url, '/v1/cards', `${up.origin}/atom-after-timeout`)).status, 200);
});

test('concurrent requests for one feed share one upstream fetch', async () => {
  const url = `${up.origin}/slow-coalesce`;
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, i) => ask(r.url, ['/v1/feed', '/v1/cards', '/v1/card'][i % 3], url)),
  );
  for (const a of answers) assert.equal(a.status, 200);
  assert.equal(up.hits('/slow-coalesce'), 1);
});

test('copies are kept, served stale while revalidating, revalidated conditionally', async () => {
  const url = `${up.origin}/short`;
  const first = await ask(r.url, '/v1/cards', url);
  assert.equal(first.status, 200);
  await ask(r.url, '/v1/cards', url);
  await ask(r.url, '/v1/feed', url);
  assert.equal(up.hits('/short'), 1, 'a fresh copy is served without asking upstream');
  await sleep(1200);
  // Stale: answered at once from the copy, revalidated in the background.
  const stale = await ask(r.url, '/v1/cards', url);
  assert.equal(stale.status, 200);
  assert.deepEqual(stale.json, first.json);
  for (let i = 0; i < 50 && up.hits('/short') < 2; i++) await sleep(50);
  assert.equal(up.hits('/short'), 2);
  const revalidation = up.seen.filter((s) => s.path === '/short')[1];
  assert.equal(revalidation.headers['if-none-match'], '"short-1"');
  // The 304 refreshed the copy: fresh again, no third request.
  await sleep(100);
  await ask(r.url, '/v1/cards', url);
  assert.equal(up.hits('/short'), 2);
});

test('no-store responses are not kept', async () => {
  const url = `${up.origin}/nostore`;
  await ask(r.url, '/v1/feed', url);
  const second = await ask(r.url, '/v1/feed', url);
  assert.equal(second.headers.get('cache-control'), 'no-store');
  assert.equal(up.hits('/nostore'), 2);
});

test('requests upstream carry no cookies or credentials of the client', async () => {
  await ask(r.url, '/v1/feed', `${up.origin}/atom-private`, '', {
    headers: { cookie: 'sid=secret', authorization: 'Bearer secret' },
  });
  const seen = up.seen.find((s) => s.path === '/atom-private');
  assert.equal(seen.headers.cookie, undefined);
  assert.equal(seen.headers.authorization, undefined);
});
