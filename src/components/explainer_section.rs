use leptos::prelude::*;

use super::citation::write_cites;
use super::disclosure_button::{DisclosureButton, DisclosurePanel, LinkedTag};
use super::goal_link::write_goal_link;
use super::html::{html, Html};
use super::quote_block::write_quote;
use super::rich_text::write_rich_paragraph;
use crate::data::{Explainer, Section};
use crate::state::{use_disclosure, use_explainer};

/// One accordion item (WAI-ARIA accordion pattern): the heading's button
/// toggles the panel; the takeaway stays visible when collapsed.
#[component]
pub fn ExplainerSection(section: &'static Section) -> impl IntoView {
    let context = use_explainer();
    let data = context.data;
    let id: &'static str = &section.id;
    let disclosure = use_disclosure(id);
    let related = context.is_related(id);
    let focused = context.is_focused(id);
    let panel_id = format!("{id}-panel");
    let takeaway = html(|h| {
        h.text(&section.takeaway).raw(" ");
        write_cites(h, data, &section.citations);
    });
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
                    label=&*section.title
                />
            </h3>
            <p class="explainer-section__takeaway">
                <span inner_html=takeaway></span> " " <LinkedTag related />
            </p>
            <DisclosurePanel disclosure id=panel_id class="explainer-section__panel">
                <div inner_html=html(|h| write_panel(h, data, section))></div>
            </DisclosurePanel>
        </div>
    }
}

/// The section's retelling, background, quotations, goals and sources.
fn write_panel(h: &mut Html, data: &Explainer, section: &Section) {
    for paragraph in section.body.iter() {
        write_rich_paragraph(h, data, paragraph);
    }
    if !section.background.is_empty() {
        h.raw(
            "<aside class=\"background-note\" aria-label=\"Background\">\
             <p class=\"background-note__label\"><span class=\"tag tag--background\">Background</span> \
             Context the analysis assumes, not drawn from it:</p>",
        );
        for background in section.background.iter() {
            write_rich_paragraph(h, data, &background.text);
        }
        h.close("aside");
    }
    for quote in section.quotes.iter() {
        write_quote(h, data, quote);
    }
    let mut goals = data.goals_in_section(&section.id).peekable();
    if goals.peek().is_some() {
        h.raw("<div class=\"explainer-section__goals\"><h4>Goals discussed here</h4><ul>");
        for goal in goals {
            write_goal_link(h, goal);
        }
        h.raw("</ul></div>");
    }
    h.raw("<p class=\"explainer-section__sources\">Drawn from ");
    write_cites(h, data, &section.citations);
    h.close("p");
}
