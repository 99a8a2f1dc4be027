//! The whole card, decided without a browser: the [`ui`] tree of every
//! layout ([`card`]) and of the loading skeleton ([`skeleton`]), and the
//! decisions they rest on (what each layout shows of a [`CardView`], how
//! many placeholders the skeleton has, which disclaimers a list shows
//! once). `web::render` only turns the tree into DOM; `cargo test` checks
//! the trees natively (`tests/present.rs`, snapshots in `tests/present/`).

pub mod card;
pub mod skeleton;
pub mod ui;

pub use card::{card, cards, container};
pub use skeleton::skeleton;

use crate::options::{Layout, Options};
use crate::safe::SafeNode;
use crate::text;
use crate::view::CardView;

/// Most characters of a lede in the `card` layout (ellipsis included):
/// about four lines in a 40-em column.
pub const CARD_LEDE_CHARS: usize = 280;

/// The plain-text lede of a `card`, shortened to [`CARD_LEDE_CHARS`].
/// (`full` shows the lede whole, with its inline markup, from
/// [`CardView::lede_nodes`]; `list` and `compact` show none.)
pub fn card_lede(view: &CardView) -> Option<String> {
    let lede = text::truncate(view.lede.as_deref()?, CARD_LEDE_CHARS);
    (!lede.is_empty()).then_some(lede)
}

/// Whether the disclaimer of `view` repeats that of `next` (the card
/// after it) word for word. In `list` and `compact` such repeats are kept
/// in the card (every card carries its disclaimer, for assistive
/// technology and for anyone who copies one card) but shown once, under
/// the last card that says it.
pub fn repeats_next(view: &CardView, next: Option<&CardView>, layout: Layout) -> bool {
    matches!(layout, Layout::List | Layout::Compact)
        && next.is_some_and(|next| next.disclaimer == view.disclaimer)
}

/// [`repeats_next`] for each card of `views`.
pub fn repeated_disclaimers(views: &[CardView], layout: Layout) -> Vec<bool> {
    (0..views.len())
        .map(|i| repeats_next(&views[i], views.get(i + 1), layout))
        .collect()
}

/// Most placeholder cards the loading skeleton shows: a feed may hold
/// fewer releases than `limit`, so space is held for the first few only
/// and later cards grow the widget downwards (a 1-release feed shown with
/// `limit=10` collapses by at most one card's height, not nine).
pub const SKELETON_MAX: usize = 3;

/// How many placeholder cards the loading skeleton shows: one per release
/// the options ask for, at most [`SKELETON_MAX`].
pub fn skeleton_count(options: &Options) -> usize {
    if options.item.is_some() {
        1
    } else {
        (options.limit.max(1) as usize).min(SKELETON_MAX)
    }
}

/// Whether `nodes` holds any text at all.
pub fn has_text(nodes: &[SafeNode]) -> bool {
    nodes.iter().any(|n| !n.text_content().trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;

    fn view(lede: &str, disclaimer: &str) -> CardView {
        CardView {
            lang: "en".into(),
            rtl: false,
            locale: i18n::locale("en"),
            title: "Title".into(),
            link: None,
            dateline: None,
            date: None,
            image: None,
            place: None,
            lede: Some(lede.into()),
            lede_nodes: vec![SafeNode::text(lede)],
            body: Vec::new(),
            provider: "P".into(),
            sectors: Vec::new(),
            boilerplate: Vec::new(),
            disclaimer: disclaimer.into(),
        }
    }

    #[test]
    fn card_lede_is_shortened() {
        let long = "word ".repeat(100);
        let card = card_lede(&view(&long, "D")).unwrap();
        assert!(card.chars().count() <= CARD_LEDE_CHARS);
        assert!(card.ends_with("word…"));
        assert_eq!(
            card_lede(&view(" A  summary. ", "D")).as_deref(),
            Some("A summary.")
        );
    }

    #[test]
    fn empty_lede_shows_nothing() {
        assert_eq!(card_lede(&view("   ", "D")), None);
    }

    #[test]
    fn lists_show_a_shared_disclaimer_once_under_the_last_card() {
        let views = [
            view("a", "X"),
            view("b", "X"),
            view("c", "Y"),
            view("d", "Y"),
        ];
        assert_eq!(
            repeated_disclaimers(&views, Layout::List),
            [true, false, true, false]
        );
        assert_eq!(
            repeated_disclaimers(&views, Layout::Compact),
            [true, false, true, false]
        );
        // Cards stand alone: each shows its own.
        assert_eq!(repeated_disclaimers(&views, Layout::Card), [false; 4]);
        assert_eq!(repeated_disclaimers(&views, Layout::Full), [false; 4]);
    }

    #[test]
    fn skeleton_has_one_placeholder_per_release_asked_for_up_to_three() {
        let o = Options::parse([("limit", "3")]).unwrap();
        assert_eq!(skeleton_count(&o), 3);
        let o = Options::parse([("limit", "2")]).unwrap();
        assert_eq!(skeleton_count(&o), 2);
        let o = Options::parse([("limit", "10")]).unwrap();
        assert_eq!(skeleton_count(&o), SKELETON_MAX);
        let o = Options::parse([("limit", "3"), ("item", "abc")]).unwrap();
        assert_eq!(skeleton_count(&o), 1);
        assert_eq!(skeleton_count(&Options::default()), 1);
    }
}
