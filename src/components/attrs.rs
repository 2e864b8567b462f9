//! Reactive attribute values used across many views.
//!
//! Each helper returns one closure type wherever it is called, so the wasm
//! holds one copy of the code that builds and updates that kind of attribute
//! (a closure written in place is a new type, with its own copy, each time).

use leptos::prelude::*;

/// `"true"`/`"false"` for `aria-pressed` and `aria-expanded`.
pub fn aria_bool(on: Memo<bool>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || if on.get() { "true" } else { "false" }
}

/// `hidden` unless `shown` holds.
pub fn hidden_unless(shown: Memo<bool>) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    move || !shown.get()
}
