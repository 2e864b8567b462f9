//! `index.html` carries the masthead (title, section, date, summary) as static
//! HTML, so the first and largest paint never waits for the app, and the app
//! mounts below it without moving it. These tests keep it equal to the data.

use china_rok_explainer::data::Explainer;

const INDEX_HTML: &str = include_str!("../index.html");

fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The text of the first element in `html` with this class.
fn text_of_class(html: &str, class: &str) -> String {
    let start = html
        .find(&format!("class=\"{class}\""))
        .unwrap_or_else(|| panic!("index.html has no .{class}"));
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let close = open_end + html[open_end..].find("</").unwrap();
    unescape(&html[open_end..close])
}

#[test]
fn static_masthead_matches_the_data() {
    let meta = &Explainer::embedded().meta;
    assert_eq!(text_of_class(INDEX_HTML, "masthead__title"), meta.title);
    assert_eq!(text_of_class(INDEX_HTML, "masthead__section"), meta.section);
    assert_eq!(text_of_class(INDEX_HTML, "masthead__summary"), meta.summary);
    let time = format!(
        "<time datetime=\"{}\">{}</time>",
        meta.published,
        meta.published_label()
    );
    assert!(INDEX_HTML.contains(&time), "index.html should carry {time}");
}

#[test]
fn the_app_mounts_into_the_static_shell() {
    assert!(
        INDEX_HTML.contains("<div id=\"app\">"),
        "main.rs mounts into #app"
    );
    assert!(INDEX_HTML.contains("<html lang=\"en\">"));
    assert!(INDEX_HTML.contains("name=\"viewport\""));
    assert!(
        INDEX_HTML.contains("<meta name=\"description\""),
        "a description for search and sharing"
    );
}
