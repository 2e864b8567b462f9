#![cfg_attr(
    feature = "hydrate",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::prelude::*;

use super::attrs::hidden_unless;
use super::static_content::prerendered;
use crate::data::overview::{self, Mark, MarkKind, SEGMENTS, VISIT};
use crate::data::{Event, EventDate};
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
    let events: Vec<(EventDate, bool)> = data
        .timeline
        .iter()
        .map(|e| (date_of(e), e.background))
        .collect();
    let marks = overview::layout(&events);
    let lanes = marks.iter().map(|m| m.lane + 1).max().unwrap_or(1);
    let marks = marks
        .into_iter()
        .map(|mark| view! { <OverviewMark event=&data.timeline[mark.event] mark /> })
        .collect_view();
    view! {
        <nav class="overview" aria-labelledby="overview-title">
            <p id="overview-title" class="overview__title">"The timeline at a glance"</p>
            <div class="overview__strip" style=format!("--lanes:{lanes}")>
                <OverviewAxis />
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
/// date. Static content: see `static_content`.
#[component]
fn OverviewAxis() -> impl IntoView {
    static_content!(div [class="overview__axis" aria-hidden="true"] {
        let data = use_explainer().data;
        let segments = SEGMENTS
            .iter()
            .map(|s| {
                view! {
                    <div class="overview__segment" style=format!("left:{}%;width:{}%", s.start, s.end - s.start)>
                        <span class="overview__label">{s.label}</span>
                        <span class="overview__note">{s.note}</span>
                    </div>
                }
            })
            .collect_view();
        let breaks = overview::breaks()
            .into_iter()
            .map(|x| view! { <span class="overview__break" style=format!("left:{x:.2}%")>"//"</span> })
            .collect_view();
        let day_x = |d| overview::x_of_day(overview::day_number(d) as f32).unwrap_or_default();
        let (visit_from, visit_to) = (day_x(VISIT.0), day_x(VISIT.1));
        let visit = format!("left:{visit_from:.2}%;width:{:.2}%", visit_to - visit_from);
        // The analysis's date, as a "we are here" line: its verdicts are as of
        // that day, and the pending talks lie beyond it.
        let analysis = match EventDate::parse(&data.meta.published) {
            Ok(EventDate::Day(y, m, d)) => overview::x_of_day(overview::day_number((y, m, d)) as f32 + 0.5)
                .map(|x| view! { <span class="overview__now" style=format!("left:{x:.2}%")>"Analysis"</span> }),
            _ => None,
        };
        view! {
            <span class="overview__visit" style=visit>"The visit"</span>
            {analysis}
            {segments}
            {breaks}
        }
    })
}

fn date_of(event: &Event) -> EventDate {
    EventDate::parse(&event.date).unwrap_or(EventDate::Pending)
}

/// What a mark says to a screen reader and in its tooltip:
/// "4 January 2026: Lee begins …", with "(background)" or "Pending, no date yet".
pub fn mark_label(event: &Event) -> String {
    let date = date_of(event);
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
            class="overview__item"
            style=prerendered(|| format!("left:{:.2}%;--lane:{}", mark.x, mark.lane))
            hidden=hidden_unless(context.shows_event(event))
        >
            <a
                class=mark.kind.class()
                href=format!("#{id}")
                aria-label=label.clone()
                title=label
            ></a>
        </li>
    }
}
