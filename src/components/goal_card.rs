use leptos::prelude::*;

use super::citation::Cite;
use super::disclosure_button::{DisclosureButton, DisclosurePanel, LinkedTag};
use super::quote_block::QuoteBlock;
use super::rich_text::RichText;
use super::verdict_tally::VerdictBadge;
use crate::data::{EventDate, Goal};
use crate::state::{use_disclosure, use_explainer};

/// One goal on the scorecard: title and verdict always visible; reasoning,
/// evidence, what to watch and links expand.
#[component]
pub fn GoalCard(goal: &'static Goal) -> impl IntoView {
    let context = use_explainer();
    let (data, view) = (context.data, context.view);
    let id = goal.id.as_str();
    let disclosure = use_disclosure(id);
    let focused = context.is_focused(id);
    let related = context.is_related(id);
    let filtered_out = move || view.with(|v| !v.shows_verdict(goal.verdict));
    let panel_id = format!("{id}-details");
    let section = data.sections.iter().find(|s| s.id == goal.section);
    let events = goal
        .events
        .iter()
        .filter_map(|e| data.event(e))
        .map(|event| {
            let date = EventDate::parse(&event.date)
                .map(|d| d.to_string())
                .unwrap_or_default();
            view! {
                <li>
                    <a href=format!("#{}", event.id)>
                        <span class="goal__event-date">{date}</span> " " {event.title.as_str()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <li
            id=id
            class="goal"
            class=("is-focused", move || focused.get())
            class=("is-related", move || related.get())
            data-verdict=goal.verdict.slug()
            hidden=filtered_out
        >
            <div class="goal__summary">
                <h3 class="goal__title">
                    <DisclosureButton
                        disclosure
                        id=format!("{id}-button")
                        controls=panel_id.clone()
                        label=goal.title.as_str()
                    />
                </h3>
                <VerdictBadge verdict=goal.verdict />
                <LinkedTag related />
            </div>
            <DisclosurePanel disclosure id=panel_id class="goal__details">
                {goal.stated_aim.as_ref().map(|aim| view! {
                    <h4>"The aim in their words"</h4>
                    <QuoteBlock quote=aim />
                })}
                <h4>"Why this verdict"</h4>
                <p><RichText text=goal.reasoning.as_str() /></p>
                <h4>"Evidence"</h4>
                <ul class="goal__evidence">
                    {goal.evidence.iter().map(|e| view! {
                        <li>
                            <q>{e.quote.as_str()}</q> " " <Cite label=e.cite.as_str() />
                        </li>
                    }).collect_view()}
                </ul>
                <h4>"What would change this verdict"</h4>
                <p><RichText text=goal.watch.as_str() /></p>
                <h4>"On the timeline"</h4>
                <ul class="goal__events">{events}</ul>
                {section.map(|s| view! {
                    <p class="goal__section">
                        "Discussed in " <a href=format!("#{}", s.id)>{s.title.as_str()}</a> "."
                    </p>
                })}
                <button
                    type="button"
                    class="select-button"
                    aria-pressed=move || focused.get().to_string()
                    on:click=move |_| view.update(|v| v.toggle_selection(id))
                >
                    {move || if focused.get() { "Stop highlighting" } else { "Highlight its events and section" }}
                </button>
            </DisclosurePanel>
        </li>
    }
}
