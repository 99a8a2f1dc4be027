//! DOM for each layout, from plain [`CardView`]s, and the loading skeleton.
//! Every element is made with `createElement`, every piece of text with
//! `createTextNode`; parts follow the contract's table. What each layout
//! shows is decided in [`crate::present`]; this module only builds it.
//!
//! Shapes (the skeleton has the same boxes, so its height is the card's):
//!
//! ```text
//! card     article > img.image | div.image.placeholder
//!                  > div.text > ul.sectors? h.title div.meta p.lede? a.read-more?
//!                               footer.disclaimer
//! full     article > h.title div.meta img.image? p.lede? div.body ul.sectors?
//!                    aside.boilerplate? footer.disclaimer
//! list     article > div.text > h.title div.meta ; footer.disclaimer
//! compact  article > div.text > h.title div.meta(time) ; footer.disclaimer
//! ```

use web_sys::{Document, Element, Node};

use super::dom::{self, append, append_text, part, set};
use super::intl;
use crate::markup;
use crate::options::{Layout, Options, Theme};
use crate::present;
use crate::view::CardView;

/// `target` of every rendered link: a new tab, away from the host page.
const LINK_TARGET: &str = "_blank";
/// `rel` of the card's own links to the release (`link`, `read-more`), as
/// the contract fixes it: no opener, no referrer.
const LINK_REL: &str = "noopener noreferrer";
/// `rel` of links inside the release's own HTML: also no endorsement of
/// where a stranger's markup points.
const BODY_LINK_REL: &str = "noopener noreferrer nofollow";

/// The cards for `views` in `options.layout`, in one container.
pub fn cards(doc: &Document, views: &[CardView], options: &Options) -> Element {
    let container = container(doc, options, "cards");
    let repeated = present::repeated_disclaimers(views, options.layout);
    for (view, repeated) in views.iter().zip(repeated) {
        append(&container, &card(doc, view, options, repeated));
    }
    container
}

/// The placeholder shown while loading: one grey card per release asked
/// for, with the same boxes (image, text area, footer) and minimum
/// heights as the real cards of `options.layout`, so that the cards land
/// in the space it held. Decorative: hidden from assistive technology.
pub fn skeleton(doc: &Document, options: &Options) -> Element {
    let container = container(doc, options, "cards skeleton");
    set(&container, "aria-hidden", "true");
    let n = present::skeleton_count(options);
    for i in 0..n {
        let card = dom::element(doc, "div");
        set(&card, "class", "card");
        if options.layout == Layout::Card {
            append(&card, &bone(doc, "image"));
        }
        let text = dom::element(doc, "div");
        set(&text, "class", "text");
        let lines: &[&str] = match options.layout {
            Layout::Card => &[
                "b-kicker",
                "b-title",
                "b-title b-short",
                "b-meta",
                "b-line",
                "b-line",
                "b-line b-short",
            ],
            Layout::Full => &[
                "b-title",
                "b-title b-short",
                "b-meta",
                "b-line",
                "b-line",
                "b-line",
                "b-line b-short",
                "b-gap",
                "b-line",
                "b-line",
                "b-line",
                "b-line b-short",
            ],
            Layout::List => &["b-title", "b-meta"],
            Layout::Compact => &["b-title"],
        };
        for &line in lines {
            append(&text, &bone(doc, line));
        }
        append(&card, &text);
        // Stacked layouts show the shared disclaimer once, at the end.
        let stacked = matches!(options.layout, Layout::List | Layout::Compact);
        if !stacked || i + 1 == n {
            let footer = dom::element(doc, "div");
            set(&footer, "class", "disclaimer");
            append(&footer, &bone(doc, "b-line"));
            append(&footer, &bone(doc, "b-line b-short"));
            // As in the real card: inside the text area in `card`.
            let frame = if options.layout == Layout::Card {
                &text
            } else {
                &card
            };
            append(frame, &footer);
        }
        append(&container, &card);
    }
    container
}

fn container(doc: &Document, options: &Options, kind: &str) -> Element {
    let container = dom::element(doc, "div");
    let class = format!(
        "{kind} {} {}",
        layout_class(options.layout),
        theme_class(options.theme)
    );
    set(&container, "class", &class);
    container
}

fn bone(doc: &Document, kind: &str) -> Element {
    let span = dom::element(doc, "span");
    set(&span, "class", &format!("bone {kind}"));
    span
}

fn theme_class(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "theme-auto",
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
    }
}

