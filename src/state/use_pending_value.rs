//! Clicks that answer at once and finish a frame later.
//!
//! Opening every section or filtering the timeline lays out much of the page,
//! which takes longer than a frame on a slow phone. The control the reader
//! pressed should not wait for that to look pressed: it shows its new state
//! in the very next paint, and the view follows in the frame after.

use std::time::Duration;

use leptos::prelude::*;

/// Runs `f` after the browser has painted its next frame: a
/// `requestAnimationFrame` callback runs just before that paint, and a task
/// queued from it runs after.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// A value the reader changes with a click, applied after the next paint.
pub struct PendingValue<T: Send + Sync + 'static> {
    current: Memo<T>,
    /// Set by a click, cleared once the view has caught up.
    requested: RwSignal<Option<T>>,
    apply: StoredValue<Box<dyn Fn(T) + Send + Sync>>,
}

// By hand: a derive would require `T: Copy`, but only handles are copied.
impl<T: Send + Sync + 'static> Clone for PendingValue<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for PendingValue<T> {}

/// `current` read from the view; `apply` writes a new value into it.
pub fn use_pending_value<T>(
    current: Memo<T>,
    apply: impl Fn(T) + Send + Sync + 'static,
) -> PendingValue<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    PendingValue {
        current,
        requested: RwSignal::new(None),
        apply: StoredValue::new(Box::new(apply)),
    }
}

impl<T> PendingValue<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    /// What the controls show: the value last asked for, else the view's.
    pub fn get(&self) -> T {
        self.requested.get().unwrap_or_else(|| self.current.get())
    }

    /// As [`get`](Self::get), without subscribing (for click handlers).
    pub fn get_untracked(&self) -> T {
        self.requested
            .get_untracked()
            .unwrap_or_else(|| self.current.get_untracked())
    }

    /// Changes what the controls show, as [`set`](Self::set) does.
    pub fn update(&self, change: impl FnOnce(&mut T)) {
        let mut next = self.get_untracked();
        change(&mut next);
        self.set(next);
    }

    /// Shows `next` at once and applies it to the view after the next paint.
    /// A later request made meanwhile wins, in the controls and the view.
    pub fn set(&self, next: T) {
        let (requested, apply) = (self.requested, self.apply);
        requested.set(Some(next.clone()));
        after_next_paint(move || {
            // The app may be gone by now: every access is a `try_`.
            apply.try_with_value(|apply| apply(next.clone()));
            requested.try_maybe_update(|r| {
                let caught_up = r.as_ref() == Some(&next);
                if caught_up {
                    *r = None;
                }
                (caught_up, ())
            });
        });
    }
}
