//! The view restored from the URL, and links followed while the page is open.

use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use super::support::*;

fn expanded(root: &Element, id: &str) -> bool {
    let button = one(&by_id(root, id), "h3 > button");
    attr(&button, "aria-expanded").as_deref() == Some("true")
}

/// What a reader can see of the view: every disclosure, selection and filter.
fn snapshot(root: &Element) -> Vec<String> {
    let mut lines = Vec::new();
    for button in all(root, "[aria-expanded]") {
        lines.push(format!(
            "{} expanded={:?}",
            button.id(),
            attr(&button, "aria-expanded")
        ));
    }
    for button in all(root, "[aria-pressed]") {
        lines.push(format!(
            "{} pressed={:?}",
            text(&button),
            attr(&button, "aria-pressed")
        ));
    }
    for item in all(root, "li.goal, li.event, .explainer-section") {
        lines.push(format!(
            "{} hidden={} class={}",
            item.id(),
            is_hidden(&item),
            item.class_name()
        ));
    }
    lines
}

#[wasm_bindgen_test]
async fn a_goal_fragment_renders_that_goal_expanded_and_focused() {
    let goal = &data().goals[0];
    let app = mount_app(&format!("#{}", goal.id)).await;
    let root = &app.root;
    assert!(expanded(root, &goal.id), "{} is open", goal.id);
    let panel = by_id(root, &format!("{}-details", goal.id));
    assert!(!is_hidden(&panel));
    assert_eq!(ids_with_class(root, "is-focused"), [&*goal.id]);
    // The timeline shows no selection: its cards list their goals instead.
    for event in goal.events.iter() {
        assert!(!has_class(&by_id(root, event), "is-related"), "{event}");
    }
    for other in data().goals.iter().filter(|g| g.id != goal.id) {
        assert!(!expanded(root, &other.id), "{} stays closed", other.id);
    }
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn following_an_event_link_selects_it_and_keeps_open_sections() {
    let goal = &data().goals[0];
    let app = mount_app(&format!("#{}", goal.id)).await;
    let root = &app.root;
    let section = data()
        .sections
        .iter()
        .find(|s| s.id != goal.section)
        .unwrap();
    click_and_settle(&one(&by_id(root, &section.id), "h3 > button")).await;
    assert!(expanded(root, &section.id));

    let event = data()
        .timeline
        .iter()
        .find(|e| !goal.events.contains(&e.id))
        .unwrap();
    let errors = ErrorWatch::start();
    assert!(
        follow_hash(&format!("#{}", event.id)).await,
        "hashchange fired"
    );
    assert_eq!(errors.count(), 0, "no uncaught error");

    let item = by_id(root, &event.id);
    assert!(has_class(&item, "is-focused"), "{} is selected", event.id);
    assert!(
        !has_class(&by_id(root, &goal.id), "is-focused"),
        "the goal is no longer"
    );
    assert_eq!(ids_with_class(root, "is-focused"), [&*event.id]);
    assert!(
        expanded(root, &section.id),
        "the section opened before stays open"
    );
    assert!(
        expanded(root, &goal.id),
        "the goal opened before stays open"
    );
    assert!(
        current_hash().starts_with(&format!("#{}", event.id)),
        "{}",
        current_hash()
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn following_a_section_link_opens_and_focuses_it() {
    let app = mount_app("").await;
    let root = &app.root;
    let section = data().sections.last().unwrap();
    assert!(!expanded(root, &section.id));
    assert!(
        follow_hash(&format!("#{}", section.id)).await,
        "hashchange fired"
    );
    assert!(expanded(root, &section.id), "{} opened", section.id);
    assert_eq!(ids_with_class(root, "is-focused"), [&*section.id]);
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn back_returns_to_the_previous_place() {
    let app = mount_app("").await;
    let root = &app.root;
    let event = data()
        .timeline
        .iter()
        .find(|e| !e.goals.is_empty())
        .unwrap();
    let goal = &event.goals[0];
    let history = leptos::prelude::window().history().unwrap();
    let length = history.length().unwrap();

    // The event's date is its permalink; its goal chip leads to the goal.
    let item = by_id(root, &event.id);
    let permalink = one(&item, "h4 a.event__date");
    assert!(
        hashchange_after(|| click(&permalink)).await,
        "the date is a link"
    );
    assert_eq!(ids_with_class(root, "is-focused"), [&*event.id]);
    let chip = one(&item, &format!("a.goal-chip[href=\"#{goal}\"]"));
    assert!(
        hashchange_after(|| click(&chip)).await,
        "the chip is a link"
    );
    assert_eq!(ids_with_class(root, "is-focused"), [&**goal]);
    assert!(expanded(root, goal), "the chip opened {goal}");
    assert_eq!(
        history.length().unwrap(),
        length + 2,
        "each link followed is a history entry"
    );
    assert!(current_hash().starts_with(&format!("#{goal}")));

    assert!(
        hashchange_after(|| history.back().unwrap()).await,
        "Back fired hashchange"
    );
    assert!(
        current_hash().starts_with(&format!("#{}", event.id)),
        "{}",
        current_hash()
    );
    assert_eq!(
        ids_with_class(root, "is-focused"),
        [&*event.id],
        "Back returns to the event"
    );

    assert!(
        hashchange_after(|| history.back().unwrap()).await,
        "Back fired hashchange"
    );
    assert!(
        ids_with_class(root, "is-focused").is_empty(),
        "Back to where the page started"
    );
    assert!(ids_with_class(root, "is-related").is_empty());

    assert!(
        hashchange_after(|| history.forward().unwrap()).await,
        "Forward fired hashchange"
    );
    assert_eq!(
        ids_with_class(root, "is-focused"),
        [&*event.id],
        "Forward returns to the event"
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn a_junk_fragment_changes_nothing_and_throws_nothing() {
    let app = mount_app("").await;
    let root = &app.root;
    // A view with something open and something focused.
    let section = &data().sections[0];
    click_and_settle(&one(&by_id(root, &section.id), "h3 > button")).await;
    let event = data()
        .timeline
        .iter()
        .find(|e| !e.goals.is_empty())
        .unwrap();
    let permalink = one(&by_id(root, &event.id), "a.event__date");
    assert!(hashchange_after(|| click(&permalink)).await);
    let before = snapshot(root);
    assert!(expanded(root, &section.id) && has_class(&by_id(root, &event.id), "is-focused"));

    let errors = ErrorWatch::start();
    for junk in ["#<script>alert(1)</script>", "#no-such-item", "#%E2%80%AE"] {
        assert!(follow_hash(junk).await, "hashchange fired for {junk}");
        assert_eq!(snapshot(root), before, "{junk} changed the view");
    }
    assert_eq!(errors.count(), 0, "no uncaught error");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn a_state_fragment_naming_nothing_real_opens_nothing() {
    let app = mount_app("").await;
    let root = &app.root;
    let before = snapshot(root);
    let errors = ErrorWatch::start();
    for junk in [
        "#open=nope",
        "#open=nope,also-nope&theme=weather&verdict=maybe",
        "#=&&,,==",
    ] {
        assert!(follow_hash(junk).await, "hashchange fired for {junk}");
        assert_eq!(snapshot(root), before, "{junk} changed the view");
    }
    assert_eq!(errors.count(), 0, "no uncaught error");
    app.unmount().await;
}
