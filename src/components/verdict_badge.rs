use leptos::prelude::*;

use crate::data::Verdict;

/// The verdict as a text label with a symbol, never colour alone.
#[component]
pub fn VerdictBadge(verdict: Verdict) -> impl IntoView {
    view! {
        <span class=format!("verdict-badge verdict--{}", verdict.slug())>
            <span class="verdict-symbol" aria-hidden="true">{verdict.symbol()}</span>
            " "
            {verdict.label()}
        </span>
    }
}
