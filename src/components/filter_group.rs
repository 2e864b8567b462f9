use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A labelled group of filter toggle buttons (`<li>` children), with a button
/// that clears the filter while any is on. Filters need scripts, so the
/// whole group is `.js-only`.
#[component]
pub fn FilterGroup<C: IntoView + 'static>(
    /// Id of the visible label, which names the group for assistive technology.
    label_id: &'static str,
    label: &'static str,
    /// Whether any filter is on.
    #[prop(into)]
    active: Signal<bool>,
    clear_label: &'static str,
    on_clear: Callback<()>,
    // Typed, not `Children`: see `DisclosurePanel`.
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    let buttons = NodeRef::<leptos::html::Ul>::new();
    // The clear button hides itself once nothing is filtered: focus moves to
    // the group's first filter, not to the top of the page.
    let clear = move |_| {
        on_clear.run(());
        if let Some(first) = buttons
            .get_untracked()
            .and_then(|list| list.query_selector("button").ok().flatten())
            .and_then(|first| first.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = first.focus();
        }
    };
    view! {
        <div class="filter-group js-only" role="group" aria-labelledby=label_id>
            <span id=label_id class="filter-group__label">{label}</span>
            <ul class="filter-group__buttons" node_ref=buttons>{children()}</ul>
            <button
                type="button"
                class="text-button"
                hidden=move || !active.get()
                on:click=clear
            >
                {clear_label}
            </button>
        </div>
    }
}
