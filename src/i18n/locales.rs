//! The table of languages: one row per language, every word of the card's
//! chrome in it. Adding a language is adding a row.

/// The chrome of a card in one language.
#[derive(Debug)]
pub struct Locale {
    /// BCP 47 tag (primary subtag, or with script for Chinese).
    pub tag: &'static str,
    /// The third-party disclaimer, `{provider}` standing for the
    /// distributor's name.
    pub disclaimer: &'static str,
    /// Link text after a lede ("Read more").
    pub read_more: &'static str,
    /// Accessible label of the sectors list.
    pub sectors: &'static str,
}

/// Every language with its own chrome. The first row is the fallback.
pub const LOCALES: &[Locale] = &[
    Locale {
        tag: "en",
        disclaimer: "This article is provided by a third-party content provider. {provider} makes no warranties or representations in connection with it.",
        read_more: "Read more",
        sectors: "Sectors",
    },
    Locale {
        tag: "id",
        disclaimer: "Artikel ini disediakan oleh penyedia konten pihak ketiga. {provider} tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.",
        read_more: "Baca selengkapnya",
        sectors: "Sektor",
    },
];
