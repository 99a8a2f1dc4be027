//! Minifies the widget's stylesheet into `OUT_DIR` (see
//! `scripts/css_min.rs`); `src/web/styles.rs` includes the result.

#[path = "scripts/css_min.rs"]
mod css_min;

fn main() {
    println!("cargo:rerun-if-changed=src/web/styles.css");
    println!("cargo:rerun-if-changed=scripts/css_min.rs");
    let css =
        std::fs::read_to_string("src/web/styles.css").expect("src/web/styles.css is readable");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("styles.min.css");
    std::fs::write(out, css_min::minify(&css)).expect("OUT_DIR is writable");
}
