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
use crate::state::{use_remembered_open, use_url_sync, ExplainerContext};

/// The whole explainer: masthead, scorecard, timeline, sections, people,
/// glossary and source notes. Rendered to HTML at build time and hydrated in
/// the browser, so it renders the default view; the URL's view is applied
/// after hydration.
#[component]
pub fn App(data: &'static Explainer) -> impl IntoView {
    ExplainerContext::provide(data);
    use_url_sync();
    use_remembered_open();
    use_hover_popovers();
    // Runs once hydration is done and the URL's view applied: the controls
    // work from here on (the e2e tests wait for this mark).
    Effect::new(|_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "");
        }
    });
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
