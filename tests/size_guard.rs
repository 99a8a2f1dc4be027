//! Bytes guard: the widget's wasm must not pull in the standard library's
//! Unicode case and property tables (`char::to_lowercase` alone is ~11 KB
//! of data, paid on every page view). `src/unicode.rs` has small
//! equivalents for what the core needs; this test fails when a call to the
//! table-backed functions appears anywhere else in `src/`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// Calls that link std's Unicode tables into the wasm.
const TABLE_BACKED: &[&str] = &[
    ".to_lowercase()",
    ".to_uppercase()",
    ".is_alphabetic()",
    ".is_alphanumeric()",
    ".is_numeric()",
    ".is_lowercase()",
    ".is_uppercase()",
    "char::is_alphabetic",
    "char::is_alphanumeric",
    "char::is_numeric",
    "char::to_lowercase",
    "char::to_uppercase",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_std_unicode_tables_outside_unicode_rs() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "found the sources");
    let mut found = Vec::new();
    for file in files {
        if file.ends_with("unicode.rs") {
            continue; // its tests compare against std on purpose
        }
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for call in TABLE_BACKED {
                if code.contains(call) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "use syndicard::unicode instead of std's table-backed functions:\n{}",
        found.join("\n")
    );
}
