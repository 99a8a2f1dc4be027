//! The UI tree of the cards, per layout: every element, part, class,
//! attribute and text the shell shows, the sanitized body included.
//! Parts are the `part` names README's Styling section lists.
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

use super::ui::{Date, Element, Node};
use super::{card_lede, has_text, repeats_next};
use crate::i18n;
use crate::options::{Layout, Options, Theme};
use crate::safe;
use crate::view::CardView;

/// `target` of every rendered link: a new tab, away from the host page.
const LINK_TARGET: &str = "_blank";
/// `rel` of the card's own links to the release (`link`, `read-more`): no
/// opener, no referrer.
const LINK_REL: &str = "noopener noreferrer";
/// `rel` of links inside the release's own HTML: also no endorsement of
/// where a stranger's markup points.
const BODY_LINK_REL: &str = "noopener noreferrer nofollow";
/// Heading tags by level (index 0 unused).
const HEADINGS: [&str; 7] = ["", "h1", "h2", "h3", "h4", "h5", "h6"];

/// The cards for `views` in `options.layout`, in one [`container`].
pub fn cards(views: &[CardView], options: &Options) -> Element {
    let mut all = container(options);
    for (i, view) in views.iter().enumerate() {
        all.push(card(view, views.get(i + 1), options));
    }
    all
}

/// The (empty) container of the cards.
pub fn container(options: &Options) -> Element {
    classed(options, "cards")
}

