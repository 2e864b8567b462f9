use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

/// Renders its children in a browser task of their own (a `setTimeout`), so
/// the browser can take input and paint between the parts of the page.
///
/// The page is long, and building all of it in one task (with V8 compiling
/// each wasm function the first time it runs) blocked the main thread for
/// 90-180 ms on a fast machine, several times that on a phone. Every part goes
/// through this, one task each, in the order the app declares them. In a
/// server render (not used yet) there is no task to wait for: this would
/// render its children in place.
#[component]
pub fn Deferred<V: IntoView + 'static>(
    /// Names the part for styles and tests: `data-part` on the container.
    part: &'static str,
    children: TypedChildren<V>,
) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    let children = StoredValue::new_local(Some(children.into_inner()));
    // The part's DOM state: kept while the app lives, so its listeners and
    // effects stay attached; dropped with the app.
    let rendered = StoredValue::new_local(None::<<View<V> as Render>::State>);
    // Weak: the effect below belongs to this owner, so a strong reference back
    // to it would be a cycle, and the owner could never be dropped.
    let owner = Owner::current().map(|owner| owner.downgrade());
    Effect::new(move |_| {
        let owner = owner.clone();
        let render = move || {
            let (Some(parent), Some(children)) = (
                container.get_untracked(),
                children.try_update_value(Option::take).flatten(),
            ) else {
                return;
            };
            // Built under the component's owner, so context reaches the part
            // and its effects end with the app.
            let build = move || {
                let mut state = children().build();
                state.mount(&parent, None);
                state
            };
            let state = match owner.as_ref().map(WeakOwner::upgrade) {
                Some(Some(owner)) => owner.with(build),
                Some(None) => return,
                None => build(),
            };
            rendered.set_value(Some(state));
        };
        if let Ok(timeout) = set_timeout_with_handle(render, Duration::ZERO) {
            on_cleanup(move || timeout.clear());
        }
    });
    view! { <div class="deferred" data-part=part node_ref=container></div> }
}
