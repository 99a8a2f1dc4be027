//! The UI tree of the loading skeleton: grey placeholder cards with the
//! same boxes (image, text area, footer) and minimum heights as the real
//! cards of the layout, so that the cards land in the space it held.

use super::card::classed;
use super::skeleton_count;
use super::ui::Element;
use crate::options::{Layout, Options};

// The classes of the bones (`bone` and its shape).
const IMAGE: &str = "bone image";
const KICKER: &str = "bone b-kicker";
const TITLE: &str = "bone b-title";
const TITLE_SHORT: &str = "bone b-title b-short";
const META: &str = "bone b-meta";
const LINE: &str = "bone b-line";
const LINE_SHORT: &str = "bone b-line b-short";
const GAP: &str = "bone b-gap";

/// The bones of a placeholder's text area, per layout.
fn lines(layout: Layout) -> &'static [&'static str] {
    match layout {
        Layout::Card => &[KICKER, TITLE, TITLE_SHORT, META, LINE, LINE, LINE_SHORT],
        Layout::Full => &[
            TITLE,
            TITLE_SHORT,
            META,
            LINE,
            LINE,
            LINE,
            LINE_SHORT,
            GAP,
            LINE,
            LINE,
            LINE,
            LINE_SHORT,
        ],
        Layout::List => &[TITLE, META],
        Layout::Compact => &[TITLE],
    }
}

/// The skeleton for `options`: [`skeleton_count`] placeholders.
/// Decorative: the container and every placeholder are hidden from
/// assistive technology (a placeholder also stands among the first real
/// cards while the others are being built).
pub fn skeleton(options: &Options) -> Element {
    let mut container = classed(options, "cards skeleton").attr("aria-hidden", "true");
    let n = skeleton_count(options);
    let layout = options.layout;
    for i in 0..n {
        let mut card = Element::new("div")
            .class("card")
            .attr("aria-hidden", "true");
        if layout == Layout::Card {
            card.push(bone(IMAGE));
        }
        let mut text = Element::new("div").class("text");
        for &line in lines(layout) {
            text.push(bone(line));
        }
        // Stacked layouts show the shared disclaimer once, at the end.
        let stacked = matches!(layout, Layout::List | Layout::Compact);
        if !stacked || i + 1 == n {
            let footer = Element::new("div")
                .class("disclaimer")
                .child(bone(LINE))
                .child(bone(LINE_SHORT));
            // As in the real card: inside the text area in `card`.
            if layout == Layout::Card {
                text.push(footer);
            } else {
                card.push(text);
                container.push(card.child(footer));
                continue;
            }
        }
        container.push(card.child(text));
    }
    container
}

fn bone(class: &'static str) -> Element {
    Element::new("span").class(class)
}
