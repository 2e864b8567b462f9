use leptos::prelude::*;

use super::verdict_badge::VerdictBadge;
use crate::data::Goal;

/// A list item linking to a goal on the scorecard, with its verdict.
#[component]
pub fn GoalLink(goal: &'static Goal) -> impl IntoView {
    view! {
        <li>
            <a href=format!("#{}", goal.id)>{&*goal.title}</a>
            " "
            <VerdictBadge verdict=goal.verdict />
        </li>
    }
}
