#!/usr/bin/env python3
"""Builds www/feeds/seaprwire-id.xml from the shared SeaPRwire fixture: the
release text split at blank lines, the first paragraph as the title and the
rest, unchanged (odd spaces and the stray "“`" included), as <p> elements
in content:encoded. Run from the repository root:
    python3 scripts/make-seaprwire-feed.py ../shared/fixtures/seaprwire-release-id.txt
"""
import html
import sys

src = open(sys.argv[1], encoding="utf-8").read()
paras = [p.strip("\n") for p in src.split("\n\n") if p.strip()]
title, body = paras[0].strip(), paras[1:]
content = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in body)
lede = body[0]
out = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Demo feed: the release in ../shared/fixtures/seaprwire-release-id.txt
     (paragraph for paragraph, stray characters included) as SeaPRwire's
     Indonesian RSS carries it. Built by scripts/make-seaprwire-feed.py. -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>SeaPRwire – Siaran Pers (Bahasa Indonesia)</title>
    <link>https://www.seaprwire.com/id/</link>
    <description>Siaran pers terbaru yang didistribusikan oleh SeaPRwire.</description>
    <language>id</language>
    <item>
      <title>{html.escape(title, quote=False)}</title>
      <link>https://www.seaprwire.com/id/rusia-dan-selatan-global-membentuk-masa-depan-digital-multipolar/</link>
      <guid isPermaLink="false">seaprwire-id-20250606-forum-digital-global</guid>
      <pubDate>Fri, 06 Jun 2025 10:30:00 +0800</pubDate>
      <dc:creator>SeaPRwire</dc:creator>
      <description>{html.escape(lede, quote=False)}</description>
      <content:encoded><![CDATA[{content}]]></content:encoded>
    </item>
  </channel>
</rss>
"""
open("www/feeds/seaprwire-id.xml", "w", encoding="utf-8").write(out)
