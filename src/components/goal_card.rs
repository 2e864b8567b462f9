use leptos::prelude::*;

use super::attrs::aria_bool;
use super::citation::write_cite;
use super::disclosure_button::{DisclosureButton, DisclosurePanel, LinkedTag};
use super::html::{html, Html};
use super::quote_block::write_quote;
use super::rich_text::write_rich_paragraph;
use super::verdict_tally::VerdictBadge;
use crate::data::{EventDate, Explainer, Goal};
use crate::state::{use_disclosure, use_explainer};

/// One goal on the scorecard: title and verdict always visible; reasoning,
/// evidence, what to watch and links expand.
#[component]
pub fn GoalCard(goal: &'static Goal) -> impl IntoView {
    let context = use_explainer();
    let (data, view) = (context.data, context.view);
    let id: &'static str = &goal.id;
    let disclosure = use_disclosure(id);
    let focused = context.is_focused(id);
    let related = context.is_related(id);
    let filtered_out = move || view.with(|v| !v.shows_verdict(goal.verdict));
    let panel_id = format!("{id}-details");
    view! {
        <li
            id=id
            class="goal"
            class=("is-focused", focused)
            class=("is-related", related)
            data-verdict=goal.verdict.slug()
            hidden=filtered_out
        >
            <div class="goal__summary">
                <h3 class="goal__title">
                    <DisclosureButton
                        disclosure
                        id=format!("{id}-button")
                        controls=panel_id.clone()
                        label=&*goal.title
                    />
                </h3>
                <VerdictBadge verdict=goal.verdict />
                <LinkedTag related />
            </div>
            <DisclosurePanel disclosure id=panel_id class="goal__details">
                <div inner_html=html(|h| write_details(h, data, goal))></div>
                <button
                    type="button"
                    class="select-button"
                    aria-pressed=aria_bool(focused)
                    on:click=move |_| view.update(|v| v.toggle_selection(id))
                >
                    {move || if focused.get() { "Stop highlighting" } else { "Highlight its events and section" }}
                </button>
            </DisclosurePanel>
        </li>
    }
}

/// The aim, the reasoning, the evidence, what to watch, and links to the
/// goal's events and section.
fn write_details(h: &mut Html, data: &Explainer, goal: &Goal) {
    if let Some(aim) = &goal.stated_aim {
        h.raw("<h4>The aim in their words</h4>");
        write_quote(h, data, aim);
    }
    h.raw("<h4>Why this verdict</h4>");
    write_rich_paragraph(h, data, &goal.reasoning);
    h.raw("<h4>Evidence</h4><ul class=\"goal__evidence\">");
    for evidence in goal.evidence.iter() {
        h.raw("<li>").element("q", &[], &evidence.quote).raw(" ");
        write_cite(h, data, &evidence.cite);
        h.close("li");
    }
    h.raw("</ul><h4>What would change this verdict</h4>");
    write_rich_paragraph(h, data, &goal.watch);
    h.raw("<h4>On the timeline</h4><ul class=\"goal__events\">");
    for event in goal.events.iter().filter_map(|e| data.event(e)) {
        let date = EventDate::parse(&event.date)
            .map(|d| d.to_string())
            .unwrap_or_default();
        h.raw("<li>")
            .open("a", &[("href", &format!("#{}", event.id))])
            .element("span", &[("class", "goal__event-date")], &date)
            .raw(" ")
            .text(&event.title)
            .raw("</a></li>");
    }
    h.raw("</ul>");
    if let Some(section) = data.sections.iter().find(|s| s.id == goal.section) {
        h.raw("<p class=\"goal__section\">Discussed in ")
            .link_to(&section.id, &section.title)
            .raw(".</p>");
    }
}
