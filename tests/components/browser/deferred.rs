//! The page renders in parts, a task each, in reading order.

use china_rok_explainer::state::ViewState;
use wasm_bindgen_test::wasm_bindgen_test;

use super::support::*;

/// The ids of the page's regions, in document order.
fn regions(root: &web_sys::Element) -> Vec<String> {
    all(root, "section.region[id]")
        .iter()
        .map(|r| r.id())
        .collect()
}

#[wasm_bindgen_test]
async fn the_parts_render_after_the_first_task_in_reading_order() {
    let app = mount_app_unsettled(ViewState::default());
    assert!(
        !all(&app.root, "nav.page-nav").is_empty(),
        "the page navigation is built in the first task"
    );
    assert!(
        regions(&app.root).is_empty(),
        "no part is built in the first task"
    );
    settle().await;
    for _ in 0..10 {
        if regions(&app.root).len() == 6 {
            break;
        }
        sleep(0).await;
    }
    assert_eq!(
        regions(&app.root),
        [
            "scorecard",
            "timeline",
            "sections",
            "people",
            "glossary",
            "source"
        ],
        "every part rendered, in reading order"
    );
    assert!(
        !all(&app.root, ".popovers [popover]").is_empty(),
        "the popovers render with the reference part"
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn unmounting_before_the_later_parts_render_cancels_them_quietly() {
    let errors = ErrorWatch::start();
    let app = mount_app_unsettled(ViewState::default());
    let root = app.root.clone();
    // Let the effects run, so the later parts are scheduled, then unmount.
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    app.unmount().await;
    sleep(20).await;
    assert_eq!(errors.count(), 0, "no uncaught error");
    assert!(
        all(&root, "#timeline, #sections, #source").is_empty(),
        "nothing rendered into the removed container"
    );
}
