//! The UI tree of the loading skeleton: grey placeholder cards with the
//! same boxes (image, text area, footer) and minimum heights as the real
//! cards of the layout, so that the cards land in the space it held.

use super::card::container;
use super::skeleton_count;
use super::ui::Element;
use crate::options::{Layout, Options};

/// The bones of a placeholder's text area, per layout.
fn lines(layout: Layout) -> &'static [&'static str] {
    match layout {
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
    }
}

/// The skeleton for `options`: [`skeleton_count`] placeholders.
/// Decorative: the container and every placeholder are hidden from
/// assistive technology (a placeholder also stands among the first real
/// cards while the others are being built).
pub fn skeleton(options: &Options) -> Element {
    let mut container = container(options, "cards skeleton").attr("aria-hidden", "true");
    let n = skeleton_count(options);
    let layout = options.layout;
    for i in 0..n {
        let mut card = Element::new("div")
            .class("card")
            .attr("aria-hidden", "true");
        if layout == Layout::Card {
            card.push(bone("image"));
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
                .child(bone("b-line"))
                .child(bone("b-line b-short"));
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

fn bone(kind: &str) -> Element {
    Element::new("span").class(format!("bone {kind}"))
}
