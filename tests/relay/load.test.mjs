// Load: 200 concurrent requests over 10 feeds, all on 127.0.0.1. Every
// answer is checked against its own feed, the upstream sees at most one
// request per feed, and the relay still answers afterwards. Latencies are
// printed (README records them); they are not asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism, loadavg } from 'node:os';
import { feedText, relay, upstream } from './support.mjs';

const FEEDS = 10;
const REQUESTS = 200;
const ATOM = feedText('wire-en.atom').toString();
const FIRST_TITLE = "Harbor Grid Opens Europe's Largest Battery Recycling Plant in Rotterdam";

const titleOf = (n) => `Feed ${n}: ${FIRST_TITLE}`;

let up;
let r;

before(async () => {
  up = await upstream((req, res, url) => {
    const n = Number(url.pathname.slice('/feed-'.length));
    // A wire that takes 100 ms to answer, so requests pile up on it.
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/atom+xml', 'cache-control': 'max-age=300' });
      res.end(ATOM.replace(FIRST_TITLE, titleOf(n)));
    }, 100);
  });
  r = await relay(up.origin.slice('http://'.length));
});

after(async () => {
  await r?.stop();
  await up?.close();
});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

test('200 concurrent requests over 10 feeds: all answered, one upstream fetch per feed', async (t) => {
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: REQUESTS }, async (_, i) => {
      const n = i % FEEDS;
      const path = i % 2 ? '/v1/cards' : '/v1/feed';
      const feed = encodeURIComponent(`${up.origin}/feed-${n}`);
      const start = performance.now();
      const res = await fetch(`${r.url}${path}?url=${feed}&limit=2`);
      const body = await res.text();
      return { n, path, status: res.status, body, ms: performance.now() - start };
    }),
  );
  const wall = performance.now() - t0;
  for (const { n, path, status, body } of results) {
    assert.equal(status, 200, `${path} feed ${n}: ${body.slice(0, 200)}`);
    if (path === '/v1/cards') {
      const { releases } = JSON.parse(body);
      assert.equal(releases.length, 2);
      assert.equal(releases[0].title, titleOf(n));
    } else {
      assert.ok(body.includes(`<title type="text">${titleOf(n)}</title>`) || body.includes(titleOf(n)), `feed ${n}`);
    }
  }
  assert.ok(up.requests <= FEEDS, `${up.requests} upstream requests for ${FEEDS} feeds`);
  const ms = results.map((x) => x.ms).sort((a, b) => a - b);
  const report = `load: ${results.length} answered (all checked), ${up.requests} upstream requests, p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${ms.at(-1).toFixed(1)} ms, wall ${wall.toFixed(0)} ms, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
  t.diagnostic(report);
  console.log(report);
  // Alive afterwards, and what it keeps is served without the upstream.
  const after = await fetch(`${r.url}/v1/cards?url=${encodeURIComponent(`${up.origin}/feed-3`)}`);
  assert.equal(after.status, 200);
  assert.equal((await after.json()).releases[0].title, titleOf(3));
  assert.ok(up.requests <= FEEDS);
});
