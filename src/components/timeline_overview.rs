#![cfg_attr(
    feature = "hydrate",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::prelude::*;

use super::attrs::hidden_unless;
use super::static_content::prerendered;
use crate::data::overview::{self, Figure, Mark, MarkKind, SEGMENTS};
use crate::data::Event;
use crate::state::use_explainer;

/// The whole timeline at a glance, at the head of the timeline: one mark
/// per event on a broken time axis, each mark a plain link to its card.
///
/// Why a broken axis: on one linear scale from 2016 to January 2026 the
/// visit's week would be a single pixel. The axis is cut into 2016–19 (by
/// year), 2025 (by month), January 2026 (by day, where most of the width
/// goes) and the pending talks (no date), with `//` breaks between them;
/// marks that share a date stack into a column, so the visit reads as a
/// spike. The layout is computed in [`crate::data::overview`]; this view only
/// places it, so the same HTML is prerendered and hydrated, and works
/// without JavaScript. Marks follow the theme filter (a filtered-out event's
/// mark is hidden, as its card is) and the selection's highlights.
#[component]
pub fn TimelineOverview() -> impl IntoView {
    let data = use_explainer().data;
    let figure = data.overview();
    let strip_class =
        prerendered(|| format!("overview__strip {}", overview::lanes_class(figure.lanes)));
    let marks = figure
        .marks
        .iter()
        .map(|&mark| view! { <OverviewMark event=&data.timeline[mark.event] mark /> })
        .collect_view();
    view! {
        <nav class="overview" aria-labelledby="overview-title">
            <p id="overview-title" class="overview__title">"The timeline at a glance"</p>
            <div class=strip_class>
                <OverviewAxis figure />
                <ol class="overview__marks">{marks}</ol>
            </div>
            <ul class="overview__legend">
                <li class="overview__key">"Event"</li>
                <li class="overview__key overview__key--background">"Background"</li>
                <li class="overview__key overview__key--pending">"Pending: no date yet"</li>
            </ul>
        </nav>
    }
}

/// The axis under the marks: segments, breaks, the visit and the analysis's
/// date. Static content: see `static_content`. Placed by classes (see
/// [`overview::at`]).
#[component]
fn OverviewAxis(figure: Figure) -> impl IntoView {
    static_content!(div [class="overview__axis" aria-hidden="true"] {
        let place = |x: f32, width: f32, class: &str| format!("{class} {} {}", overview::at(x), overview::span(width));
        let segments = SEGMENTS
            .iter()
            .map(|s| {
                view! {
                    <div class=place(s.start, s.end - s.start, "overview__segment")>
                        <span class="overview__label">{s.label}</span>
                        <span class="overview__note">{s.note}</span>
                    </div>
                }
            })
            .collect_view();
        let breaks = figure
            .breaks
            .iter()
            .map(|&x| view! { <span class=format!("overview__break {}", overview::at(x))>"//"</span> })
            .collect_view();
        let analysis = figure
            .analysis
            .map(|x| view! { <span class=format!("overview__now {}", overview::at(x))>"Analysis"</span> });
        view! {
            <span class=place(figure.visit.0, figure.visit.1, "overview__visit")>"The visit"</span>
            {analysis}
            {segments}
            {breaks}
        }
    })
}

/// What a mark says to a screen reader and in its tooltip:
/// "4 January 2026: Lee begins …", with "(background)" or "Pending, no date yet".
pub fn mark_label(event: &Event) -> String {
    let date = event.when();
    match MarkKind::of(date, event.background) {
        MarkKind::Pending => format!("Pending, no date yet: {}", event.title),
        MarkKind::Background => format!("{date}: {} (background)", event.title),
        MarkKind::Event => format!("{date}: {}", event.title),
    }
}

/// One mark: a link to its event's card.
#[component]
fn OverviewMark(event: &'static Event, mark: Mark) -> impl IntoView {
    let context = use_explainer();
    let id: &'static str = &event.id;
    let label = prerendered(|| mark_label(event));
    view! {
        <li
            class=prerendered(|| format!("overview__item {} {}", overview::at(mark.x), overview::lane(mark.lane)))
            hidden=hidden_unless(context.shows_event(event))
        >
            <a
                class=mark.kind.class()
                class=("is-focused", context.is_focused(id))
                class=("is-related", context.is_related(id))
                href=format!("#{id}")
                aria-label=label.clone()
                title=label
            ></a>
        </li>
    }
}
