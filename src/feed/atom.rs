//! Atom 1.0 (and the Atom 0.3 names `issued` / `modified`), with `dc:*`
//! and `media:*` extensions in entries.
//!
//! Text constructs follow their `type`: `text` is plain, `html` is HTML
//! source, `xhtml` is serialized back to HTML from the children of its
//! wrapping `<div>`. Content with a `src` or another media type is skipped.
//! Links and images resolve against the `xml:base` chain, then the feed URL.

use super::schema::{rule, Ends, Field as F, Form::*, Name, Read::*, Rule, Schema};
use super::tree::Ns::{Atom, Dc};

/// The Atom schema.
pub(crate) const SCHEMA: Schema = Schema {
    channel: Name(Atom, "feed"),
    release: Name(Atom, "entry"),
    release_id: None,
    bare: Some(Atom),
    feed_fields: FEED,
    release_fields: ENTRY,
    ends: Ends {
        spaces: &[Dc],
        names: &[
            "entry",
            "title",
            "link",
            "id",
            "summary",
            "published",
            "updated",
            "category",
            "author",
        ],
    },
};

const FEED: &[Rule] = &[
    rule(
        Atom,
        "title",
        Construct {
            field: F::FeedTitle,
            out_of_line: false,
        },
    ),
    rule(Atom, "generator", Text(F::Generator, Plain)),
    rule(
        Atom,
        "link",
        Link {
            alternates: &["alternate"],
        },
    ),
    rule(
        Atom,
        "author",
        Group(&[rule(Atom, "name", Text(F::FeedPublisher, Plain))]),
    ),
];

const ENTRY: &[Rule] = &[
    rule(Atom, "id", Text(F::Id, Plain)),
    rule(
        Atom,
        "title",
        Construct {
            field: F::Title,
            out_of_line: false,
        },
    ),
    rule(
        Atom,
        "summary",
        Construct {
            field: F::Summary,
            out_of_line: false,
        },
    ),
    rule(
        Atom,
        "content",
        Construct {
            field: F::Content,
            out_of_line: true,
        },
    ),
    rule(Atom, "published", Text(F::Published, Plain)),
    rule(Atom, "issued", Text(F::Published, Plain)),
    rule(Atom, "updated", Text(F::Updated, Plain)),
    rule(Atom, "modified", Text(F::Updated, Plain)),
    rule(Atom, "category", CategoryAttrs),
    rule(
        Atom,
        "link",
        Link {
            alternates: &["alternate", ""],
        },
    ),
    rule(
        Atom,
        "author",
        Group(&[rule(Atom, "name", Text(F::Author, Plain))]),
    ),
    rule(
        Atom,
        "source",
        Group(&[rule(Atom, "title", Text(F::SourceTitle, Plain))]),
    ),
    rule(Dc, "creator", Text(F::Author, Plain)),
    rule(Dc, "subject", Text(F::Category, Plain)),
    rule(Dc, "language", Text(F::Language, Plain)),
    rule(Dc, "publisher", Text(F::Publisher, Plain)),
    rule(Dc, "date", Text(F::Date, Plain)),
];
