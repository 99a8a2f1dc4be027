#!/usr/bin/env python3
"""Writes the hostile test feeds www/feeds/hostile.{xml,atom,json} used by
www/csp.html and tests/page/csp.test.mjs: one hostile release body (scripts,
handlers, javascript:/data:/vbscript: links, frames, forms, styles, overlays,
mutation-XSS carriers) in RSS content:encoded and description, Atom
type="html", JSON Feed content_html; an XHTML body for Atom type="xhtml";
hostile title, link and image fields. Images are same-origin, so the strict
CSP img-src is never what fails. Run from the repository root:
    python3 scripts/make-hostile-feeds.py
"""
import json, html
T = "__syndicardTrap()"
IMG = "/feeds/images/lab.svg"
BODY = f'''<p>GENEVA, June 5, 2025 /Hostile Wire/ -- This release carries a <strong>hostile body</strong>: every vector below must be inert, and <a href="https://ok.example/story">this link</a> must open in a new tab.</p>
<figure><img src="{IMG}" width="640" height="360" alt="A laboratory" onload="{T}" onerror="{T}"><figcaption>Sized image: its box is reserved before it loads.</figcaption></figure>
<script>{T}</script>
<p>Images: <img src=/feeds/images/plant.svg onload={T} onerror={T} width=64 height=36> <img src="/feeds/images/phones.svg" width="1" height="1"> tracking pixel gone.</p>
<svg onload="{T}"><circle r="4"/><text>svg text</text></svg>
<details open ontoggle="{T}"><summary>summary text</summary>details text</details>
<p>Links: <a href="javascript:{T}">js</a> <a href="&#x6A;avascript&colon;{T}">entity</a> <a href="java&#9;script:{T}">tab</a> <a href="data:text/html,&lt;script&gt;parent.{T}&lt;/script&gt;">data</a> <a href="vbscript:{T}">vb</a> <a href="mailto:press@wire.example">mail</a></p>
<iframe srcdoc="<script>parent.{T}</script>"></iframe>
<style>*{{position:fixed!important}}</style>
<div style="position:fixed;inset:0;z-index:2147483647;background:red">overlay text, now in flow</div>
<math><mtext><table><mglyph><style><img src={IMG} onload={T}></style></mglyph></table></mtext></math>
<form action="javascript:{T}"><input autofocus onfocus="{T}"><button formaction="javascript:{T}">go</button></form>
<meta http-equiv="refresh" content="0;url=javascript:{T}"><base href="https://evil.example/">
<object data="javascript:{T}"></object><embed src="javascript:{T}">
<template><img src={IMG} onload={T}></template>
<link rel="stylesheet" href="/feeds/evil.css">
<p id="body" class="card" part="card" onclick="{T}" style="color:red"><strong>Escaped</strong> markup: &lt;img src=x onerror={T}&gt; stays text.</p>
<h1>Heading one</h1><h2>Heading two</h2>
<table><tr><th colspan="2" onmouseover="{T}">Table</th></tr><tr><td>a</td><td>b</td></tr></table>
<p>Last: a noscript whose p is never closed swallows the rest of the body.</p>
<noscript><p title="</noscript><img src={IMG} onload={T}>"></noscript>
<p>Swallowed.</p>'''

XHTML = f'''<div xmlns="http://www.w3.org/1999/xhtml"><p onclick="{T}">An <strong>XHTML</strong> body, with <a href="javascript:{T}">a script link</a> and <a href="https://ok.example/x">a good one</a>.</p><script>{T}</script><img src="{IMG}" width="320" height="180" alt="" onload="{T}"/><svg xmlns="http://www.w3.org/2000/svg" onload="{T}"><text>svg</text></svg><iframe src="javascript:{T}"/><p style="position:fixed">was fixed</p></div>'''

BAD_TITLE = f'<img src={IMG} onload={T}>Title with <script>{T}</script> markup'
BAD_LINK = f"javascript:{T}"
BAD_IMAGE = f"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='parent.{T}'/>"
SHORT = f'<p>Short <em>summary</em> <img src={IMG} onload={T}></p>'

