use leptos::prelude::*;

use super::attrs::hidden_unless;

/// Marks an item linked to what the reader selected, in words as well as colour.
#[component]
pub fn LinkedTag(related: Memo<bool>) -> impl IntoView {
    view! { <span class="tag tag--linked" hidden=hidden_unless(related)>"Linked to your selection"</span> }
}
