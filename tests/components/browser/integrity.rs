//! Whole-page checks: ids are unique and every in-page reference resolves.

use std::collections::BTreeMap;

use wasm_bindgen_test::wasm_bindgen_test;

use super::support::*;

#[wasm_bindgen_test]
async fn ids_are_unique_and_every_in_page_reference_resolves() {
    let app = mount_app("").await;
    let root = &app.root;
    // Open everything, so nothing rendered lazily is missed.
    click_and_settle(&one(root, "#sections .sections__toggle-all")).await;

    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for element in all(root, "[id]") {
        *counts.entry(element.id()).or_default() += 1;
    }
    let duplicates: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(duplicates.is_empty(), "duplicate ids: {duplicates:?}");

    let mut broken = Vec::new();
    for link in all(root, "a[href^='#']") {
        let href = attr(&link, "href").unwrap();
        let target = &href[1..];
        if !counts.contains_key(target) {
            broken.push(format!("a[href={href}] {:?}", text(&link)));
        }
    }
    for (attribute, selector) in [
        ("aria-controls", "[aria-controls]"),
        ("popovertarget", "[popovertarget]"),
        ("aria-labelledby", "[aria-labelledby]"),
    ] {
        for element in all(root, selector) {
            for target in attr(&element, attribute).unwrap().split_whitespace() {
                if !counts.contains_key(target) {
                    broken.push(format!("{attribute}={target}"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "references to nothing: {broken:#?}");
    assert!(
        counts.len() > 100,
        "the whole explainer rendered ({} ids)",
        counts.len()
    );
    app.unmount().await;
}
