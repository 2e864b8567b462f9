#![cfg_attr(
    feature = "hydrate",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::prelude::*;

use super::background_note::BackgroundNotes;
use super::citation::Cites;
use super::disclosure_button::{DisclosureButton, DisclosurePanel};
use super::goal_link::GoalLink;
use super::linked_tag::LinkedTag;
use super::prose::ProseParagraph;
use super::quote_block::QuoteBlock;
use super::yellow_sea_map::YellowSeaMap;
use crate::data::Section;
use crate::state::{use_disclosure, use_explainer};

/// One accordion item (WAI-ARIA accordion pattern): the heading's button
/// toggles the panel; the takeaway stays visible when collapsed.
#[component]
pub fn ExplainerSection(section: &'static Section) -> impl IntoView {
    let context = use_explainer();
    let id: &'static str = &section.id;
    let disclosure = use_disclosure(id);
    let related = context.is_related(id);
    let focused = context.is_focused(id);
    let panel_id = format!("{id}-panel");
    view! {
        <div
            id=id
            class="explainer-section"
            class=("is-related", related)
            class=("is-focused", focused)
        >
            <h3 class="explainer-section__heading">
                <DisclosureButton
                    disclosure
                    id=format!("{id}-button")
                    controls=panel_id.clone()
                    label=&section.title
                />
            </h3>
            <p class="explainer-section__takeaway">
                <Takeaway section /> " " <LinkedTag related />
            </p>
            <DisclosurePanel disclosure id=panel_id class="explainer-section__panel">
                <SectionPanel section />
            </DisclosurePanel>
        </div>
    }
}

/// The section's retelling, background, quotations, goals and sources.
#[component]
fn SectionPanel(section: &'static Section) -> impl IntoView {
    static_content!(div [class="explainer-section__content"] {
        let data = use_explainer().data;
        let body = section
            .body
            .iter()
            .map(|text| view! { <ProseParagraph text /> })
            .collect_view();
        let quotes = section
            .quotes
            .iter()
            .map(|quote| view! { <QuoteBlock quote /> })
            .collect_view();
        let goals: Vec<_> = data.goals_in_section(&section.id).collect();
        let goals = (!goals.is_empty()).then(|| {
            view! {
                <div class="explainer-section__goals">
                    <h4>"Goals discussed here"</h4>
                    <ul>{goals.into_iter().map(|goal| view! { <GoalLink goal /> }).collect_view()}</ul>
                </div>
            }
        });
        let figure = section.figure.as_deref().and_then(|figure| match figure {
            "yellow-sea-map" => Some(view! { <YellowSeaMap /> }),
            _ => None,
        });
        view! {
            {body}
            {figure}
            <BackgroundNotes notes=&section.background />
            {quotes}
            {goals}
            <p class="explainer-section__sources">"Drawn from " <Cites labels=&section.citations /></p>
        }
    })
}

/// The one line shown while the section is collapsed. Static content: see
/// `static_content`.
#[component]
fn Takeaway(section: &'static Section) -> impl IntoView {
    static_content!(span [class="explainer-section__takeaway-text"] {
        view! { {&*section.takeaway} " " <Cites labels=&section.citations /> }
    })
}
