//! A list of names held as one string: how the allowlists and the other
//! name tables are written as data. One `&str` costs one pointer/length
//! pair in the wasm's data, where a slice of names costs one per name.
//! Only whole names match: [`Words::contains`] never finds a name inside
//! another, as `str::contains` would.

/// Names separated by one character (a space unless the names hold
/// spaces).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    text: &'static str,
    separator: char,
}

impl Words {
    /// Names separated by single spaces.
    pub const fn spaced(text: &'static str) -> Words {
        Words::separated(text, ' ')
    }

    /// Names separated by `separator`.
    pub const fn separated(text: &'static str, separator: char) -> Words {
        Words { text, separator }
    }

    /// The names, in order.
    pub fn iter(self) -> std::str::Split<'static, char> {
        self.text.split(self.separator)
    }

    /// `name` as the list writes it, if listed.
    pub fn find(self, name: &str) -> Option<&'static str> {
        self.iter().find(|n| *n == name)
    }

    /// Whether `name` is listed.
    pub fn contains(self, name: &str) -> bool {
        self.find(name).is_some()
    }

    /// Whether `name` is listed, ASCII letters compared in any case.
    pub fn contains_ignore_ascii_case(self, name: &str) -> bool {
        self.iter().any(|n| n.eq_ignore_ascii_case(name))
    }

    /// The 0-based place of the first name `matches` accepts.
    pub fn position(self, matches: impl Fn(&str) -> bool) -> Option<usize> {
        self.iter().position(matches)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_names_match() {
        let tags = Words::spaced("abbr b blockquote");
        assert!(tags.contains("b") && tags.contains("abbr"));
        assert!(!tags.contains("a") && !tags.contains("block") && !tags.contains(""));
        assert_eq!(tags.find("blockquote"), Some("blockquote"));
        assert!(tags.contains_ignore_ascii_case("ABBR"));
        assert_eq!(tags.position(|n| n.starts_with("bl")), Some(2));
        let cues = Words::separated("Sektor|Sector 2", '|');
        assert_eq!(cues.iter().collect::<Vec<_>>(), ["Sektor", "Sector 2"]);
    }
}
