//! The browser app: hydrates the page that `prerender` wrote into
//! `index.html`, attaching the interactions to the DOM that is already there.
//!
//! Only the parts a reader can change hydrate: the scorecard, the timeline
//! and the sections. Everything else (masthead, people, glossary, source
//! notes, popovers) is static HTML and needs no code here. Each part hydrates
//! in a task of its own, so the page never stops answering for the whole of
//! it; the URL's view and the page-wide behaviour start after the last part.

use std::sync::Arc;

use china_rok_explainer::components::app::use_page_behaviour;
use china_rok_explainer::components::scorecard::Scorecard;
use china_rok_explainer::components::section_list::SectionList;
use china_rok_explainer::components::timeline::Timeline;
use china_rok_explainer::data::Explainer;
use china_rok_explainer::state::ExplainerContext;
use gloo_timers::future::TimeoutFuture;
use hydration_context::HydrateSharedContext;
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::{Position, PositionState, RenderHtml};

fn main() {
    console_error_panic_hook::set_once();
    // As `leptos::mount::hydrate_from` does: the executor that runs effects,
    // and a root owner that knows it is hydrating.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new_root(Some(Arc::new(HydrateSharedContext::new())));
    owner.with(|| ExplainerContext::provide(Explainer::embedded()));
    leptos::task::spawn_local(hydrate_parts(owner));
}

async fn hydrate_parts(owner: Owner) {
    hydrate_part(&owner, "scorecard", || view! { <Scorecard /> }).await;
    hydrate_part(&owner, "timeline", || view! { <Timeline /> }).await;
    hydrate_part(&owner, "sections", || view! { <SectionList /> }).await;
    TimeoutFuture::new(0).await;
    owner.with(use_page_behaviour);
    if let Some(shared) = owner.shared_context() {
        shared.hydration_complete();
    }
    // The page lives as long as the tab: its owner is never cleaned up.
    std::mem::forget(owner);
}

/// Yields to the browser, then hydrates the element `id` as the root of
/// `part`. A page without that element (a broken deployment) keeps it as
/// static HTML.
async fn hydrate_part<V: IntoView>(owner: &Owner, id: &str, part: impl FnOnce() -> V) {
    TimeoutFuture::new(0).await;
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    let state = owner.with(|| {
        part().into_view().hydrate::<true>(
            &Cursor::new(element),
            &PositionState::new(Position::Current),
        )
    });
    // Its listeners and effects stay for the page's life.
    std::mem::forget(state);
}
