//! Remembers which sections and goals the reader had open, for the next visit.

use leptos::prelude::*;

use super::{use_explainer, ViewState};

const STORAGE_KEY: &str = "china-rok-explainer/open";

/// The browser's local storage, if the reader allows it.
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The sections and goals open at the end of the last visit.
pub fn remembered_open() -> Option<Vec<String>> {
    let stored = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    Some(ViewState::parse_open_list(&stored))
}

/// Writes the open set to storage whenever it changes. Filters and
/// selection never write, and neither does the load itself: a storage write
/// is slow on a first visit, and the load is the busiest moment.
///
/// Call after [`use_url_sync`](super::use_url_sync): its first effect applies
/// the remembered view, and this one starts watching only after that.
pub fn use_remembered_open() {
    let open = use_explainer().open();
    Effect::new(move |_| {
        Effect::watch(
            move || open.with(ViewState::open_list),
            move |list, _, _| {
                if remembered_open().unwrap_or_default().join(",") == *list {
                    return;
                }
                if let Some(storage) = storage() {
                    let _ = storage.set_item(STORAGE_KEY, list);
                }
            },
            false,
        );
    });
}