/// The container of cards or placeholders: `kind` (`cards`, `cards
/// skeleton`), the layout's and the theme's classes.
pub(super) fn classed(options: &Options, kind: &str) -> Element {
    let mut class = String::from(kind);
    for name in [layout_class(options.layout), theme_class(options.theme)] {
        class.push(' ');
        class.push_str(name);
    }
    Element::new("div").class(class)
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

/// An element with a `part` name (set before any other attribute).
fn part(tag: &'static str, name: &'static str) -> Element {
    Element::new(tag).attr("part", name)
}

/// One release as an `article` (part `card`); `next` is the view of the
/// card that follows it, if any (see [`repeats_next`]).
pub fn card(view: &CardView, next: Option<&CardView>, options: &Options) -> Element {
    let layout = options.layout;
    let repeated = repeats_next(view, next, layout);
    let level = options.heading_level;
    let mut article = part("article", "card")
        .class("card")
        .attr("lang", view.lang.clone())
        .attr("dir", if view.rtl { "rtl" } else { "ltr" });

    match layout {
        Layout::Card => {
            article.push(image(view).unwrap_or_else(|| placeholder(view)));
            let mut text = Element::new("div").class("text");
            if let Some(s) = sectors(view) {
                text.push(s);
            }
            text.push(title(view, level));
            text.push(meta(view, Meta::Source));
            if let Some(lede) = card_lede(view) {
                text.push(part("p", "lede").class("lede").text(lede));
            }
            if let Some(more) = read_more(view) {
                text.push(more);
            }
            // The disclaimer closes the text area, whose minimum height is
            // the skeleton's: slack falls above the disclaimer.
            text.push(footer(view, repeated));
            return article.child(text);
        }
        Layout::Full => {
            article.push(title(view, level));
            article.push(meta(view, Meta::SourcePlace));
            if let Some(img) = image(view) {
                article.push(img);
            }
            if has_text(&view.lede_nodes) {
                let mut p = part("p", "lede").class("lede");
                p.children = view
                    .lede_nodes
                    .iter()
                    .map(|n| safe_node(n, level, 1))
                    .collect();
                article.push(p);
            }
            article.push(blocks(part("div", "body").class("body"), &view.body, level));
            if let Some(s) = sectors(view) {
                article.push(s);
            }
            if has_text(&view.boilerplate) {
                let aside = part("aside", "boilerplate").class("boilerplate");
                article.push(blocks(aside, &view.boilerplate, level));
            }
        }
        Layout::List | Layout::Compact => {
            let kind = if layout == Layout::List {
                Meta::Source
            } else {
                Meta::DateOnly
            };
            let text = Element::new("div")
                .class("text")
                .child(title(view, level))
                .child(meta(view, kind));
            article.push(text);
        }
    }
    article.child(footer(view, repeated))
}

fn title(view: &CardView, level: u8) -> Element {
    let heading = part(HEADINGS[usize::from(level.clamp(1, 6))], "title").class("title");
    match &view.link {
        Some(href) => heading.child(link(href, "link").text(view.title.clone())),
        None => heading.text(view.title.clone()),
    }
}

fn link(href: &str, part_name: &'static str) -> Element {
    part("a", part_name)
        .attr("href", href.to_owned())
        .attr("target", LINK_TARGET)
        .attr("rel", LINK_REL)
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
fn meta(view: &CardView, kind: Meta) -> Element {
    let mut meta = part("div", "meta").class("meta");
    if let Some(source) = view.dateline.as_ref().filter(|_| kind != Meta::DateOnly) {
        meta.push(
            part("span", "dateline")
                .class("dateline")
                .text(source.clone()),
        );
    }
    if let Some(place) = view.place.as_ref().filter(|_| kind == Meta::SourcePlace) {
        meta.push(part("span", "place").class("place").text(place.clone()));
    }
    if let Some(date) = view.date {
        // Written here where the table covers the language, else by the
        // shell with Intl: the same words either way.
        let wall_seconds = date.unix_seconds + i64::from(date.offset_minutes) * 60;
        let words = match i18n::long_date(&view.lang, wall_seconds) {
            Some(text) => Node::Text(text.into()),
            None => Node::Date(Date {
                wall_seconds,
                lang: view.lang.clone(),
            }),
        };
        meta.push(
            part("time", "date")
                .attr("datetime", date.to_iso8601())
                .child(words),
        );
    }
    meta
}

fn image(view: &CardView) -> Option<Element> {
    let image = view.image.as_ref()?;
    let img = part("img", "image")
        .class("image")
        .attr("alt", image.alt.clone());
    // `src` last, so no fetch can start before the policy attributes apply.
    Some(image_policy(img).attr("src", image.src.clone()))
}

/// Lazy, async, and no referrer for every image the card shows.
fn image_policy(img: Element) -> Element {
    img.attr("loading", "lazy")
        .attr("decoding", "async")
        .attr("referrerpolicy", "no-referrer")
}

/// The image box of a `card` whose release has no image: a quiet panel
/// saying "press release" in the card's language, so the card keeps the
/// height its skeleton reserved. Decorative.
fn placeholder(view: &CardView) -> Element {
    Element::new("div")
        .class("image placeholder")
        .attr("aria-hidden", "true")
        .text(view.locale.press_release)
}

fn read_more(view: &CardView) -> Option<Element> {
    let href = view.link.as_deref()?;
    // The title, hidden visually, makes the link text make sense alone.
    let hidden = Element::new("span")
        .class("visually-hidden")
        .text(String::from(": ") + &view.title);
    Some(
        link(href, "read-more")
            .class("read-more")
            .text(view.locale.read_more)
            .child(hidden),
    )
}

fn sectors(view: &CardView) -> Option<Element> {
    if view.sectors.is_empty() {
        return None;
    }
    let mut ul = part("ul", "sectors")
        .class("sectors")
        .attr("aria-label", view.locale.sectors);
    for sector in &view.sectors {
        ul.push(part("li", "sector").class("sector").text(sector.clone()));
    }
    Some(ul)
}

/// The disclaimer (`repeated`: shown once for several cards, see
/// [`repeats_next`]).
fn footer(view: &CardView, repeated: bool) -> Element {
    let class = if repeated {
        "disclaimer repeat"
    } else {
        "disclaimer"
    };
    part("footer", "disclaimer")
        .class(class)
        .text(view.disclaimer.clone())
}

/// `parent` holding the safe-tree `nodes`, headings re-levelled to sit
/// under the card's own heading (`h{level}`).
fn blocks(mut parent: Element, nodes: &[safe::SafeNode], level: u8) -> Element {
    let top = min_heading(nodes).unwrap_or(1);
    parent.children = nodes.iter().map(|n| safe_node(n, level, top)).collect();
    parent
}

fn min_heading(nodes: &[safe::SafeNode]) -> Option<u8> {
    nodes
        .iter()
        .filter_map(safe::SafeNode::as_element)
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

/// A node of the sanitized tree as a UI node: the body's top heading
/// (`h{top}`) becomes `h{level + 1}` and the others follow it (at most
/// `h6`); links open in a new tab with [`BODY_LINK_REL`]; images get the
/// card's image policy.
fn safe_node(n: &safe::SafeNode, level: u8, top: u8) -> Node {
    let e = match n {
        safe::SafeNode::Text(t) => return Node::Text(t.clone().into()),
        safe::SafeNode::Element(e) => e,
    };
    let tag = match heading_level(e.name) {
        Some(h) => HEADINGS[usize::from((level + 1 + h - top).min(6))],
        None => e.name,
    };
    let mut el = Element::new(tag);
    match e.name {
        "a" => el = el.attr("target", LINK_TARGET).attr("rel", BODY_LINK_REL),
        "img" => el = image_policy(el),
        _ => {}
    }
    // The sanitizer's attributes after the policy ones, an image's `src`
    // last of all: no fetch may start before the policy applies.
    for (name, value) in e.attrs.iter().filter(|(n, _)| *n != "src") {
        el = el.attr(name, value.clone());
    }
    if let Some(src) = e.attr("src") {
        el = el.attr("src", src.to_owned());
    }
    el.children = e
        .children
        .iter()
        .map(|c| safe_node(c, level, top))
        .collect();
    Node::Element(el)
}