rss = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Test feed for www/csp.html (tests/page/csp.test.mjs): releases written to
     break out of the card. Every vector calls __syndicardTrap(); under the
     page's strict CSP anything that survived would also be a violation.
     Images are same-origin so the CSP's img-src is never what fails.
     Built by scripts/make-hostile-feeds.py. -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Hostile Wire (RSS)</title>
    <link>/</link>
    <language>en</language>
    <item>
      <title>A release with a hostile body</title>
      <link>/releases/rss-one.html</link>
      <guid>rss-1</guid>
      <pubDate>Thu, 05 Jun 2025 09:00:00 +0000</pubDate>
      <category>Security</category>
      <media:thumbnail url="{IMG}"/>
      <description>{html.escape(SHORT, quote=False)}</description>
      <content:encoded><![CDATA[{BODY}]]></content:encoded>
    </item>
    <item>
      <title>{html.escape(BAD_TITLE, quote=False)}</title>
      <link>{html.escape(BAD_LINK, quote=False)}</link>
      <guid>rss-2</guid>
      <pubDate>Wed, 04 Jun 2025 09:00:00 +0000</pubDate>
      <category>&lt;b onclick="{T}"&gt;Sector&lt;/b&gt;</category>
      <enclosure url="{html.escape(BAD_IMAGE)}" type="image/svg+xml" length="1"/>
      <description>{html.escape(BODY, quote=False)}</description>
    </item>
  </channel>
</rss>
'''
atom = f'''<?xml version="1.0" encoding="utf-8"?>
<!-- Test feed for www/csp.html (tests/page/csp.test.mjs): hostile Atom
     content as type="html" and type="xhtml", and hostile title, link and
     image fields. Images are same-origin. Built by
     scripts/make-hostile-feeds.py. -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Hostile Wire (Atom)</title>
  <id>tag:hostile.example,2025:atom</id>
  <updated>2025-06-05T09:00:00Z</updated>
  <entry>
    <title>Atom content type html</title>
    <link rel="alternate" href="/releases/atom-one.html"/>
    <id>atom-1</id>
    <updated>2025-06-05T09:00:00Z</updated>
    <link rel="enclosure" type="image/svg+xml" href="{IMG}"/>
    <content type="html">{html.escape(BODY, quote=False)}</content>
  </entry>
  <entry>
    <title>Atom content type xhtml</title>
    <link rel="alternate" href="/releases/atom-two.html"/>
    <id>atom-2</id>
    <updated>2025-06-04T09:00:00Z</updated>
    <content type="xhtml">{XHTML}</content>
  </entry>
  <entry>
    <title type="html">{html.escape(BAD_TITLE, quote=False)}</title>
    <link rel="alternate" href="{html.escape(BAD_LINK)}"/>
    <id>atom-3</id>
    <updated>2025-06-03T09:00:00Z</updated>
    <link rel="enclosure" type="image/svg+xml" href="{html.escape(BAD_IMAGE)}"/>
    <summary type="html">{html.escape(SHORT, quote=False)}</summary>
  </entry>
</feed>
'''
feed = {
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Hostile Wire (JSON Feed)",
  "language": "en",
  "items": [
    {"id": "json-1", "url": "/releases/json-one.html", "title": "JSON Feed content_html",
     "content_html": BODY, "summary": "A hostile body.", "image": IMG,
     "date_published": "2025-06-05T09:00:00Z", "tags": ["Security"]},
    {"id": "json-2", "url": BAD_LINK, "title": BAD_TITLE, "content_html": SHORT,
     "image": BAD_IMAGE, "banner_image": "vbscript:" + T,
     "date_published": "2025-06-04T09:00:00Z", "tags": [f"<i onclick={T}>Tag</i>"]},
  ],
}
open("www/feeds/hostile.xml", "w").write(rss)
open("www/feeds/hostile.atom", "w").write(atom)
open("www/feeds/hostile.json", "w").write(json.dumps(feed, indent=2, ensure_ascii=False) + "\n")
