#![cfg_attr(
    feature = "hydrate",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::prelude::*;

use super::attrs::hidden_unless;
use super::background_note::BackgroundNotes;
use super::citation::Cite;
use super::disclosure_button::{DisclosureButton, DisclosurePanel};
use super::linked_tag::LinkedTag;
use super::prose::ProseParagraph;
use super::quote_block::QuoteBlock;
use super::static_content::prerendered;
use crate::data::{EventDate, Goal};
use crate::state::{use_disclosure, use_explainer};

/// One goal on the scorecard, a row read verdict first: the verdict (symbol
/// and word) and the title, which opens the details, make up the heading,
/// so heading navigation hears the verdict too; a one-line gist of why
/// follows. The reasoning, evidence, what to watch and links expand.
#[component]
pub fn GoalCard(goal: &'static Goal) -> impl IntoView {
    let context = use_explainer();
    let id: &'static str = &goal.id;
    let disclosure = use_disclosure(id);
    // Deep links and the timeline's selection still mark a goal; the goal
    // itself no longer selects (its links to events and section do the job).
    let focused = context.is_focused(id);
    let related = context.is_related(id);
    let shown = context.shows_goal(goal);
    let panel_id = format!("{id}-details");
    let verdict = goal.verdict;
    view! {
        <li
            id=id
            class="goal"
            class=("is-focused", focused)
            class=("is-related", related)
            hidden=hidden_unless(shown)
        >
            <h3 class="goal__title">
                {static_content!(span [class=prerendered(|| format!("verdict-badge verdict--{}", verdict.slug()))] {
                    view! {
                        <span class="verdict-symbol" aria-hidden="true">{verdict.symbol()}</span>
                        " " {verdict.label()}
                    }
                })}
                " "
                <DisclosureButton
                    disclosure
                    id=format!("{id}-button")
                    controls=panel_id.clone()
                    label=&goal.title
                />
            </h3>
            {static_content!(p [class="goal__gist"] { &*goal.gist })}
            <LinkedTag related />
            <DisclosurePanel disclosure id=panel_id class="goal__details">
                <GoalDetails goal />
            </DisclosurePanel>
        </li>
    }
}

/// The aim, the reasoning, the evidence, what to watch, and links to the
/// goal's events and section.
#[component]
fn GoalDetails(goal: &'static Goal) -> impl IntoView {
    static_content!(div [class="goal__content"] {
        let data = use_explainer().data;
        let aim = goal.stated_aim.as_ref().map(|aim| {
            view! {
                <h4>"The aim in their words"</h4>
                <QuoteBlock quote=aim />
            }
        });
        let evidence = goal
            .evidence
            .iter()
            .map(|evidence| {
                view! { <li><q>{&*evidence.quote}</q> " " <Cite label=&evidence.cite /></li> }
            })
            .collect_view();
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
                            <span class="goal__event-date">{date}</span> " " {&*event.title}
                        </a>
                    </li>
                }
            })
            .collect_view();
        let section = data
            .sections
            .iter()
            .find(|s| s.id == goal.section)
            .map(|section| {
                view! {
                    <p class="goal__section">
                        "Discussed in " <a href=format!("#{}", section.id)>{&*section.title}</a> "."
                    </p>
                }
            });
        view! {
            {aim}
            <h4>"Why this verdict"</h4>
            <ProseParagraph text=&goal.reasoning />
            <BackgroundNotes notes=&goal.background />
            <h4>"Evidence"</h4>
            <ul class="goal__evidence">{evidence}</ul>
            <h4>"What would change this verdict"</h4>
            <ProseParagraph text=&goal.watch />
            <h4>"On the timeline"</h4>
            <ul class="goal__events">{events}</ul>
            {section}
        }
    })
}
