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
/// mark is hidden, as its card is).
#[component]
pub fn TimelineOverview() -> impl IntoView {
    let data = use_explainer().data;
    // Only the prerender needs the layout: the browser reads no date and
    // places nothing, it only hides marks and rings the selected one.
    let figure = prerendered(|| Some(data.overview()));
    let strip_class = prerendered(|| {
        let lanes = figure.as_ref().map_or(1, |f| f.lanes);
        format!("overview__strip {}", overview::lanes_class(lanes))
    });
    // One mark per event, in timeline order (as `overview::layout` gives them).
    let marks = data
        .timeline
        .iter()
        .enumerate()
        .map(|(i, event)| {
            let mark = figure.as_ref().and_then(|f| f.marks.get(i).copied());
            view! { <OverviewMark event mark /> }
        })
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
fn OverviewAxis(figure: Option<Figure>) -> impl IntoView {
    static_content!(div [class="overview__axis" aria-hidden="true"] {
        let figure = figure.unwrap_or_default();
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
fn OverviewMark(event: &'static Event, mark: Option<Mark>) -> impl IntoView {
    let context = use_explainer();
    let id: &'static str = &event.id;
    let label = prerendered(|| mark_label(event));
    let place = prerendered(|| {
        mark.map(|m| {
            format!(
                "overview__item {} {}",
                overview::at(m.x),
                overview::lane(m.lane)
            )
        })
        .unwrap_or_default()
    });
    view! {
        <li class=place hidden=hidden_unless(context.shows_event(event))>
            <a
                class=prerendered(|| mark.map(|m| m.kind.class()).unwrap_or_default())
                href=format!("#{id}")
                aria-label=label.clone()
                title=label
            ></a>
        </li>
    }
}
