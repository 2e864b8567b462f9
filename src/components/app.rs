use leptos::either::Either;
use leptos::prelude::*;

use super::deferred::Deferred;
use super::error_panel::ErrorPanel;
use super::glossary::{Glossary, PeopleList};
use super::page_nav::PageNav;
use super::popovers::{use_hover_popovers, Popovers};
use super::scorecard::Scorecard;
use super::section_list::SectionList;
use super::source_notes::SourceNotes;
use super::timeline::Timeline;
use crate::data::{Explainer, LoadError};
use crate::state::use_url_sync::use_url_sync;
use crate::state::{ExplainerContext, ViewState};

/// The page as loaded: the explainer, or a clear error panel if the data is broken.
#[component]
pub fn Root(
    data: Result<&'static Explainer, &'static LoadError>,
    initial: ViewState,
) -> impl IntoView {
    match data {
        Ok(data) => Either::Left(view! { <App data initial /> }),
        Err(error) => Either::Right(view! { <ErrorPanel error /> }),
    }
}

/// The explainer below the masthead (which `index.html` paints statically):
/// scorecard, timeline, sections, people, glossary and source notes.
#[component]
pub fn App(data: &'static Explainer, initial: ViewState) -> impl IntoView {
    ExplainerContext::provide(data, initial);
    use_url_sync();
    use_hover_popovers();
    // Each part renders in a task of its own, in reading order, so no single
    // task blocks the main thread for long; the masthead above is static HTML.
    view! {
        <PageNav />
        <main id="main" class="page">
            <Deferred part="scorecard"><Scorecard /></Deferred>
            <Deferred part="timeline"><Timeline /></Deferred>
            <Deferred part="sections"><SectionList /></Deferred>
            <Deferred part="reference">
                <PeopleList />
                <Glossary />
                <SourceNotes />
                <Popovers />
            </Deferred>
        </main>
    }
}
