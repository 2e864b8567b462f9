use leptos::prelude::*;

use super::citation::Cites;
use super::disclosure_button::{DisclosureButton, DisclosurePanel, LinkedTag};
use super::goal_link::GoalLink;
use super::quote_block::QuoteBlock;
use super::rich_text::{RichParagraphs, RichText};
use crate::data::Section;
use crate::state::{use_disclosure, use_explainer};

/// One accordion item (WAI-ARIA accordion pattern): the heading's button
/// toggles the panel; the takeaway stays visible when collapsed.
#[component]
pub fn ExplainerSection(section: &'static Section) -> impl IntoView {
    let context = use_explainer();
    let data = context.data;
    let id = section.id.as_str();
    let disclosure = use_disclosure(id);
    let related = context.is_related(id);
    let focused = context.is_focused(id);
    let panel_id = format!("{id}-panel");
    let goals = data
        .goals_in_section(id)
        .map(|goal| view! { <GoalLink goal /> })
        .collect_view();
    let has_goals = data.goals_in_section(id).next().is_some();
    view! {
        <div
            id=id
            class="explainer-section"
            class=("is-related", move || related.get())
            class=("is-focused", move || focused.get())
        >
            <h3 class="explainer-section__heading">
                <DisclosureButton
                    disclosure
                    id=format!("{id}-button")
                    controls=panel_id.clone()
                    label=section.title.as_str()
                />
            </h3>
            <p class="explainer-section__takeaway">
                {section.takeaway.as_str()} " " <Cites labels=&section.citations />
                " " <LinkedTag related />
            </p>
            <DisclosurePanel disclosure id=panel_id class="explainer-section__panel">
                <RichParagraphs paragraphs=&section.body />
                {(!section.background.is_empty()).then(|| view! {
                    <aside class="background-note" aria-label="Background">
                        <p class="background-note__label"><span class="tag tag--background">"Background"</span> " Context the analysis assumes, not drawn from it:"</p>
                        {section.background.iter().map(|p| view! { <p><RichText text=p.as_str() /></p> }).collect_view()}
                    </aside>
                })}
                {section.quotes.iter().map(|quote| view! { <QuoteBlock quote /> }).collect_view()}
                {has_goals.then(|| view! {
                    <div class="explainer-section__goals">
                        <h4>"Goals discussed here"</h4>
                        <ul>{goals}</ul>
                    </div>
                })}
                <p class="explainer-section__sources">"Drawn from " <Cites labels=&section.citations /></p>
            </DisclosurePanel>
        </div>
    }
}
