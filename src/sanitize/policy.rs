//! The sanitizer's allowlists, held as data. Every decision the walk makes
//! is a lookup in one of these tables; changing what is allowed is editing
//! a row here. Lists of names are [`Words`]: whole names only.

use crate::text::Words;

/// Elements kept (read with [`element`]).
pub const ELEMENTS: Words = Words::spaced(
    "p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b \
    i u s sub sup small mark br hr a img figure figcaption table caption thead tbody tfoot tr th \
    td pre code",
);

/// The attributes kept elements may carry beyond [`GLOBAL_ATTRIBUTES`]
/// (none for an element not listed).
pub const ELEMENT_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href"]),
    ("img", &["src", "alt", "width", "height"]),
    ("th", &["colspan", "rowspan"]),
    ("td", &["colspan", "rowspan"]),
];

/// Attributes any kept element may carry.
pub const GLOBAL_ATTRIBUTES: &[&str] = &["title", "lang", "dir"];

/// Elements dropped together with everything inside them, in any
/// namespace: executable, embedding, metadata and form-control content,
/// raw-text elements whose text is markup or code rather than prose
/// (`style`, `xmp`, `noscript` — parsed as markup in the inert,
/// scripting-disabled document, the classic mutation-XSS carrier), and
/// `template`, whose contents are never walked. Their text is never shown.
pub const DROP_WITH_CONTENT: Words = Words::spaced(
    "script style template noscript noembed noframes iframe \
    frame frameset fencedframe portal object embed applet param head title meta link base \
    textarea select option optgroup datalist button input canvas audio video source track map \
    area xmp plaintext dialog",
);

/// An element carrying one of these attributes is dropped with its content:
/// the author hid it, so it is not prose meant for a reader (and, once the
/// attribute is gone, it would show).
pub const HIDING_ATTRIBUTES: &[&str] = &["hidden"];

/// What [`super::defang`] puts before the names of attributes the browser
/// would check against the page's CSP while parsing (`on…`, `style`).
pub const DEFANG_PREFIX: &str = "x-";

/// The `style` attribute, under the name the walk reads it by (after
/// [`super::defang`]).
pub const STYLE_ATTRIBUTE: &str = "x-style";

/// An element whose `style` attribute (otherwise never kept) contains one
/// of these declarations, with white space removed and lower-cased, is
/// dropped with its content, for the same reason (this also catches
/// tracking pixels hidden with CSS).
pub const HIDING_STYLES: &[&str] = &["display:none", "visibility:hidden"];

/// Elements whose box becomes a paragraph break: their own tag is dropped,
/// their children kept, and loose text inside them is wrapped into `p`.
/// Any HTML element in neither list (and not kept) is unwrapped in place:
/// its children stay, its tag goes (`span`, `font`, `picture`, `slot`,
/// custom elements…).
pub const BLOCK_CONTAINERS: Words = Words::spaced(
    "div section article main header footer aside nav center \
    address details summary fieldset form body html",
);

/// Kept elements that hold flowing text and so may not contain block
/// elements themselves; inline kept elements are everything not listed in
/// [`BLOCKS`].
pub const BLOCKS: Words = Words::spaced(
    "p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote hr figure figcaption \
    table caption thead tbody tfoot tr th td pre",
);

/// Elements that hold block children (loose inline runs inside them are
/// wrapped in `p`).
pub const FLOW_CONTAINERS: Words = Words::spaced("blockquote li dd figure td th");

/// Images no larger than this in either declared dimension are tracking
/// pixels and are dropped.
pub const TRACKING_PIXEL_MAX: u32 = 2;

/// A `width`, `height`, `colspan` or `rowspan` value read as browsers read
/// it: its leading digits (`640px`, `640.5` and `640abc` are 640, leading
/// ASCII white space skipped); `None` for a percentage or a value without
/// digits.
pub fn dimension(raw: &str) -> Option<u64> {
    let raw = raw.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || raw[digits..].starts_with('%') {
        return None;
    }
    Some(raw[..digits].parse::<u64>().unwrap_or(u64::MAX))
}

