use leptos::prelude::*;

use super::attrs::{aria_bool, hidden_unless};
use crate::state::Disclosure;

/// The button in an expandable item's heading (sections, goals): native
/// `<button>` for Enter and Space, `aria-expanded` from the disclosure's memo.
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
            class="disclosure-button"
            aria-expanded=aria_bool(disclosure.expanded)
            aria-controls=controls
            on:click=move |_| disclosure.toggle.run(())
        >
            {label}
        </button>
    }
}

/// The panel a [`DisclosureButton`] shows and hides. Collapsed, it is
/// `hidden="until-found"`, so find-in-page still reaches its text and opens it.
#[component]
pub fn DisclosurePanel<C: IntoView + 'static>(
    disclosure: Disclosure,
    id: String,
    class: &'static str,
    // Typed, not boxed into `AnyView`: keeps type erasure (and its wasm) out.
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

/// Marks an item linked to what the reader selected, in words as well as colour.
#[component]
pub fn LinkedTag(related: Memo<bool>) -> impl IntoView {
    view! { <span class="tag tag--linked" hidden=hidden_unless(related)>"Linked to your selection"</span> }
}
