//! Keeps the view and the URL fragment in step, both ways.
//!
//! The page is prerendered in the default view and hydrated as it is; the
//! URL's view (or, without one, what the reader had open last time) is
//! applied once hydration is done. After that, changing what is focused adds
//! a history entry (so Back returns to it); toggling sections and filters
//! replaces the current entry. Following a `#id` link or pressing Back fires
//! `hashchange`, which updates the view.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::use_remembered_open::remembered_open;
use super::view_state::{focus_of, initial_view};
use super::{use_explainer, ViewState};

/// The fragment of the current URL, without `#` (empty on the server).
pub fn current_fragment() -> String {
    leptos::prelude::location_hash().unwrap_or_default()
}

/// Wires the view to the URL. Call once, in the app.
pub fn use_url_sync() {
    let context = use_explainer();
    let (view, data) = (context.view, context.data);

    // After hydration: the shared link's view, else the remembered one.
    Effect::new(move |_| {
        let fragment = current_fragment();
        let initial = initial_view(&fragment, remembered_open(), data);
        let focus = initial.focus.clone();
        if !initial.is_default() {
            view.set(initial);
        }
        // The browser scrolled to a plain `#id` itself; a whole view state
        // names no element, so that scroll is ours. Either way the reader's
        // next Tab should start inside the item.
        if let Some(focus) = focus {
            reveal(focus);
        }
        // Only from now on is the view mirrored to the URL: the load leaves
        // the URL as the reader typed it.
        mirror_to_url(view);
    });

    // URL → view: links followed, Back and Forward. (A no-op on the server.)
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let fragment = current_fragment();
        let next = view.with_untracked(|v| v.after_hash_change(&fragment, data));
        if view.with_untracked(|v| *v != next) {
            let focus = next
                .focus
                .clone()
                .filter(|f| focus_of(&fragment) == Some(f));
            view.set(next);
            // A followed link may have cleared a filter that hid its target,
            // or opened it: show it once the page has caught up.
            if let Some(focus) = focus {
                reveal(focus);
            }
        } else {
            // The view stays (a link to a source note, junk): the URL must
            // still say what the page shows, so a shared link restores it.
            let wanted = view.with_untracked(|v| v.fragment_after_link(&fragment, data));
            if wanted != fragment {
                write_url(&wanted, false);
            }
            // The browser scrolled to the target (a region, a note, the top)
            // but leaves focus behind; some screen readers then carry on
            // from the link. Focus the target, as `reveal` does.
            if let Some(element) =
                focus_of(&fragment).and_then(|id| document().get_element_by_id(id))
            {
                focus_in_place(&element);
            }
        }
    });
    on_cleanup(move || listener.remove());
}

/// View → URL, on every change after this call. Changing the focus adds a
/// history entry; anything else replaces the current one.
fn mirror_to_url(view: RwSignal<ViewState>) {
    Effect::watch(
        move || view.with(|v| v.to_fragment()),
        move |fragment, _, _| {
            let current = current_fragment();
            if *fragment != current {
                write_url(fragment, focus_of(&current) != focus_of(fragment));
            }
        },
        false,
    );
}

/// Puts `fragment` in the URL, as a new history entry or in place of the
/// current one, without a `hashchange`.
fn write_url(fragment: &str, new_entry: bool) {
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
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Brings an item into view and moves focus to it, once the view's change
/// has reached the page (the next frame): the browser cannot when the
/// fragment is a whole view state, or when the item was hidden by a filter
/// as the link was followed. Focus on the item means the reader's next Tab
/// reaches the first control inside it.
pub fn reveal(id: String) {
    request_animation_frame(move || {
        let Some(element) = document().get_element_by_id(&id) else {
            return;
        };
        element.scroll_into_view();
        focus_in_place(&element);
    });
}

/// Moves focus to `element` where it is, making it focusable first if it is
/// not a control.
fn focus_in_place(element: &web_sys::Element) {
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
