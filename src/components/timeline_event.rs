use leptos::either::Either;
use leptos::prelude::*;

use super::citation::Cites;
use super::disclosure_button::LinkedTag;
use super::goal_link::GoalLink;
use super::popovers::PopoverTrigger;
use super::rich_text::RichText;
use crate::data::{Event, EventDate};
use crate::state::use_explainer;

/// One entry on the timeline.
#[component]
pub fn TimelineEvent(event: &'static Event) -> impl IntoView {
    let context = use_explainer();
    let (data, view) = (context.data, context.view);
    let id = event.id.as_str();
    let focused = context.is_focused(id);
    let related = context.is_related(id);
    let date = EventDate::parse(&event.date).unwrap_or(EventDate::Pending);
    let filtered_out = move || view.with(|v| !v.shows_themes(&event.themes));
    let goals_id = format!("{id}-goals");
    let when = match date.datetime() {
        Some(datetime) => Either::Left(
            view! { <time class="event__date" datetime=datetime>{date.to_string()}</time> },
        ),
        None => Either::Right(view! { <span class="event__date">"Pending: no date yet"</span> }),
    };
    let themes = event
        .themes
        .iter()
        .map(|t| t.label())
        .collect::<Vec<_>>()
        .join(" · ");
    let people = (!event.people.is_empty()).then(|| {
        let names = event
            .people
            .iter()
            .filter_map(|p| data.people.iter().find(|person| &person.id == p))
            .map(|person| view! { <li><PopoverTrigger target=person.id.as_str() text=person.name.as_str() /></li> })
            .collect_view();
        view! { <div class="event__people"><span>"People: "</span><ul>{names}</ul></div> }
    });
    let goals = event
        .goals
        .iter()
        .filter_map(|g| data.goal(g))
        .map(|goal| view! { <GoalLink goal /> })
        .collect_view();
    let has_goals = !event.goals.is_empty();
    let theme_slugs = event
        .themes
        .iter()
        .map(|t| t.slug())
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <li
            id=id
            class="event"
            class=("event--background", event.background)
            class=("event--pending", date.is_pending())
            class=("is-focused", move || focused.get())
            class=("is-related", move || related.get())
            data-themes=theme_slugs
            hidden=filtered_out
        >
            <div class="event__when">{when}</div>
            <div class="event__body">
                <h3 class="event__title">
                    {event.title.as_str()}
                    {event.background.then(|| view! { " " <span class="tag tag--background">"Background"</span> })}
                    {date.is_pending().then(|| view! { " " <span class="tag tag--pending">"Pending"</span> })}
                    " " <LinkedTag related />
                </h3>
                <p><RichText text=event.description.as_str() /></p>
                {people}
                <p class="event__meta">
                    <span class="event__themes">{themes}</span> " " <Cites labels=&event.citations />
                    " "
                    <a class="permalink" href=format!("#{id}") aria-label=format!("Link to this event: {}", event.title)>
                        "Link"
                    </a>
                </p>
                {has_goals.then(|| view! {
                    <button
                        type="button"
                        class="select-button"
                        aria-pressed=move || focused.get().to_string()
                        aria-controls=goals_id.clone()
                        on:click=move |_| view.update(|v| v.toggle_selection(id))
                    >
                        {move || if focused.get() { "Hide the goals it bears on" } else { "Show the goals it bears on" }}
                    </button>
                    <div id=goals_id.clone() class="event__goals" hidden=move || !focused.get()>
                        <p>"Bears on these goals:"</p>
                        <ul>{goals}</ul>
                    </div>
                })}
            </div>
        </li>
    }
}
