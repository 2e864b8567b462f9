use leptos::prelude::*;

use super::attrs::aria_bool;
use crate::state::Disclosure;

/// The button in an expandable item's heading (sections, goals): native
/// `<button>` for Enter and Space, `aria-expanded` from the disclosure's memo.
///
/// Without scripts the button could not do anything, so the page styles
/// show the plain title beside it instead (`.js-only` / `.no-js-only`).
#[component]
pub fn DisclosureButton(
    disclosure: Disclosure,
    /// The button's own id.
    id: String,
    /// The id of the panel it shows and hides.
    controls: String,
    label: &'static str,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class="disclosure-button js-only"
            aria-expanded=aria_bool(disclosure.expanded)
            aria-controls=controls
            on:click=move |_| disclosure.toggle.run(())
        >
            {label}
        </button>
        <span class="no-js-only">{label}</span>
    }
}

/// The panel a [`DisclosureButton`] shows and hides. Collapsed, it is
/// `hidden="until-found"`, so find-in-page still reaches its text and opens
/// it; without scripts the page styles show it open.
#[component]
pub fn DisclosurePanel<C: IntoView + 'static>(
    disclosure: Disclosure,
    id: String,
    class: &'static str,
    // Typed rather than `Children`: boxing into `AnyView` would keep every
    // way of rendering the whole panel in the wasm (async hydration
    // included), which measured as most of its size.
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    view! {
        <div
            id=id
            class=class
            hidden=disclosure.hidden()
            on:beforematch=move |_: web_sys::Event| disclosure.open.run(())
        >
            {children()}
        </div>
    }
}
