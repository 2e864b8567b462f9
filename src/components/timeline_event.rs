use leptos::either::Either;
use leptos::prelude::*;

use super::attrs::{aria_bool, hidden_unless};
use super::citation::write_cites;
use super::disclosure_button::LinkedTag;
use super::goal_link::write_goal_link;
use super::html::{html, Html};
use super::popovers::write_popover_trigger;
use super::rich_text::write_rich_paragraph;
use crate::data::{Event, EventDate, Explainer};
use crate::state::use_explainer;

/// One entry on the timeline.
#[component]
pub fn TimelineEvent(event: &'static Event) -> impl IntoView {
    let context = use_explainer();
    let (data, view) = (context.data, context.view);
    let id: &'static str = &event.id;
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
    let theme_slugs = event
        .themes
        .iter()
        .map(|t| t.slug())
        .collect::<Vec<_>>()
        .join(" ");
    let title = html(|h| {
        h.text(&event.title);
        if event.background {
            h.raw(" <span class=\"tag tag--background\">Background</span>");
        }
        if date.is_pending() {
            h.raw(" <span class=\"tag tag--pending\">Pending</span>");
        }
    });
    let has_goals = !event.goals.is_empty();
    view! {
        <li
            id=id
            class="event"
            class=("event--background", event.background)
            class=("event--pending", date.is_pending())
            class=("is-focused", focused)
            class=("is-related", related)
            data-themes=theme_slugs
            hidden=filtered_out
        >
            <div class="event__when">{when}</div>
            <div class="event__body">
                <h3 class="event__title">
                    <span inner_html=title></span> " " <LinkedTag related />
                </h3>
                <div class="event__prose" inner_html=html(|h| write_body(h, data, event))></div>
                {has_goals.then(|| view! {
                    <button
                        type="button"
                        class="select-button"
                        aria-pressed=aria_bool(focused)
                        aria-controls=goals_id.clone()
                        on:click=move |_| view.update(|v| v.toggle_selection(id))
                    >
                        {move || if focused.get() { "Hide the goals it bears on" } else { "Show the goals it bears on" }}
                    </button>
                    <div
                        id=goals_id.clone()
                        class="event__goals"
                        hidden=hidden_unless(focused)
                        inner_html=html(|h| write_goals(h, data, event))
                    ></div>
                })}
            </div>
        </li>
    }
}

/// What happened, who took part, its themes, sources and permalink.
fn write_body(h: &mut Html, data: &Explainer, event: &Event) {
    write_rich_paragraph(h, data, &event.description);
    let mut people = event
        .people
        .iter()
        .filter_map(|p| data.people.iter().find(|person| &person.id == p))
        .peekable();
    if people.peek().is_some() {
        h.raw("<div class=\"event__people\"><span>People: </span><ul>");
        for person in people {
            h.raw("<li>");
            write_popover_trigger(h, &person.id, &person.name);
            h.raw("</li>");
        }
        h.raw("</ul></div>");
    }
    let themes = event
        .themes
        .iter()
        .map(|t| t.label())
        .collect::<Vec<_>>()
        .join(" · ");
    h.raw("<p class=\"event__meta\">")
        .element("span", &[("class", "event__themes")], &themes)
        .raw(" ");
    write_cites(h, data, &event.citations);
    h.raw(" ")
        .element(
            "a",
            &[
                ("class", "permalink"),
                ("href", &format!("#{}", event.id)),
                (
                    "aria-label",
                    &format!("Link to this event: {}", event.title),
                ),
            ],
            "Link",
        )
        .close("p");
}

/// The goals the event bears on, shown when the reader selects it.
fn write_goals(h: &mut Html, data: &Explainer, event: &Event) {
    h.raw("<p>Bears on these goals:</p><ul>");
    for goal in event.goals.iter().filter_map(|g| data.goal(g)) {
        write_goal_link(h, goal);
    }
    h.raw("</ul>");
}
