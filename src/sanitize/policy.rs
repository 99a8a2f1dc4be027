//! The sanitizer's allowlists, held as data. Every decision the walk makes
//! is a lookup in one of these tables; changing what is allowed is editing
//! a row here.

/// Elements kept, with the attributes each may carry (beyond
/// [`GLOBAL_ATTRIBUTES`]).
pub const ELEMENTS: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("ul", &[]),
    ("ol", &[]),
    ("li", &[]),
    ("dl", &[]),
    ("dt", &[]),
    ("dd", &[]),
    ("blockquote", &[]),
    ("q", &[]),
    ("cite", &[]),
    ("em", &[]),
    ("strong", &[]),
    ("b", &[]),
    ("i", &[]),
    ("u", &[]),
    ("s", &[]),
    ("sub", &[]),
    ("sup", &[]),
    ("small", &[]),
    ("mark", &[]),
    ("br", &[]),
    ("hr", &[]),
    ("a", &["href"]),
    ("img", &["src", "alt", "width", "height"]),
    ("figure", &[]),
    ("figcaption", &[]),
    ("table", &[]),
    ("caption", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tfoot", &[]),
    ("tr", &[]),
    ("th", &["colspan", "rowspan"]),
    ("td", &["colspan", "rowspan"]),
    ("pre", &[]),
    ("code", &[]),
];

/// Attributes any kept element may carry.
pub const GLOBAL_ATTRIBUTES: &[&str] = &["title", "lang", "dir"];

/// Elements dropped together with everything inside them: executable,
/// embedding, metadata and form-control content, and raw-text elements
/// whose text is markup, not prose. Their text is never shown.
pub const DROP_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "template",
    "noscript",
    "noembed",
    "noframes",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "param",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "textarea",
    "select",
    "option",
    "optgroup",
    "datalist",
    "button",
    "input",
    "canvas",
    "audio",
    "video",
    "source",
    "track",
    "map",
    "area",
    "xmp",
    "plaintext",
    "portal",
    "dialog",
];

/// Elements whose box becomes a paragraph break: their own tag is dropped,
/// their children kept, and loose text inside them is wrapped into `p`.
/// Any element in neither list (and not kept) is unwrapped in place:
/// its children stay, its tag goes (`span`, `font`, `svg`, `math`, `form`…).
pub const BLOCK_CONTAINERS: &[&str] = &[
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "center", "address",
    "details", "summary", "fieldset", "form", "body", "html",
];

/// Kept elements that hold flowing text and so may not contain block
/// elements themselves; inline kept elements are everything not listed in
/// [`BLOCKS`].
pub const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "hr",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "pre",
];

/// Elements that hold block children (loose inline runs inside them are
/// wrapped in `p`).
pub const FLOW_CONTAINERS: &[&str] = &["blockquote", "li", "dd", "figure", "td", "th"];

/// Images no larger than this in either declared dimension are tracking
/// pixels and are dropped.
pub const TRACKING_PIXEL_MAX: u32 = 2;

/// Nesting deeper than this is flattened to its text.
pub const MAX_DEPTH: usize = 48;

/// Largest `colspan` / `rowspan` kept.
pub const MAX_SPAN: u32 = 100;

/// Largest `width` / `height` kept on an image.
pub const MAX_IMAGE_SIDE: u32 = 10_000;

/// The allowlisted name for `name`, if the element is kept.
pub fn element(name: &str) -> Option<(&'static str, &'static [&'static str])> {
    ELEMENTS.iter().copied().find(|(n, _)| *n == name)
}

/// Whether `name` is dropped with its content.
pub fn drops_content(name: &str) -> bool {
    DROP_WITH_CONTENT.contains(&name)
}

/// Whether `name` (a kept element) is a block.
pub fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}
