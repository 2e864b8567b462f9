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
use super::quote_block::{InlineQuote, QuoteBlock};
use super::yellow_sea_map::YellowSeaMap;
use crate::data::lookup::QuotePlace;
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

/// The section's retelling, each quotation beside the paragraph it bears on,
/// then background, goals, sources and the way on.
#[component]
fn SectionPanel(section: &'static Section) -> impl IntoView {
    static_content!(div [class="explainer-section__content"] {
        let data = use_explainer().data;
        let places = section.quote_places();
        let body = section
            .body
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let quotes = section
                    .quotes
                    .iter()
                    .zip(&places)
                    .filter_map(move |(quote, place)| match *place {
                        QuotePlace::Pull { after } if after == i => {
                            Some(view! { <QuoteBlock quote /> }.into_any())
                        }
                        QuotePlace::Inline { after } if after == i => {
                            Some(view! { <InlineQuote quote /> }.into_any())
                        }
                        _ => None,
                    })
                    .collect_view();
                view! { <ProseParagraph text /> {quotes} }
            })
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
            {goals}
            <p class="explainer-section__sources">"Drawn from " <Cites labels=&section.citations /></p>
            <WayOn section />
        }
    })
}

/// Links at the end of an open panel, so a long read does not end in a
/// scroll back up: on to the next section (or, after the last, the people),
/// and back to this one's heading. Plain links: the URL sync opens the next
/// section and moves focus to it.
#[component]
fn WayOn(section: &'static Section) -> impl IntoView {
    let sections = &use_explainer().data.sections;
    let next = sections
        .iter()
        .skip_while(|s| s.id != section.id)
        .nth(1)
        .map_or(
            ("#people".to_owned(), "Next: Who's who".to_owned()),
            |next| {
                (
                    format!("#{}", next.id),
                    format!("Next section: {}", next.title),
                )
            },
        );
    view! {
        <p class="explainer-section__way-on">
            <a href=next.0>{next.1}</a>
            <a href=format!("#{}", section.id)>"Back to the start of this section"</a>
        </p>
    }
}

/// The one line shown while the section is collapsed, led by the verdicts
/// of the goals it discusses, so the analysis reads back to the scorecard.
/// Static content: see `static_content`.
#[component]
fn Takeaway(section: &'static Section) -> impl IntoView {
    static_content!(span [class="explainer-section__takeaway-text"] {
        let goals: Vec<_> = use_explainer().data.goals_in_section(&section.id).collect();
        let verdicts = (!goals.is_empty()).then(|| {
            let named: Vec<&str> = goals.iter().map(|g| g.verdict.label()).collect();
            view! {
                <span class="explainer-section__verdicts">
                    {goals
                        .iter()
                        .map(|g| {
                            view! {
                                <span class=format!("verdict--{}", g.verdict.slug()) aria-hidden="true">
                                    {g.verdict.symbol()}
                                </span>
                            }
                        })
                        .collect_view()}
                    <span class="visually-hidden">
                        {format!("Goals discussed here: {}.", named.join(", "))}
                    </span>
                </span>
                " "
            }
        });
        view! { {verdicts} {&*section.takeaway} " " <Cites labels=&section.citations /> }
    })
}
