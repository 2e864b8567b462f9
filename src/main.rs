//! The browser app: hydrates the page that `prerender` wrote into
//! `index.html`, attaching the interactions to the DOM that is already there.
//!
//! Only the pieces a reader can change hydrate (`LivePiece::all`: each goal
//! and the tally, each event, the overview and the theme filter, each section
//! and "Show all sections"); the rest of the page is static HTML that needs no code here.
//! They hydrate a few at a time, each batch in a task of its own that ends
//! after `TASK_BUDGET_MS`, so the page keeps answering while it comes alive
//! (one tree for the whole page, or even for a whole region, was a task of
//! 50 to 100 ms at a 4x CPU slowdown). The URL's view and the page-wide behaviour
//! start after the last piece.

use std::sync::Arc;

use china_rok_explainer::components::app::use_page_behaviour;
use china_rok_explainer::components::live_pieces::LivePiece;
use china_rok_explainer::data::Explainer;
use china_rok_explainer::state::ExplainerContext;
use gloo_timers::future::TimeoutFuture;
use hydration_context::HydrateSharedContext;
use leptos::prelude::*;

/// How long one batch of hydration may run before it yields to the page.
/// A task is "long" from 50 ms; the budget leaves room for the piece that
/// crosses it, for the effects that run after the batch, and for a device
/// slower than the one whose clock measured it (Lighthouse times the page on
/// a fast machine and scales each task by four).
const TASK_BUDGET_MS: f64 = 5.0;

fn main() {
    console_error_panic_hook::set_once();
    // The task that runs `main` has just compiled and instantiated the wasm:
    // the app starts in a task of its own.
    gloo_timers::callback::Timeout::new(0, start).forget();
}

fn start() {
    // As `leptos::mount::hydrate_from` does: the executor that runs effects,
    // and a root owner that knows it is hydrating.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new_root(Some(Arc::new(HydrateSharedContext::new())));
    let data = Explainer::embedded();
    owner.with(|| ExplainerContext::provide(data));
    leptos::task::spawn_local(hydrate_page(owner, data));
}

async fn hydrate_page(owner: Owner, data: &'static Explainer) {
    let clock = window().performance();
    let now = || clock.as_ref().map_or(0.0, |clock| clock.now());
    let mut batch_started = f64::NEG_INFINITY;
    for piece in LivePiece::all(data) {
        if now() - batch_started > TASK_BUDGET_MS {
            TimeoutFuture::new(0).await;
            batch_started = now();
        }
        owner.with(|| piece.hydrate());
    }
    TimeoutFuture::new(0).await;
    owner.with(use_page_behaviour);
    if let Some(shared) = owner.shared_context() {
        shared.hydration_complete();
    }
    // The page lives as long as the tab: its owner is never cleaned up.
    std::mem::forget(owner);
}