fn layout_class(layout: Layout) -> &'static str {
    match layout {
        Layout::Card => "layout-card",
        Layout::Full => "layout-full",
        Layout::List => "layout-list",
        Layout::Compact => "layout-compact",
    }
}

/// One release as an `article` (part `card`).
fn card(doc: &Document, view: &CardView, options: &Options, repeated: bool) -> Element {
    let layout = options.layout;
    let article = part(doc, "article", "card");
    set(&article, "class", "card");
    set(&article, "lang", &view.lang);
    set(&article, "dir", if view.rtl { "rtl" } else { "ltr" });
    let level = options.heading_level;

    match layout {
        Layout::Card => {
            append(
                &article,
                &image(doc, view).unwrap_or_else(|| placeholder(doc, view)),
            );
            let text = dom::element(doc, "div");
            set(&text, "class", "text");
            if let Some(s) = sectors(doc, view) {
                append(&text, &s);
            }
            append(&text, &title(doc, view, level));
            append(&text, &meta(doc, view, Meta::Source));
            if let Some(lede) = present::card_lede(view) {
                let p = part(doc, "p", "lede");
                set(&p, "class", "lede");
                append_text(doc, &p, &lede);
                append(&text, &p);
            }
            if let Some(more) = read_more(doc, view) {
                append(&text, &more);
            }
            // The disclaimer closes the text area, whose minimum height is
            // the skeleton's: slack falls above the disclaimer.
            append(&text, &footer(doc, view, repeated));
            append(&article, &text);
            return article;
        }
        Layout::Full => {
            append(&article, &title(doc, view, level));
            append(&article, &meta(doc, view, Meta::SourcePlace));
            if let Some(img) = image(doc, view) {
                append(&article, &img);
            }
            if present::has_text(&view.lede_nodes) {
                let p = part(doc, "p", "lede");
                set(&p, "class", "lede");
                for n in &view.lede_nodes {
                    append(&p, &node(doc, n, level, 1));
                }
                append(&article, &p);
            }
            let body = part(doc, "div", "body");
            set(&body, "class", "body");
            blocks(doc, &body, &view.body, level);
            append(&article, &body);
            if let Some(s) = sectors(doc, view) {
                append(&article, &s);
            }
            if present::has_text(&view.boilerplate) {
                let aside = part(doc, "aside", "boilerplate");
                set(&aside, "class", "boilerplate");
                blocks(doc, &aside, &view.boilerplate, level);
                append(&article, &aside);
            }
        }
        Layout::List | Layout::Compact => {
            let text = dom::element(doc, "div");
            set(&text, "class", "text");
            append(&text, &title(doc, view, level));
            let kind = if layout == Layout::List {
                Meta::Source
            } else {
                Meta::DateOnly
            };
            append(&text, &meta(doc, view, kind));
            append(&article, &text);
        }
    }
    append(&article, &footer(doc, view, repeated));
    article
}

fn title(doc: &Document, view: &CardView, level: u8) -> Element {
    let heading = part(doc, &format!("h{level}"), "title");
    set(&heading, "class", "title");
    match &view.link {
        Some(href) => {
            let a = link(doc, href, "link");
            append_text(doc, &a, &view.title);
            append(&heading, &a);
        }
        None => append_text(doc, &heading, &view.title),
    }
    heading
}

fn link(doc: &Document, href: &str, part_name: &str) -> Element {
    let a = part(doc, "a", part_name);
    set(&a, "href", href);
    set(&a, "target", LINK_TARGET);
    set(&a, "rel", LINK_REL);
    a
}

/// What the meta line holds besides the date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Meta {
    DateOnly,
    Source,
    SourcePlace,
}

/// The meta line: source, place (where the release was filed) and date,
/// as much of it as `kind` asks for.
fn meta(doc: &Document, view: &CardView, kind: Meta) -> Element {
    let meta = part(doc, "div", "meta");
    set(&meta, "class", "meta");
    if let Some(source) = view.dateline.as_ref().filter(|_| kind != Meta::DateOnly) {
        let span = part(doc, "span", "dateline");
        set(&span, "class", "dateline");
        append_text(doc, &span, source);
        append(&meta, &span);
    }
    if let Some(place) = view.place.as_ref().filter(|_| kind == Meta::SourcePlace) {
        let span = part(doc, "span", "place");
        set(&span, "class", "place");
        append_text(doc, &span, place);
        append(&meta, &span);
    }
    if let Some(date) = view.date {
        let time = part(doc, "time", "date");
        set(&time, "datetime", &date.to_iso8601());
        append_text(doc, &time, &intl::long_date(date, &view.lang));
        append(&meta, &time);
    }
    meta
}

