//! Renders a long page in steps, so no single task blocks input for long.

use std::time::Duration;

use leptos::prelude::*;

/// Starts at stage 0 and moves one stage further per macrotask until `last`.
/// The first stage paints at once; each later one waits for the browser to
/// have had a turn (input, paint) since the previous one.
pub fn use_staged_render(last: u8) -> ReadSignal<u8> {
    let (stage, set_stage) = signal(0u8);
    Effect::new(move |_| {
        let current = stage.get();
        if current < last {
            set_timeout(move || set_stage.set(current + 1), Duration::ZERO);
        }
    });
    stage
}
