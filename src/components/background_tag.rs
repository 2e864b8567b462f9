use leptos::prelude::*;

/// Marks context the analysis assumes rather than reports.
#[component]
pub fn BackgroundTag() -> impl IntoView {
    view! { <span class="tag tag--background">"Background"</span> }
}
