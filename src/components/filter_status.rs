use leptos::prelude::*;

/// "Showing 4 of 18 events." — announced politely when a filter changes.
/// Seen only while a filter is on: with none, "Showing all 18 events." is
/// there for screen readers alone (the region stays, so clearing a filter is
/// announced too).
#[component]
pub fn FilterStatus(
    /// How many items pass the filter.
    #[prop(into)]
    shown: Signal<usize>,
    total: usize,
    /// Plural noun: "events", "goals".
    noun: &'static str,
) -> impl IntoView {
    view! {
        <p
            class="filter-status"
            class=("visually-hidden", move || shown.get() == total)
            role="status"
        >
            {move || {
                let shown = shown.get();
                if shown == total {
                    format!("Showing all {total} {noun}.")
                } else {
                    format!("Showing {shown} of {total} {noun}.")
                }
            }}
        </p>
    }
}