/// Whether an image with these `width` and `height` values is a tracking
/// pixel: either one, read by [`dimension`], no larger than
/// [`TRACKING_PIXEL_MAX`]. The sanitizer drops such images; anatomy drops
/// them from trees built any other way.
pub fn is_tracking_pixel(width: Option<&str>, height: Option<&str>) -> bool {
    [width, height]
        .into_iter()
        .flatten()
        .any(|v| dimension(v).is_some_and(|px| px <= u64::from(TRACKING_PIXEL_MAX)))
}

/// Nesting deeper than this is flattened to its text.
pub const MAX_DEPTH: usize = 48;

/// Nesting deeper than this is cut off, text and all (a bound on the
/// walk's recursion; browsers' parsers nest no deeper than 512).
pub const MAX_NESTING: usize = 256;

/// At most this many source nodes are read; the rest of a larger body is
/// cut off (a bound on the work one release can cost a page).
pub const MAX_NODES: usize = 20_000;

/// Largest `colspan` / `rowspan` kept.
pub const MAX_SPAN: u32 = 100;

/// Largest `width` / `height` kept on an image.
pub const MAX_IMAGE_SIDE: u32 = 10_000;

/// The allowlisted name for `name`, if the element is kept.
pub fn element(name: &str) -> Option<(&'static str, &'static [&'static str])> {
    let name = ELEMENTS.find(name)?;
    let attributes = ELEMENT_ATTRIBUTES.iter().find(|(n, _)| *n == name);
    Some((name, attributes.map_or(&[], |(_, a)| a)))
}

/// Whether `name` is dropped with its content.
pub fn drops_content(name: &str) -> bool {
    DROP_WITH_CONTENT.contains(name)
}

/// Whether an element, whose attributes `attribute` reads, was hidden by
/// its author ([`HIDING_ATTRIBUTES`], [`HIDING_STYLES`]).
pub fn hides(attribute: impl Fn(&str) -> Option<String>) -> bool {
    HIDING_ATTRIBUTES.iter().any(|a| attribute(a).is_some())
        || attribute(STYLE_ATTRIBUTE).is_some_and(|style| {
            let style: String = style
                .chars()
                .filter(|c| !c.is_ascii_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            HIDING_STYLES.iter().any(|h| style.contains(h))
        })
}

/// Whether `name` (a kept element) is a block.
pub fn is_block(name: &str) -> bool {
    BLOCKS.contains(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_reads_style_under_its_defanged_name() {
        assert_eq!(STYLE_ATTRIBUTE, format!("{DEFANG_PREFIX}style"));
        let style = |v: &'static str| move |a: &str| (a == STYLE_ATTRIBUTE).then(|| v.to_string());
        assert!(hides(style("color:red; DISPLAY : None !important")));
        assert!(!hides(style("display:block")));
        assert!(hides(|a: &str| (a == "hidden").then(String::new)));
    }

    #[test]
    fn no_element_is_both_kept_and_dropped() {
        for name in ELEMENTS.iter() {
            assert!(
                !drops_content(name) && !BLOCK_CONTAINERS.contains(name),
                "{name}"
            );
        }
        for (name, _) in ELEMENT_ATTRIBUTES {
            assert!(element(name).is_some(), "{name}");
        }
        for name in BLOCKS.iter().chain(FLOW_CONTAINERS.iter()) {
            assert!(element(name).is_some(), "{name}");
        }
    }

    #[test]
    fn one_tracking_pixel_rule_reads_dimensions_as_browsers_do() {
        assert!(is_tracking_pixel(Some("1"), None));
        assert!(is_tracking_pixel(None, Some(" 2px")));
        assert!(is_tracking_pixel(Some("640"), Some("1.5")));
        assert!(!is_tracking_pixel(Some("3"), Some("3")));
        assert!(!is_tracking_pixel(Some("1%"), Some("wide")));
        assert!(!is_tracking_pixel(None, None));
        assert_eq!(dimension("640abc"), Some(640));
        assert_eq!(dimension("99999999999999999999999"), Some(u64::MAX));
    }
}
