//! Work that answers a click but need not be in the frame that acknowledges it.

use std::time::Duration;

use leptos::prelude::*;

/// Runs `f` after the browser has painted its next frame: a
/// `requestAnimationFrame` callback runs just before that paint, and a task
/// queued from it runs after.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// A copy of `source` that follows it one painted frame later (as React's
/// `useDeferredValue` does): the control the reader pressed shows its new
/// state at once, and what the change reveals or hides, which can take more
/// than a frame to lay out on a slow phone, updates in the frame after.
pub fn use_after_paint<T>(source: Memo<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (value, set_value) = signal(source.get_untracked());
    Effect::new(move |_| {
        let next = source.get();
        after_next_paint(move || {
            // Only a real change notifies; the app may be gone by now.
            if value.try_with_untracked(|v| *v != next) == Some(true) {
                set_value.try_set(next);
            }
        });
    });
    value
}
