use leptos::prelude::*;

use super::background_tag::BackgroundTag;
use super::theme_filter::ThemeFilter;
use super::timeline_event::TimelineEvent;
use super::timeline_overview::TimelineOverview;
use crate::state::use_explainer;

/// The diplomacy in order, from background to what is still pending.
#[component]
pub fn Timeline() -> impl IntoView {
    let context = use_explainer();
    let data = context.data;
    view! {
        <section id="timeline" class="region timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            <p class="region__intro">
                "From the missile-defence row of 2016 to the talks still to come. Entries marked "
                <BackgroundTag />
                " are context the analysis refers to; select an entry to see the goals it bears on."
            </p>
            <TimelineOverview />
            <ThemeFilter />
            <ol class="timeline__events">
                {data.timeline.iter().map(|event| view! { <TimelineEvent event /> }).collect_view()}
            </ol>
        </section>
    }
}
