use leptos::prelude::*;

use super::goal_card::GoalCard;
use super::verdict_tally::VerdictTally;
use crate::data::Explainer;
use crate::state::use_explainer;

/// The goals of the visit and what came of each.
#[component]
pub fn Scorecard() -> impl IntoView {
    let data = use_explainer().data;
    view! {
        <section id="scorecard" class="region scorecard" aria-labelledby="scorecard-heading">
            <h2 id="scorecard-heading">"Scorecard: what Lee set out to do"</h2>
            <p class="region__intro">
                {&*data.meta.method} " Verdicts as of " {data.meta.verdicts_as_of_label()}
    "."
            </p>
            <VerdictTally />
            <ul class="scorecard__goals">
                // Verdict first, in the tally bar's order: the list is the chart.
                {Explainer::goals_in_verdict_order(&data.goals)
                    .into_iter()
                    .map(|goal| view! { <GoalCard goal /> })
                    .collect_view()}
            </ul>
        </section>
    }
}
