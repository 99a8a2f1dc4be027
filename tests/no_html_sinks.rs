//! No HTML sinks, checked in the source so that no future change can add
//! one silently: nothing in the crate (`src/`), its hand-written JS (`js/`)
//! or the built glue (`dist/syndicard.js`, wasm-bindgen's output plus the
//! bootstrap, when it has been built) names an API that parses a string
//! into the live page or runs a string as code. Release HTML is parsed in
//! exactly one place, `src/web/html.rs`, into an inert DOMParser document.
//! (`tests/page/csp.test.mjs` checks the freshly built `dist/` again.)
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Names that put a string into a live document as markup or run it as
/// code, in their JS and web-sys spellings. `HtmlDocument` is the only
/// web-sys type with `write`/`writeln`.
const SINKS: &[&str] = &[
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "srcdoc",
    "document.write",
    "createContextualFragment",
    "setHTMLUnsafe",
    "parseHTMLUnsafe",
    "set_inner_html",
    "set_outer_html",
    "insert_adjacent_html",
    "set_srcdoc",
    "create_contextual_fragment",
    "set_html_unsafe",
    "parse_html_unsafe",
    "HtmlDocument",
    "js_sys::eval",
    "eval(",
    "new Function",
    "Function::new_with_args",
    "Function::new_no_args",
];

/// Names allowed in one file only: the inert parser and its Trusted Types
/// policy.
const ONLY_IN_HTML_RS: &[&str] = &["parseFromString", "createPolicy", "createHTML"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (recursively) whose name ends with one of `exts`.
fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, exts, out);
        } else if exts
            .iter()
            .any(|e| path.extension().is_some_and(|x| x == *e))
        {
            out.push(path);
        }
    }
}

fn shipped_sources() -> Vec<PathBuf> {
    let root = root();
    let mut out = Vec::new();
    files(&root.join("src"), &["rs", "css"], &mut out);
    files(&root.join("js"), &["js", "mjs", "ts"], &mut out);
    let glue = root.join("dist/syndicard.js");
    if glue.exists() {
        out.push(glue);
    }
    out
}

/// `(file, line number, sink)` for every sink named in `files`.
fn findings(files: &[PathBuf], names: &[&str], skip: &dyn Fn(&Path) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !skip(f)) {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for sink in names {
                if line.contains(sink) {
                    found.push(format!("{}:{}: {sink}", file.display(), n + 1));
                }
            }
        }
    }
    found
}

#[test]
fn no_html_or_code_sink_is_named_anywhere_in_what_ships() {
    let files = shipped_sources();
    assert!(
        files.iter().any(|f| f.ends_with("src/web/render.rs")),
        "the scan sees the crate"
    );
    for js in ["js/bootstrap.js", "js/flatten.js", "js/builder.js"] {
        assert!(files.iter().any(|f| f.ends_with(js)), "the scan sees {js}");
    }
    let found = findings(&files, SINKS, &|_| false);
    assert!(
        found.is_empty(),
        "HTML or code sinks:\n{}",
        found.join("\n")
    );
}

#[test]
fn release_html_is_parsed_in_one_place_only() {
    let files = shipped_sources();
    let html_rs = root().join("src/web/html.rs");
    let found = findings(&files, ONLY_IN_HTML_RS, &|f| {
        f == html_rs || f.ends_with("dist/syndicard.js")
    });
    assert!(
        found.is_empty(),
        "parsing outside src/web/html.rs:\n{}",
        found.join("\n")
    );
    let text = fs::read_to_string(&html_rs).unwrap();
    assert!(
        text.contains("\"text/html\""),
        "html.rs parses as text/html"
    );
}

/// Every method js/builder.js calls, besides its own locals: the DOM is
/// written with these four only, and nothing else it calls parses.
const BUILDER_CALLS: &[&str] = &[
    // The DOM, written.
    "createElement",
    "setAttribute",
    "createTextNode",
    "append",
    // Its tables, the joined text, the open elements, the date formatters.
    "split",
    "slice",
    "push",
    "pop",
    "has",
    "get",
    "set",
    "format",
];

#[test]
fn the_dom_builder_makes_nodes_with_four_calls_only() {
    let text = fs::read_to_string(root().join("js/builder.js")).unwrap();
    let code: Vec<&str> = text
        .lines()
        .map(|l| l.split("//").next().unwrap())
        .collect();
    let mut called = Vec::new();
    for line in &code {
        // `.name(`: a method call.
        for (at, _) in line.match_indices('(') {
            let before = &line[..at];
            let name_start = before
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
                .map_or(0, |i| i + 1);
            let chain = before[..name_start]
                .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '.');
            // A constructor (`new Intl.DateTimeFormat(`) is checked below.
            if before[..name_start].ends_with('.') && !chain.ends_with("new ") {
                called.push(&before[name_start..]);
            }
        }
    }
    assert!(called.contains(&"createElement"), "the scan sees the calls");
    let unexpected: Vec<_> = called
        .iter()
        .filter(|c| !BUILDER_CALLS.contains(c))
        .collect();
    assert!(unexpected.is_empty(), "js/builder.js calls {unexpected:?}");
    // Constructed: its formatters' cache and the formatters.
    let constructed: Vec<&str> = code
        .iter()
        .flat_map(|l| l.match_indices("new ").map(move |(i, _)| &l[i + 4..]))
        .map(|rest| rest.split('(').next().unwrap())
        .collect();
    assert_eq!(constructed, ["Map", "Intl.DateTimeFormat"]);
}

#[test]
fn the_scan_would_see_a_sink() {
    let dir = std::env::temp_dir().join(format!("syndicard-sinks-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.rs");
    fs::write(&file, "fn f(el: &Element) { el.set_inner_html(\"x\"); }\n").unwrap();
    let found = findings(&[file], SINKS, &|_| false);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
}
