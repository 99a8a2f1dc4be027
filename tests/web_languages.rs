//! Languages in a real browser (headless Chromium through
//! wasm-bindgen-test): a card's `lang` and `dir`, its date in its
//! language, its footer in its language, and the seed SeaPRwire release
//! taken apart (disclaimer once, sectors as tags, no junk).
#![cfg(target_arch = "wasm32")]

mod web_support;

use syndicard::i18n;
use wasm_bindgen_test::*;
use web_support::{mount_ready, one, text_of};
use web_sys::ShadowRoot;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts an inline RSS feed of one item (`language` empty: none declared)
/// and returns its shadow root.
async fn mount_item(
    language: &str,
    title: &str,
    body: &str,
    options: &[(&str, &str)],
) -> ShadowRoot {
    let lang = if language.is_empty() {
        String::new()
    } else {
        format!("<language>{language}</language>")
    };
    let rss = format!(
        r#"<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Wire</title>{lang}<item><title>{title}</title><link>https://wire.example/1</link>
        <pubDate>Thu, 05 Jun 2025 09:00:00 +0900</pubDate>
        <content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>"#
    );
    mount_ready("application/rss+xml", &rss, options).await
}

fn text(root: &ShadowRoot, selector: &str) -> String {
    text_of(root, selector)
}

#[wasm_bindgen_test]
async fn an_arabic_card_runs_right_to_left_with_an_arabic_footer() {
    // No language declared anywhere: inferred from the script.
    let root = mount_item(
        "",
        "مصرف الريادة يطلق خدمة تمويل رقمية",
        "<p>أطلق مصرف الريادة اليوم خدمة تمويل رقمية للمشاريع الصغيرة والمتوسطة في المملكة.</p>",
        &[("provider", "SeaPRwire")],
    )
    .await;
    let card = one(&root, "[part~=card]");
    assert_eq!(card.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(card.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(
        text(&root, "[part~=disclaimer]"),
        i18n::disclaimer(i18n::locale("ar"), "SeaPRwire")
    );
    assert!(text(&root, "[part~=disclaimer]").contains("SeaPRwire"));
}

#[wasm_bindgen_test]
async fn a_japanese_card_dates_in_japanese() {
    let root = mount_item(
        "ja",
        "株式会社コントソ、大阪に新工場を建設",
        "<p>株式会社コントソは本日、大阪に新工場を建設すると発表しました。</p>",
        &[],
    )
    .await;
    let card = one(&root, "[part~=card]");
    assert_eq!(card.get_attribute("lang").as_deref(), Some("ja"));
    assert_eq!(card.get_attribute("dir").as_deref(), Some("ltr"));
    let time = one(&root, "time[part~=date]");
    // 09:00 +09:00 is 00:00 UTC: the card shows the wire's own calendar day.
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-06-05T00:00:00Z")
    );
    assert_eq!(time.text_content().unwrap(), "2025年6月5日");
    let footer = text(&root, "[part~=disclaimer]");
    assert_eq!(footer, i18n::disclaimer(i18n::locale("ja"), "Wire"));
}

#[wasm_bindgen_test]
async fn the_footer_follows_the_card_language_and_the_lang_option_wins() {
    let body = "<p>Die Contoso AG eröffnet heute ein neues Werk in Leipzig.</p>";
    let german = mount_item(
        "de",
        "Contoso eröffnet Werk in Leipzig",
        body,
        &[("provider", "PR-Wire")],
    )
    .await;
    assert_eq!(
        text(&german, "[part~=disclaimer]"),
        i18n::disclaimer(i18n::locale("de"), "PR-Wire")
    );
    assert_eq!(text(&german, "time[part~=date]"), "5. Juni 2025");
    let forced = mount_item(
        "de",
        "Contoso eröffnet Werk in Leipzig",
        body,
        &[("provider", "PR-Wire"), ("lang", "fr")],
    )
    .await;
    assert_eq!(
        one(&forced, "[part~=card]")
            .get_attribute("lang")
            .as_deref(),
        Some("fr")
    );
    assert_eq!(
        text(&forced, "[part~=disclaimer]"),
        i18n::disclaimer(i18n::locale("fr"), "PR-Wire")
    );
    // An unknown language falls back to the English chrome.
    let unknown = mount_item("xx", "Title", "<p>Text.</p>", &[("provider", "PR-Wire")]).await;
    assert!(text(&unknown, "[part~=disclaimer]").starts_with("This article is provided"));
}

#[wasm_bindgen_test]
async fn the_seed_release_is_taken_apart_in_the_browser() {
    let seed = include_str!("anatomy/seaprwire-release-id.txt");
    let mut paragraphs = seed.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
    let title = paragraphs.next().unwrap().to_string();
    let body: String = paragraphs.map(|p| format!("<p>{p}</p>")).collect();
    let root = mount_item("id", &title, &body, &[("layout", "full")]).await;
    let all_text = one(&root, "[part~=card]").text_content().unwrap();
    let disclaimer = "Artikel ini disediakan oleh penyedia konten pihak ketiga.";
    assert_eq!(
        all_text.matches(disclaimer).count(),
        1,
        "the disclaimer once"
    );
    assert_eq!(
        text(&root, "[part~=disclaimer]"),
        "Artikel ini disediakan oleh penyedia konten pihak ketiga. SeaPRwire tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut."
    );
    assert!(!all_text.contains('`'), "no stray backtick");
    assert!(!all_text.contains("Sektor:"), "the sector line became tags");
    let sectors = root.query_selector_all("[part~=sector]").unwrap();
    let sectors: Vec<String> = (0..sectors.length())
        .map(|i| sectors.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(sectors, ["Top Story", "Daily News"]);
    assert!(text(&root, "[part~=lede]").starts_with("Delegasi forum teknologi"));
    assert_eq!(text(&root, "[part~=dateline]"), "SeaPRwire");
    assert!(text(&root, "[part~=boilerplate]")
        .starts_with("SeaPRwire menyediakan distribusi siaran pers"));
    assert!(all_text.contains("“China dan Rusia adalah mitra strategis dan tetangga baik,”"));
}
