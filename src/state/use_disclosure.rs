//! Open/closed state of one expandable item (a section or a goal), kept in the view.

use leptos::prelude::*;

use super::use_explainer;

/// An expandable item's state, derived from the shared view.
#[derive(Clone, Copy)]
pub struct Disclosure {
    pub expanded: Memo<bool>,
    /// Opens a closed item and closes an open one (the heading button's click).
    pub toggle: Callback<()>,
    /// Opens without toggling (for `beforematch`, when find-in-page reaches hidden text).
    pub open: Callback<()>,
}

/// Open state of the item `id`, for the WAI-ARIA disclosure and accordion patterns.
pub fn use_disclosure(id: &'static str) -> Disclosure {
    let context = use_explainer();
    Disclosure {
        expanded: context.is_open(id),
        toggle: Callback::new(move |()| context.toggle_open(id)),
        open: Callback::new(move |()| context.open_item(id)),
    }
}

impl Disclosure {
    /// `hidden` for the panel: `until-found` keeps collapsed text reachable by find-in-page.
    pub fn hidden(&self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        let expanded = self.expanded;
        move || (!expanded.get()).then_some("until-found")
    }
}
