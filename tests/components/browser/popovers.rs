//! Glossary and people popovers (native Popover API).

use china_rok_explainer::data::rich_text::plain_text;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use super::support::*;

/// What the popover for `target` must say: a term's definition or a person's role.
fn expected_text(popover_id: &str) -> String {
    let id = popover_id
        .strip_prefix("popover-")
        .unwrap_or_else(|| panic!("popover ids start with popover-: {popover_id}"));
    let text = if let Some(term) = data().glossary.iter().find(|t| t.id == id) {
        plain_text(&term.definition)
    } else if let Some(person) = data().people.iter().find(|p| p.id == id) {
        person.role.to_string()
    } else {
        panic!("{popover_id} names no term or person");
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn trigger_and_popover(root: &Element, scope: &Element, nth: usize) -> (Element, Element) {
    let triggers = all(scope, "button.popover-trigger[popovertarget]");
    let trigger = triggers
        .get(nth)
        .unwrap_or_else(|| panic!("fewer than {} popover triggers", nth + 1))
        .clone();
    let target = attr(&trigger, "popovertarget").unwrap();
    (trigger, by_id(root, &target))
}

/// Expands the first section and returns its panel.
async fn open_first_section(root: &Element) -> Element {
    let section = &data().sections[0];
    click_and_settle(&one(&by_id(root, &section.id), "h3 > button")).await;
    by_id(root, &format!("{}-panel", section.id))
}

#[wasm_bindgen_test]
async fn a_term_in_a_section_opens_its_definition_popover() {
    let app = mount_app("").await;
    let root = &app.root;
    let panel = open_first_section(root).await;

    let (trigger, popover) = trigger_and_popover(root, &panel, 0);
    assert_eq!(attr(&trigger, "type").as_deref(), Some("button"));
    assert_eq!(
        attr(&popover, "popover").as_deref(),
        Some("auto"),
        "light-dismissable"
    );
    let expected = expected_text(&popover.id());
    assert!(
        text(&popover).contains(&expected),
        "{:?} lacks {expected:?}",
        text(&popover)
    );
    assert!(!popover_open(&popover), "closed at first");

    click_and_settle(&trigger).await;
    assert!(popover_open(&popover), "the trigger opens {}", popover.id());

    // Another trigger opens its own popover and, `auto` popovers being exclusive, closes the first.
    let (second, other) = (1..)
        .map(|n| trigger_and_popover(root, &panel, n))
        .find(|(_, p)| p.id() != popover.id())
        .unwrap();
    click_and_settle(&second).await;
    assert!(popover_open(&other), "{} opened", other.id());
    assert!(!popover_open(&popover), "{} closed", popover.id());

    // The trigger toggles: clicking it again closes its popover.
    click_and_settle(&second).await;
    assert!(
        !popover_open(&other),
        "{} closed by its trigger",
        other.id()
    );
    app.unmount().await;
}

/// Escape and clicks outside close a popover through the browser's light
/// dismiss, which Chromium runs only for trusted input: a synthetic Escape
/// `keydown` leaves even a native `popover="auto"` open (checked in Chromium
/// 156; so does a synthetic pointerdown/up outside). So this asserts the part the
/// app controls: the popover is `auto` (the kind the browser light-dismisses),
/// and the app neither swallows Escape nor throws on it.
#[wasm_bindgen_test]
async fn an_open_popover_is_auto_and_the_app_leaves_escape_to_the_browser() {
    let app = mount_app("").await;
    let root = &app.root;
    let panel = open_first_section(root).await;
    let (trigger, popover) = trigger_and_popover(root, &panel, 0);
    click_and_settle(&trigger).await;
    assert!(popover_open(&popover));
    assert_eq!(attr(&popover, "popover").as_deref(), Some("auto"));

    let errors = ErrorWatch::start();
    let not_cancelled = leptos::prelude::document()
        .dispatch_event(&escape_keydown())
        .unwrap();
    settle().await;
    assert!(not_cancelled, "the app does not preventDefault() Escape");
    assert_eq!(errors.count(), 0, "no uncaught error");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn every_trigger_names_an_existing_popover() {
    let app = mount_app("").await;
    let root = &app.root;
    click_and_settle(&one(root, "#sections .sections__toggle-all")).await;
    let triggers = all(root, "button.popover-trigger");
    assert!(
        triggers.len() >= data().sections.len(),
        "the prose has popover triggers"
    );
    for trigger in &triggers {
        let target = attr(trigger, "popovertarget").expect("popovertarget");
        let popover = by_id(root, &target);
        assert_eq!(
            attr(&popover, "popover").as_deref(),
            Some("auto"),
            "{target}"
        );
        assert!(text(&popover).contains(&expected_text(&target)), "{target}");
    }
    app.unmount().await;
}
