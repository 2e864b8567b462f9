#![cfg_attr(
    feature = "hydrate",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::either::Either;
use leptos::prelude::*;

use super::attrs::{aria_bool, hidden_unless};
use super::background_tag::BackgroundTag;
use super::citation::Cites;
use super::goal_link::GoalLink;
use super::linked_tag::LinkedTag;
use super::outside_sources::SourceRefs;
use super::prose::{PopoverTrigger, ProseParagraph};
use crate::data::{Event, EventDate};
use crate::state::use_explainer;

/// One entry on the timeline. It carries no permalink of its own: the
/// overview's mark for it (`TimelineOverview`) is a link to `#<id>`.
#[component]
pub fn TimelineEvent(event: &'static Event) -> impl IntoView {
    let context = use_explainer();
    let id: &'static str = &event.id;
    let focused = context.is_focused(id);
    let related = context.is_related(id);
    let shown = context.shows_event(event);
    let date = EventDate::parse(&event.date).unwrap_or(EventDate::Pending);
    let goals_id = format!("{id}-goals");
    let when = match date.datetime() {
        Some(datetime) => Either::Left(
            view! { <time class="event__date" datetime=datetime>{date.to_string()}</time> },
        ),
        None => Either::Right(view! { <span class="event__date">"Pending: no date yet"</span> }),
    };
    let theme_slugs = event
        .themes
        .iter()
        .map(|t| t.slug())
        .collect::<Vec<_>>()
        .join(" ");
    let goals = (!event.goals.is_empty()).then(|| {
        view! {
            <button
                type="button"
                class="select-button js-only"
                aria-pressed=aria_bool(focused)
                aria-controls=goals_id.clone()
                on:click=move |_| context.toggle_selection(id)
            >
                {move || if focused.get() { "Hide the goals it bears on" } else { "Show the goals it bears on" }}
            </button>
            <div id=goals_id.clone() class="event__goals" hidden=hidden_unless(focused)>
                <EventGoals event />
            </div>
        }
    });
    view! {
        <li
            id=id
            class="event"
            class=("event--background", event.background)
            class=("event--pending", date.is_pending())
            class=("is-focused", focused)
            class=("is-related", related)
            data-themes=theme_slugs
            hidden=hidden_unless(shown)
        >
            <div class="event__when">{when}</div>
            <div class="event__body">
                <h3 class="event__title">
                    {&*event.title}
                    {event.background.then(|| view! { " " <BackgroundTag /> })}
                    {date.is_pending().then(|| view! { " " <span class="tag tag--pending">"Pending"</span> })}
                    " "
                    <LinkedTag related />
                </h3>
                <EventProse event />
                {goals}
            </div>
        </li>
    }
}

/// What happened, who took part, its themes and sources. Static content:
/// see `static_content`.
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
        let people: Vec<_> = event
            .people
            .iter()
            .filter_map(|p| data.people.iter().find(|person| &person.id == p))
            .collect();
        let people = (!people.is_empty()).then(|| {
            view! {
                <div class="event__people">
                    <span>"People: "</span>
                    <ul>
                        {people
                            .into_iter()
                            .map(|person| view! { <li><PopoverTrigger target=&person.id text=&person.name /></li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        });
        view! {
            <ProseParagraph text=&event.description />
            {people}
            <p class="event__meta">
                <span class="event__themes">{themes}</span>
                " "
                <Cites labels=&event.citations />
                " "
                <SourceRefs ids=&event.sources />
            </p>
        }
    })
}

/// The goals the event bears on. Static content: see `static_content`.
#[component]
fn EventGoals(event: &'static Event) -> impl IntoView {
    static_content!(div [class="event__goal-list"] {
        let data = use_explainer().data;
        view! {
            <p>"Bears on these goals:"</p>
            <ul>
                {event
                    .goals
                    .iter()
                    .filter_map(|g| data.goal(g))
                    .map(|goal| view! { <GoalLink goal /> })
                    .collect_view()}
            </ul>
        }
    })
}
