//! Presentation decisions that need no browser: what each layout shows of
//! a [`CardView`], how many placeholders the loading skeleton has, which
//! disclaimers a list shows once. `web::render` turns these into DOM;
//! keeping them here lets `cargo test` check them natively.

use crate::markup::Node;
use crate::options::{Layout, Options};
use crate::text;
use crate::view::CardView;

/// Most characters of a lede in the `card` layout (ellipsis included):
/// about four lines in a 40-em column.
pub const CARD_LEDE_CHARS: usize = 280;

/// The lede as `layout` shows it: shortened in `card`; in `full` only when
/// the body does not already open with it (the view's lede is usually the
/// body's first paragraph); never in `list` or `compact`.
pub fn lede(view: &CardView, layout: Layout) -> Option<String> {
    let lede = view.lede.as_deref().map(text::collapse_spaces)?;
    if lede.is_empty() {
        return None;
    }
    match layout {
        Layout::Card => Some(text::truncate(&lede, CARD_LEDE_CHARS)),
        Layout::Full => {
            let opening = view
                .body
                .iter()
                .map(|b| text::collapse_spaces(&b.text_content()))
                .find(|t| !t.is_empty());
            (opening.as_deref() != Some(lede.as_str())).then_some(lede)
        }
        Layout::List | Layout::Compact => None,
    }
}

/// Whether `layout` shows the lead image (`card` always keeps its image
/// box, with a placeholder when the release has none, so that its height
/// is known before the feed arrives).
pub fn shows_image(layout: Layout) -> bool {
    matches!(layout, Layout::Card | Layout::Full)
}

/// Whether `layout` shows the body, sectors as tags and the boilerplate.
pub fn shows_body(layout: Layout) -> bool {
    layout == Layout::Full
}

/// For each card, whether its disclaimer repeats the next card's word for
/// word. In `list` and `compact` such repeats are kept in the card (every
/// card carries its disclaimer, for assistive technology and for anyone
/// who copies one card) but shown once, under the last card that says it.
pub fn repeated_disclaimers(views: &[CardView], layout: Layout) -> Vec<bool> {
    let stacked = matches!(layout, Layout::List | Layout::Compact);
    (0..views.len())
        .map(|i| {
            stacked
                && views
                    .get(i + 1)
                    .is_some_and(|next| next.disclaimer == views[i].disclaimer)
        })
        .collect()
}

/// How many placeholder cards the loading skeleton shows: one per release
/// the options ask for.
pub fn skeleton_count(options: &Options) -> usize {
    if options.item.is_some() {
        1
    } else {
        options.limit.max(1) as usize
    }
}

/// Whether `nodes` holds any text at all.
pub fn has_text(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| !n.text_content().trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;

    fn view(lede: &str, body: &[&str], disclaimer: &str) -> CardView {
        CardView {
            lang: "en".into(),
            rtl: false,
            locale: i18n::locale("en"),
            title: "Title".into(),
            link: None,
            dateline: None,
            date: None,
            image: None,
            lede: Some(lede.into()),
            body: body
                .iter()
                .map(|t| Node::element("p", vec![Node::text(*t)]))
                .collect(),
            sectors: Vec::new(),
            boilerplate: Vec::new(),
            disclaimer: disclaimer.into(),
        }
    }

    #[test]
    fn card_lede_is_shortened_and_full_lede_is_not_repeated() {
        let long = "word ".repeat(100);
        let v = view(&long, &[&long, "Second."], "D");
        let card = lede(&v, Layout::Card).unwrap();
        assert!(card.chars().count() <= CARD_LEDE_CHARS);
        assert!(card.ends_with("word…"));
        // The body opens with the lede: full shows it once, in the body.
        assert_eq!(lede(&v, Layout::Full), None);
        // A lede that is not the body's opening is shown, whole.
        let v = view("A summary.", &["Body text."], "D");
        assert_eq!(lede(&v, Layout::Full).as_deref(), Some("A summary."));
        assert_eq!(lede(&v, Layout::List), None);
        assert_eq!(lede(&v, Layout::Compact), None);
        // White space differences do not count as a different lede.
        let v = view("A  summary.", &["\n A summary. "], "D");
        assert_eq!(lede(&v, Layout::Full), None);
    }

    #[test]
    fn empty_lede_shows_nothing() {
        let v = view("   ", &["Body."], "D");
        assert_eq!(lede(&v, Layout::Card), None);
    }

    #[test]
    fn lists_show_a_shared_disclaimer_once_under_the_last_card() {
        let views = [
            view("a", &[], "X"),
            view("b", &[], "X"),
            view("c", &[], "Y"),
            view("d", &[], "Y"),
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
    fn skeleton_has_one_placeholder_per_release_asked_for() {
        let o = Options::parse([("limit", "3")]).unwrap();
        assert_eq!(skeleton_count(&o), 3);
        let o = Options::parse([("limit", "3"), ("item", "abc")]).unwrap();
        assert_eq!(skeleton_count(&o), 1);
        assert_eq!(skeleton_count(&Options::default()), 1);
    }
}