fn image(doc: &Document, view: &CardView) -> Option<Element> {
    let image = view.image.as_ref()?;
    let img = part(doc, "img", "image");
    set(&img, "class", "image");
    set(&img, "alt", &image.alt);
    image_policy(&img);
    // `src` last, so no fetch can start before the policy attributes apply.
    set(&img, "src", &image.src);
    Some(img)
}

/// The image box of a `card` whose release has no image: a quiet panel
/// saying "press release" in the card's language, so the card keeps the
/// height its skeleton reserved. Decorative.
/// Lazy, async, and no referrer for every image the card shows.
fn image_policy(img: &Element) {
    set(img, "loading", "lazy");
    set(img, "decoding", "async");
    set(img, "referrerpolicy", "no-referrer");
}

fn placeholder(doc: &Document, view: &CardView) -> Element {
    let div = dom::element(doc, "div");
    set(&div, "class", "image placeholder");
    set(&div, "aria-hidden", "true");
    append_text(doc, &div, view.locale.press_release);
    div
}

fn read_more(doc: &Document, view: &CardView) -> Option<Element> {
    let href = view.link.as_deref()?;
    let a = link(doc, href, "read-more");
    set(&a, "class", "read-more");
    append_text(doc, &a, view.locale.read_more);
    // The title, hidden visually, makes the link text make sense alone.
    let hidden = dom::element(doc, "span");
    set(&hidden, "class", "visually-hidden");
    append_text(doc, &hidden, &format!(": {}", view.title));
    append(&a, &hidden);
    Some(a)
}

fn sectors(doc: &Document, view: &CardView) -> Option<Element> {
    if view.sectors.is_empty() {
        return None;
    }
    let ul = part(doc, "ul", "sectors");
    set(&ul, "class", "sectors");
    set(&ul, "aria-label", view.locale.sectors);
    for sector in &view.sectors {
        let li = part(doc, "li", "sector");
        set(&li, "class", "sector");
        append_text(doc, &li, sector);
        append(&ul, &li);
    }
    Some(ul)
}

/// The disclaimer (`repeated`: shown once for several cards, see
/// [`present::repeated_disclaimers`]).
fn footer(doc: &Document, view: &CardView, repeated: bool) -> Element {
    let footer = part(doc, "footer", "disclaimer");
    let class = if repeated {
        "disclaimer repeat"
    } else {
        "disclaimer"
    };
    set(&footer, "class", class);
    append_text(doc, &footer, &view.disclaimer);
    footer
}

/// Appends safe-tree `nodes` to `parent` as DOM. Headings are re-levelled
/// to sit under the card's own heading (`h{level}`).
fn blocks(doc: &Document, parent: &Node, nodes: &[markup::Node], level: u8) {
    let top = min_heading(nodes).unwrap_or(1);
    for n in nodes {
        append(parent, &node(doc, n, level, top));
    }
}

fn min_heading(nodes: &[markup::Node]) -> Option<u8> {
    nodes
        .iter()
        .filter_map(markup::Node::as_element)
        .flat_map(|e| {
            heading_level(e.name)
                .into_iter()
                .chain(min_heading(&e.children))
        })
        .min()
}

fn heading_level(name: &str) -> Option<u8> {
    let digit = name.strip_prefix('h')?.parse::<u8>().ok()?;
    (1..=6).contains(&digit).then_some(digit)
}

fn node(doc: &Document, n: &markup::Node, level: u8, top: u8) -> Node {
    let e = match n {
        markup::Node::Text(t) => return doc.create_text_node(t).into(),
        markup::Node::Element(e) => e,
    };
    let el = match heading_level(e.name) {
        Some(h) => dom::element(doc, &format!("h{}", (level + 1 + h - top).min(6))),
        None => dom::element(doc, e.name),
    };
    match e.name {
        "a" => {
            set(&el, "target", LINK_TARGET);
            set(&el, "rel", BODY_LINK_REL);
        }
        "img" => image_policy(&el),
        _ => {}
    }
    // The sanitizer's attributes after the policy ones, an image's `src`
    // last of all: no fetch may start before the policy applies.
    for (name, value) in e.attrs.iter().filter(|(n, _)| *n != "src") {
        set(&el, name, value);
    }
    if let Some(src) = e.attr("src") {
        set(&el, "src", src);
    }
    for child in &e.children {
        append(&el, &node(doc, child, level, top));
    }
    el.into()
}
