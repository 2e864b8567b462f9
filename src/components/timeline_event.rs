#![cfg_attr(
    feature = "hydrate",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::either::Either;
use leptos::prelude::*;

use super::attrs::hidden_unless;
use super::background_tag::BackgroundTag;
use super::citation::Cites;
use super::outside_sources::SourceRefs;
use super::prose::{PopoverTrigger, ProseParagraph};
use crate::data::{Event, EventDate};
use crate::state::use_explainer;

/// One entry on the timeline: its date (a link to the entry itself) and
/// title in one heading, so heading navigation hears the date; what
/// happened; one line of themes, people and sources; and the goals it bears
/// on with their verdicts, always shown. Only its class and `hidden` change
/// after start-up; the rest is static (see `static_content`).
#[component]
pub fn TimelineEvent(event: &'static Event) -> impl IntoView {
    let context = use_explainer();
    let id: &'static str = &event.id;
    let date = event.when();
    view! {
        <li
            id=id
            class="event"
            class=("event--background", event.background)
            class=("event--pending", date.is_pending())
            class=("is-focused", context.is_focused(id))
            hidden=hidden_unless(context.shows_event(event))
        >
            <EventHeading event date />
            <EventProse event />
        </li>
    }
}

/// "<date>: <title>", the date a permalink placed in the rail by CSS.
/// Static content: see `static_content`.
#[component]
fn EventHeading(event: &'static Event, date: EventDate) -> impl IntoView {
    static_content!(h4 [class="event__title"] {
        let when = match date.datetime() {
            Some(datetime) => Either::Left(view! { <time datetime=datetime>{date.to_string()}</time> }),
            // Said once: the group's heading is "Still to come".
            None => Either::Right("No date yet"),
        };
        view! {
            <a class="event__date" href=format!("#{}", event.id)>{when}</a>
            <span class="visually-hidden">": "</span>
            {&*event.title}
            {event.background.then(|| view! { " " <BackgroundTag /> })}
        }
    })
}

/// What happened; one meta line (themes, people not named in the prose,
/// paragraphs, outside sources); the goals it bears on. Static content: see
/// `static_content`.
#[component]
fn EventProse(event: &'static Event) -> impl IntoView {
    static_content!(div [class="event__prose"] {
        let data = use_explainer().data;
        let themes = event
            .themes
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join(" · ");
        let people = data.people_to_list(event);
        let people = (!people.is_empty()).then(|| {
            let last = people.len() - 1;
            view! {
                " · with "
                {people
                    .into_iter()
                    .enumerate()
                    .map(|(i, person)| view! {
                        <PopoverTrigger target=&person.id text=&person.name />
                        {(i < last).then_some(", ")}
                    })
                    .collect_view()}
            }
        });
        let goals = (!event.goals.is_empty()).then(|| {
            view! {
                <p class="event__goals">
                    "Bears on:"
                    {event
                        .goals
                        .iter()
                        .filter_map(|g| data.goal(g))
                        .map(|goal| {
                            let verdict = goal.verdict;
                            view! {
                                " "
                                <a
                                    class=format!("goal-chip verdict--{}", verdict.slug())
                                    href=format!("#{}", goal.id)
                                >
                                    <span class="verdict-symbol" aria-hidden="true">{verdict.symbol()}</span>
                                    " "
                                    {&*goal.short}
                                    <span class="visually-hidden">{format!(" ({})", verdict.label())}</span>
                                </a>
                            }
                        })
                        .collect_view()}
                </p>
            }
        });
        view! {
            <ProseParagraph text=&event.description />
            <p class="event__meta">
                <span class="visually-hidden">"Themes: "</span>
                {themes}
                {people}
                " "
                <Cites labels=&event.citations />
                " "
                <SourceRefs ids=&event.sources />
            </p>
            {goals}
        }
    })
}
