use leptos::prelude::*;

use super::filter_group::FilterGroup;
use super::filter_status::FilterStatus;
use super::html::{html, Html};
use crate::data::Verdict;
use crate::state::use_pending_value::use_pending_value;
use crate::state::{use_explainer, SortedSet};

/// The tally of verdicts in words and numbers, a proportional bar, and the
/// verdict filter. The bar is decorative: the text carries the information.
#[component]
pub fn VerdictTally() -> impl IntoView {
    let context = use_explainer();
    let (data, view) = (context.data, context.view);
    let tally = data.verdict_tally();
    let total = data.goals.len();
    let summary = tally
        .iter()
        .filter(|(_, n)| *n > 0)
        // ASCII only: `to_lowercase` would ship 16 KB of Unicode case tables.
        .map(|(v, n)| format!("{n} {}", v.label().to_ascii_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    let shown = move || {
        view.with(|v| {
            data.goals
                .iter()
                .filter(|g| v.shows_verdict(g.verdict))
                .count()
        })
    };
    // As with the timeline's themes: the pressed button at once, the rest a
    // frame later.
    let selected = Memo::new(move |_| view.with(|v| v.verdicts.clone()));
    let selected = use_pending_value(selected, move |verdicts| {
        view.update(|v| v.verdicts = verdicts);
    });
    let filtering = move || view.with(|v| !v.verdicts.is_empty());
    let bar = tally
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(verdict, n)| {
            view! {
                <span
                    class=format!("tally-bar__part verdict--{}", verdict.slug())
                    // Set through the CSSOM: the CSP blocks inline style attributes.
                    style:flex-grow=n.to_string()
                ></span>
            }
        })
        .collect_view();
    let buttons = tally
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(verdict, n)| {
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

/// The verdict as a text label with a symbol, never colour alone.
#[component]
pub fn VerdictBadge(verdict: Verdict) -> impl IntoView {
    view! { <span class=badge_class(verdict) inner_html=html(|h| write_badge_content(h, verdict))></span> }
}

/// [`VerdictBadge`] inside a block of static prose.
pub fn write_verdict_badge(h: &mut Html, verdict: Verdict) {
    h.open("span", &[("class", &badge_class(verdict))]);
    write_badge_content(h, verdict);
    h.close("span");
}

fn badge_class(verdict: Verdict) -> String {
    format!("verdict-badge verdict--{}", verdict.slug())
}

fn write_badge_content(h: &mut Html, verdict: Verdict) {
    h.element(
        "span",
        &[("class", "verdict-symbol"), ("aria-hidden", "true")],
        verdict.symbol(),
    )
    .raw(" ")
    .text(verdict.label());
}
