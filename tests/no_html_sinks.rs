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
    assert!(
        files.iter().any(|f| f.ends_with("js/bootstrap.js")),
        "the scan sees the JS"
    );
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
