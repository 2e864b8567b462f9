use leptos::prelude::*;

use super::current_part_bar::CurrentPartBar;
use super::glossary::Glossary;
use super::masthead::Masthead;
use super::page_nav::PageNav;
use super::people_list::PeopleList;
use super::popovers::{use_hover_popovers, Popovers};
use super::scorecard::Scorecard;
use super::section_list::SectionList;
use super::source_notes::SourceNotes;
use super::timeline::Timeline;
use crate::data::Explainer;
use crate::state::{use_current_part, use_remembered_open, use_url_sync, ExplainerContext};

/// The whole explainer: masthead, scorecard, timeline, sections, people,
/// glossary and source notes. Rendered to HTML at build time (and mounted
/// whole by the component tests). It renders the default view; the URL's
/// view is applied once the page is live.
///
/// The browser does not hydrate `App` as one: it hydrates only the pieces a
/// reader can change, a few at a time (`live_pieces`, `src/main.rs`); the rest of the
/// page is static HTML that needs no code in the browser.
#[component]
pub fn App(data: &'static Explainer) -> impl IntoView {
    ExplainerContext::provide(data);
    use_page_behaviour();
    view! {
        <a class="skip-link" href="#scorecard">"Skip to the scorecard"</a>
        <Masthead />
        <PageNav />
        <CurrentPartBar />
        <main id="main" class="page">
            <Scorecard />
            <Timeline />
            <SectionList />
            <PeopleList />
            <Glossary />
            <SourceNotes />
            <Popovers />
        </main>
    }
}

/// What the page does as a whole, beyond its parts: keep the URL and the
/// view in step, remember open sections, open popovers on hover, name the
/// part being read in the bar at the top, and mark
/// the page as live (`data-hydrated` on `<html>`, which the e2e tests wait
/// for). In the browser this starts once every part is hydrated.
pub fn use_page_behaviour() {
    use_url_sync();
    use_remembered_open();
    use_hover_popovers();
    use_current_part();
    Effect::new(|_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "");
        }
    });
}
