use leptos::prelude::*;

use super::background_tag::BackgroundTag;
use super::theme_filter::ThemeFilter;
use super::timeline_event::TimelineEvent;
use super::timeline_overview::TimelineOverview;
use crate::data::overview::{phases, Phase};
use crate::data::EventDate;
use crate::state::use_explainer;

/// The diplomacy in order, from background to what is still pending, under
/// a heading for each phase of the story (`overview::phases`).
#[component]
pub fn Timeline() -> impl IntoView {
    let data = use_explainer().data;
    let dates: Vec<EventDate> = data.timeline.iter().map(|e| e.when()).collect();
    let phase_of = phases(&dates);
    // Phases run in order along the list, so each is one slice of it.
    let groups = Phase::ALL
        .into_iter()
        .filter_map(|phase| {
            let first = phase_of.iter().position(|p| *p == phase)?;
            let count = phase_of[first..].iter().take_while(|p| **p == phase).count();
            let events = &data.timeline[first..first + count];
            Some(view! {
                // A phase whose events the theme filter hides all is hidden with
                // them, by CSS (`:has`), so no reactive code is needed here.
                <div class=if phase == Phase::StillToCome {
                    "timeline__phase timeline__phase--to-come"
                } else {
                    "timeline__phase"
                }>
                    <h3 class="timeline__phase-heading">{phase.heading()}</h3>
                    <ol class="timeline__events">
                        {events.iter().map(|event| view! { <TimelineEvent event /> }).collect_view()}
                    </ol>
                </div>
            })
        })
        .collect_view();
    view! {
        <section id="timeline" class="region timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            <p class="region__intro">
                "From the missile-defence row of 2016 to the talks still to come. Entries marked "
                <BackgroundTag />
                " are context the analysis refers to; under each entry are the goals it bears on, with their verdicts."
            </p>
            <TimelineOverview />
            <ThemeFilter />
            {groups}
        </section>
    }
}
