//! The analysis as an accordion (`#sections`), and remembering what was open.

use china_rok_explainer::state::use_remembered_open::remembered_open;
use china_rok_explainer::state::{initial_view, ViewState};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use super::support::*;

/// The section's heading button and the panel it controls.
fn parts(root: &Element, id: &str) -> (Element, Element) {
    let section = by_id(root, id);
    let button = one(&section, "h3 > button[type=button]");
    let panel_id = attr(&button, "aria-controls").expect("the button names its panel");
    let panel = by_id(root, &panel_id);
    (button, panel)
}

fn assert_collapsed(root: &Element, id: &str) {
    let (button, panel) = parts(root, id);
    assert_eq!(
        attr(&button, "aria-expanded").as_deref(),
        Some("false"),
        "{id} button"
    );
    assert_eq!(
        attr(&panel, "hidden").as_deref(),
        Some("until-found"),
        "{id} panel"
    );
}

fn assert_expanded(root: &Element, id: &str) {
    let (button, panel) = parts(root, id);
    assert_eq!(
        attr(&button, "aria-expanded").as_deref(),
        Some("true"),
        "{id} button"
    );
    assert!(!is_hidden(&panel), "{id} panel is shown");
}

#[wasm_bindgen_test]
async fn every_section_is_a_collapsed_accordion_item_with_its_takeaway_showing() {
    let app = mount_app("").await;
    let root = &app.root;
    let list = one(root, "#sections");
    let rendered: Vec<String> = all(&list, ".explainer-section")
        .iter()
        .map(Element::id)
        .collect();
    let expected: Vec<&str> = data().sections.iter().map(|s| &*s.id).collect();
    assert_eq!(rendered, expected, "one item per section, in data order");

    for section in data().sections.iter() {
        let item = by_id(&list, &section.id);
        let (button, panel) = parts(root, &section.id);
        assert_eq!(
            text(&button),
            section.title,
            "the heading button carries the title"
        );
        assert!(
            item.contains(Some(&panel)),
            "{}: the panel is inside its item",
            section.id
        );
        assert_collapsed(root, &section.id);

        let takeaway = one(&item, ".explainer-section__takeaway");
        assert!(
            text(&takeaway).contains(
                section
                    .takeaway
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str()
            ),
            "{}: takeaway text {:?}",
            section.id,
            text(&takeaway)
        );
        assert!(
            !panel.contains(Some(&takeaway)),
            "{}: the takeaway is outside the panel",
            section.id
        );
        assert!(
            takeaway.closest("[hidden]").unwrap().is_none(),
            "{}: the takeaway is visible while collapsed",
            section.id
        );
    }
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn clicking_a_heading_toggles_its_section_and_the_url() {
    let app = mount_app("").await;
    let root = &app.root;
    let id = &*data().sections[1].id;
    let (button, _) = parts(root, id);

    click_and_settle(&button).await;
    assert_expanded(root, id);
    assert_eq!(
        hash_list("open"),
        [id],
        "the fragment lists the open section"
    );
    for other in data().sections.iter().filter(|s| s.id != id) {
        assert_collapsed(root, &other.id);
    }

    click_and_settle(&button).await;
    assert_collapsed(root, id);
    assert!(
        hash_list("open").is_empty(),
        "closed again: {:?}",
        current_hash()
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn show_all_opens_every_section_and_hide_all_closes_them() {
    let app = mount_app("").await;
    let root = &app.root;
    let toggle = one(root, "#sections .sections__toggle-all");
    assert_eq!(text(&toggle), "Show all sections");

    click_and_settle(&toggle).await;
    for section in data().sections.iter() {
        assert_expanded(root, &section.id);
    }
    assert_eq!(text(&toggle), "Hide all sections");
    let mut open = hash_list("open");
    open.sort();
    let mut all_ids: Vec<String> = data().sections.iter().map(|s| s.id.to_string()).collect();
    all_ids.sort();
    assert_eq!(open, all_ids, "every section is in the fragment");

    click_and_settle(&toggle).await;
    for section in data().sections.iter() {
        assert_collapsed(root, &section.id);
    }
    assert_eq!(text(&toggle), "Show all sections");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn show_all_answers_with_its_label_then_opens_the_panels_after_the_paint() {
    let app = mount_app("").await;
    let root = &app.root;
    let toggle = one(root, "#sections .sections__toggle-all");
    let first = &*data().sections[0].id;

    click(&toggle);
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    assert_eq!(
        text(&toggle),
        "Hide all sections",
        "the label answers at once"
    );
    assert_collapsed(root, first);
    settle().await;
    for section in data().sections.iter() {
        assert_expanded(root, &section.id);
    }

    // Two clicks within one frame (hide, then show again) end where the
    // second one asked, label and panels alike.
    click(&toggle);
    click(&toggle);
    settle().await;
    assert_eq!(text(&toggle), "Hide all sections");
    for section in data().sections.iter() {
        assert_expanded(root, &section.id);
    }
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn find_in_page_beforematch_opens_a_collapsed_panel() {
    let app = mount_app("").await;
    let root = &app.root;
    let id = &*data().sections[2].id;
    let (_, panel) = parts(root, id);
    assert_collapsed(root, id);

    let event = web_sys::Event::new("beforematch").unwrap();
    panel.dispatch_event(&event).unwrap();
    settle().await;
    assert_expanded(root, id);
    assert_eq!(hash_list("open"), [id]);

    // A second beforematch (find-in-page again) must not close it.
    panel
        .dispatch_event(&web_sys::Event::new("beforematch").unwrap())
        .unwrap();
    settle().await;
    assert_expanded(root, id);
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn an_initial_open_list_renders_those_sections_expanded() {
    let sections = &data().sections;
    let chosen = [&*sections[0].id, &*sections[sections.len() - 1].id];
    let fragment = format!("open={}", chosen.join(","));
    assert_eq!(
        ViewState::from_fragment(&fragment, data()).open.len(),
        2,
        "the fragment names real sections"
    );

    let app = mount_app(&fragment).await;
    for section in sections.iter() {
        if chosen.contains(&&*section.id) {
            assert_expanded(&app.root, &section.id);
        } else {
            assert_collapsed(&app.root, &section.id);
        }
    }
    let toggle = one(&app.root, "#sections .sections__toggle-all");
    assert_eq!(
        text(&toggle),
        "Show all sections",
        "not every section is open"
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn open_sections_are_remembered_in_local_storage_and_restored() {
    let app = mount_app("").await;
    let id = data().sections[3].id.clone();
    let (button, _) = parts(&app.root, &id);

    click_and_settle(&button).await;
    let stored = stored_open().expect("the open list is stored");
    assert_eq!(stored, *id);
    assert_eq!(remembered_open(), Some(vec![id.to_string()]));
    app.unmount().await;

    // A later visit with no fragment starts from what was open.
    let initial = initial_view("", remembered_open(), data());
    assert!(initial.is_open(&id), "{initial:?}");
    let app = mount_app_keeping_storage("").await;
    assert_expanded(&app.root, &id);
    app.unmount().await;

    // Closing it is remembered too.
    reset_page();
    store_open(&id);
    let app = mount_app_keeping_storage("").await;
    let (button, _) = parts(&app.root, &id);
    click_and_settle(&button).await;
    let stored = stored_open().unwrap();
    assert!(
        stored.is_empty(),
        "closed sections are forgotten: {stored:?}"
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn only_opening_or_closing_writes_to_storage() {
    // A load that opens what storage already holds writes nothing.
    let id = data().sections[2].id.clone();
    reset_page();
    store_open(&id);
    let app = mount_app_keeping_storage("").await;
    assert_expanded(&app.root, &id);

    // Filters and selection are not remembered: with a marker in storage, a
    // filter click must leave it alone.
    store_open("marker");
    click_and_settle(&one(&app.root, "#timeline button.theme-filter")).await;
    click_and_settle(&one(&app.root, "button.verdict-filter")).await;
    assert_eq!(
        stored_open().as_deref(),
        Some("marker"),
        "a filter click wrote to storage"
    );

    // Opening another section writes the whole open set.
    let other = data().sections[4].id.clone();
    let (button, _) = parts(&app.root, &other);
    click_and_settle(&button).await;
    let mut expected = [id, other];
    expected.sort();
    assert_eq!(stored_open(), Some(expected.join(",")));
    app.unmount().await;
}
