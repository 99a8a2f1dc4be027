//! RSS 0.91 / 0.92 / 2.0 (`<rss><channel><item>`) and RSS 1.0 / 0.90
//! (`<rdf:RDF>` with `channel` and `item` side by side), with the
//! extensions press feeds use: `content:encoded`, `dc:*`, `dcterms:*`,
//! `media:*`, `atom:link`.
//!
//! Channel fields are read only from direct children of `channel` (so an
//! `<image><title>` is never the feed title); item fields from direct
//! children of `item`, except Media RSS elements, read at any depth inside
//! the item (`media:group`, `media:content/media:thumbnail`). Titles and
//! descriptions are HTML source (escaped or CDATA), as RSS writes them in
//! practice.

use super::schema::{rule, Ends, Field as F, Form::*, Name, Read::*, Rule, Schema};
use super::tree::Ns::{Atom, Content, Dc, DcTerms, Rss};

/// The RSS / RDF schema.
pub(crate) const SCHEMA: Schema = Schema {
    channel: Name(Rss, "channel"),
    release: Name(Rss, "item"),
    release_id: Some("about"),
    bare: None,
    feed_fields: CHANNEL,
    release_fields: ITEM,
    ends: Ends {
        spaces: &[Content, Dc, DcTerms],
        names: &[
            "item",
            "channel",
            "title",
            "link",
            "description",
            "guid",
            "pubDate",
            "category",
            "author",
            "enclosure",
            "published",
            "updated",
        ],
    },
};

const CHANNEL: &[Rule] = &[
    rule(Rss, "title", Text(F::FeedTitle, HtmlText)),
    rule(Rss, "link", Text(F::FeedLink, Plain)),
    rule(Rss, "language", Text(F::FeedLanguage, Plain)),
    rule(Rss, "generator", Text(F::Generator, Plain)),
    rule(Rss, "managingEditor", Text(F::Editor, Plain)),
    rule(Dc, "language", Text(F::FeedDcLanguage, Plain)),
    rule(Dc, "title", Text(F::FeedDcTitle, HtmlText)),
    rule(Dc, "publisher", Text(F::FeedPublisher, Plain)),
    rule(
        Atom,
        "link",
        Link {
            alternates: &["alternate"],
        },
    ),
];

const ITEM: &[Rule] = &[
    rule(Rss, "title", Text(F::Title, HtmlText)),
    rule(Rss, "link", Text(F::Link, Plain)),
    rule(Rss, "guid", Guid),
    rule(Rss, "pubDate", Text(F::Published, Plain)),
    rule(Rss, "description", Text(F::Description, Html)),
    rule(Rss, "author", Text(F::Person, Plain)),
    rule(Rss, "category", Text(F::Category, Plain)),
    rule(Rss, "source", Text(F::Source, Plain)),
    rule(Rss, "enclosure", Enclosure("url")),
    rule(Content, "encoded", Text(F::Encoded, Html)),
    rule(Dc, "title", Text(F::DcTitle, HtmlText)),
    rule(Dc, "description", Text(F::DcDescription, Html)),
    rule(Dc, "creator", Text(F::Author, Plain)),
    rule(Dc, "date", Text(F::Date, Plain)),
    rule(Dc, "language", Text(F::Language, Plain)),
    rule(Dc, "publisher", Text(F::Publisher, Plain)),
    rule(Dc, "subject", Text(F::Category, Plain)),
    rule(DcTerms, "issued", Text(F::Date, Plain)),
    rule(DcTerms, "created", Text(F::Date, Plain)),
    rule(DcTerms, "modified", Text(F::Updated, Plain)),
    rule(Atom, "published", Text(F::Date, Plain)),
    rule(Atom, "updated", Text(F::Updated, Plain)),
    rule(
        Atom,
        "link",
        Link {
            alternates: &["alternate"],
        },
    ),
];
