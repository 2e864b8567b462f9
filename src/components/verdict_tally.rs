use leptos::prelude::*;

use super::filter_group::FilterGroup;
use super::filter_status::FilterStatus;
use crate::state::{use_explainer, use_pending_value, SortedSet};

/// The tally of verdicts in words and numbers, a proportional bar, and the
/// verdict filter. The bar is decorative: the text carries the information.
#[component]
pub fn VerdictTally() -> impl IntoView {
    let context = use_explainer();
    let data = context.data;
    let tally: Vec<_> = data
        .verdict_tally()
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect();
    let total = data.goals.len();
    let summary = tally
        .iter()
        // ASCII only: `to_lowercase` ships Unicode case tables.
        .map(|(v, n)| format!("{n} {}", v.label().to_ascii_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    let verdicts = context.verdicts();
    let shown = move || {
        verdicts.with(|selected| {
            data.goals
                .iter()
                .filter(|g| selected.is_empty() || selected.contains(&g.verdict))
                .count()
        })
    };
    // As with the timeline's themes: the pressed button at once, the rest a
    // frame later.
    let selected = use_pending_value(verdicts, move |chosen| context.set_verdicts(chosen));
    let filtering = move || verdicts.with(|v| !v.is_empty());
    // Each part's width is its count, as a class: the page's CSP allows no
    // inline styles, and the prerendered HTML carries the bar as it is.
    let bar = tally
        .iter()
        .map(|(verdict, n)| {
            view! { <span class=format!("tally-bar__part tally-bar__part--{n} verdict--{}", verdict.slug())></span> }
        })
        .collect_view();
    let buttons = tally
        .iter()
        .map(|&(verdict, n)| {
            let pressed = move || selected.get().contains(&verdict).to_string();
            view! {
                <li>
                    <button
                        type="button"
                        class=format!("filter-button verdict-filter verdict--{}", verdict.slug())
                        data-verdict=verdict.slug()
                        aria-pressed=pressed
                        on:click=move |_| selected.update(|selected| selected.toggle(verdict))
                    >
                        <span class="verdict-symbol" aria-hidden="true">{verdict.symbol()}</span>
                        " " {verdict.label()} " "
                        <span class="filter-button__count">{n}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="tally">
            <p class="tally__summary">
                <strong>{format!("{total} goals:")}</strong> " " {summary} "."
            </p>
            <div class="tally-bar" aria-hidden="true">{bar}</div>
            <FilterGroup
                label_id="verdict-filter-label"
                label="Show goals that were:"
                active=Signal::derive(filtering)
                clear_label="Show all goals"
                on_clear=Callback::new(move |()| selected.update(SortedSet::clear))
            >
                {buttons}
            </FilterGroup>
            <FilterStatus shown=Signal::derive(shown) total noun="goals" />
        </div>
    }
}
