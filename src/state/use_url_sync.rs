//! Keeps the view and the URL fragment in step, both ways.
//!
//! Changing what is focused adds a history entry (so Back returns to it);
//! toggling sections and filters replaces the current entry. Following a
//! `#id` link or pressing Back fires `hashchange`, which updates the view.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::view_state::focus_of;
use super::{use_explainer, ViewState};

const STORAGE_KEY: &str = "china-rok-explainer/open";

/// The fragment of the current URL, without `#`.
pub fn current_fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// The browser's local storage, if the reader allows it.
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The sections and goals open at the end of the last visit.
pub fn remembered_open() -> Option<Vec<String>> {
    let stored = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    Some(ViewState::parse_open_list(&stored))
}

/// Wires the view to the URL and to storage. Call once, in the app.
pub fn use_url_sync() {
    let context = use_explainer();
    let (view, data) = (context.view, context.data);

    // URL → view: links followed, Back and Forward.
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let fragment = current_fragment();
            let next = view.with_untracked(|v| v.after_hash_change(&fragment, data));
            if view.with_untracked(|v| *v != next) {
                view.set(next);
            }
            // The browser cannot scroll to a fragment that is a whole view state.
            if let Some(focus) = focus_of(&fragment).filter(|_| fragment.contains('&')) {
                scroll_to(focus.to_owned());
            }
        });
        on_cleanup(move || handle.remove());
    });

    // View → URL. The first run is the page load: the URL is left as the reader typed it.
    Effect::new(move |previous: Option<()>| {
        let fragment = view.with(ViewState::to_fragment);
        if previous.is_none() {
            if let Some(focus) = view.with_untracked(|v| v.focus.clone()) {
                scroll_to(focus);
            }
            return;
        }
        let current = current_fragment();
        if fragment == current {
            return;
        }
        // Without a History API (never seen in a browser) the URL just stays put.
        let Ok(history) = window().history() else {
            return;
        };
        let location = window().location();
        let url = if fragment.is_empty() {
            format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            )
        } else {
            format!("#{fragment}")
        };
        let focus_moved = focus_of(&current) != view.with_untracked(|v| v.focus.clone()).as_deref();
        let _ = if focus_moved {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    });

    // View → storage, so a later visit reopens what the reader had open.
    // Only when the open set changes (filters and selection never write), and
    // not at load unless a link opened something else: a storage write is
    // slow on a first visit, and the load is the busiest moment.
    let open = Memo::new(move |_| view.with(|v| v.open.clone()));
    Effect::new(move |previous: Option<()>| {
        let list = open.with(ViewState::open_list);
        if previous.is_none() && remembered_open().unwrap_or_default().join(",") == list {
            return;
        }
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, &list);
        }
    });
}

/// Scrolls the item into view once it has rendered: the browser cannot, since
/// the element did not exist when the URL was read, or the fragment is a whole
/// view. Parts of the page render in later tasks (`Deferred`), so this looks
/// again on each animation frame, for about a second, before giving up.
fn scroll_to(id: String) {
    fn attempt(id: String, frames_left: u32) {
        request_animation_frame(move || {
            if let Some(element) = document().get_element_by_id(&id) {
                element.scroll_into_view();
            } else if frames_left > 0 {
                attempt(id, frames_left - 1);
            }
        });
    }
    attempt(id, 60);
}
