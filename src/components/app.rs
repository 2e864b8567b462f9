use leptos::prelude::*;

use super::deferred::Deferred;
use super::glossary::{Glossary, PeopleList};
use super::page_nav::PageNav;
use super::popovers::{use_hover_popovers, Popovers};
use super::scorecard::Scorecard;
use super::section_list::SectionList;
use super::source_notes::SourceNotes;
use super::timeline::Timeline;
use crate::data::Explainer;
use crate::state::use_url_sync::use_url_sync;
use crate::state::{ExplainerContext, ViewState};

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
