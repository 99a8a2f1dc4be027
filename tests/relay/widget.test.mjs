// The widget with `relay=`: a feed whose server sends no CORS header, on
// another origin than the page, is unreadable for the widget itself
// (error-code network) and reaches `ready` with `source="relay"` through
// the relay, with the same cards. Needs dist/ (make dist) and Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../page/browser.mjs';
import { feedText, relay, upstream } from './support.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm' };

let feeds; // the feed's origin: no CORS headers
let site; // the page's origin
let r; // the relay
let browser;

before(async () => {
  feeds = await upstream((req, res) => {
    res.writeHead(200, { 'content-type': 'application/atom+xml' });
    res.end(feedText('wire-en.atom'));
  });
  r = await relay(feeds.origin.slice('http://'.length));
  site = await upstream((req, res, url) => {
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><html lang="en"><body>
<script>
  window.readyDetails = [];
  document.addEventListener('syndicard:ready', (e) => window.readyDetails.push({ id: e.target.id, ...e.detail }));
</script>
<syndi-card id="relayed" feed="${feeds.origin}/wire.atom" relay="${r.url}" limit="2"><a href="#">fallback</a></syndi-card>
<syndi-card id="direct" feed="${feeds.origin}/wire.atom" limit="2"><a href="#">fallback</a></syndi-card>
<script type="module" src="/syndicard.js"></script>
</body></html>`);
    }
    const ext = url.pathname.slice(url.pathname.lastIndexOf('.'));
    try {
      const body = readFileSync(new URL(url.pathname.slice(1), DIST));
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await r?.stop();
  await feeds?.close();
  await site?.close();
});

test('a feed without CORS reaches ready with source="relay"', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.origin}/`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('syndi-card')].every((el) => ['ready', 'empty', 'error'].includes(el.getAttribute('state'))),
    null,
    { timeout: 20000 },
  );
  const result = await page.evaluate(() => {
    const read = (id) => {
      const el = document.getElementById(id);
      return {
        state: el.getAttribute('state'),
        source: el.getAttribute('source'),
        code: el.getAttribute('error-code'),
        titles: [...(el.shadowRoot?.querySelectorAll('[part~=title]') ?? [])].map((t) => t.textContent.trim()),
        footers: [...(el.shadowRoot?.querySelectorAll('[part~=disclaimer]') ?? [])].map((t) => t.textContent.trim()),
      };
    };
    return { relayed: read('relayed'), direct: read('direct'), details: window.readyDetails };
  });
  // Without the relay, the browser refuses the response (no CORS header).
  assert.equal(result.direct.state, 'error');
  assert.equal(result.direct.code, 'network');
  // Through the relay: the cards, from the relay.
  assert.equal(result.relayed.state, 'ready');
  assert.equal(result.relayed.source, 'relay');
  assert.deepEqual(result.details, [{ id: 'relayed', count: 2, source: 'relay' }]);
  assert.equal(result.relayed.titles.length, 2);
  assert.equal(result.relayed.titles[0], "Harbor Grid Opens Europe's Largest Battery Recycling Plant in Rotterdam");
  assert.ok(result.relayed.footers.every((f) => f.startsWith('This article is provided by a third-party content provider.')));
  // The relay fetched the feed once.
  const byRelay = feeds.seen.filter((s) => s.headers['user-agent']?.startsWith('syndicard-relay'));
  assert.equal(byRelay.length, 1);
  await page.close();
});
