use leptos::prelude::*;

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
            aria-expanded=disclosure.aria_expanded()
            aria-controls=controls
            on:click=move |_| disclosure.toggle.run(())
        >
            {label}
        </button>
    }
}
