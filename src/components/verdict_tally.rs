#![cfg_attr(feature = "hydrate", allow(unused_variables))]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::static_content::prerendered;
use crate::data::Verdict;
use crate::state::{use_explainer, use_pending_value, SortedSet};

/// The tally of verdicts as one proportional bar whose parts are the verdict
/// filter: each part a toggle button showing its symbol and count, named in
/// words ("Achieved, 1 goal"). Without scripts the buttons could do nothing,
/// so the page shows those words instead.
#[component]
pub fn VerdictTally() -> impl IntoView {
    let context = use_explainer();
    let data = context.data;
    let tally: Vec<(Verdict, usize)> = data
        .verdict_tally()
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect();
    let total = data.goals.len();
    let verdicts = context.verdicts();
    // As with the timeline's themes: the pressed part at once, the goals a
    // frame later.
    let selected = use_pending_value(verdicts, move |chosen| context.set_verdicts(chosen));
    let filtering = Memo::new(move |_| verdicts.with(|v| !v.is_empty()));
    // Said only while a filter is on: "Showing all" would be noise.
    let status = move || {
        verdicts.with(|selected| {
            let shown = data
                .goals
                .iter()
                .filter(|g| selected.contains(&g.verdict))
                .count();
            if selected.is_empty() {
                String::new()
            } else {
                format!("Showing {shown} of {total} goals.")
            }
        })
    };
    let bar = NodeRef::<leptos::html::Ul>::new();
    // "Show all goals" hides itself once pressed: focus goes to the bar's
    // first part, not to the top of the page.
    let show_all = move |_| {
        selected.update(SortedSet::clear);
        if let Some(first) = bar
            .get_untracked()
            .and_then(|list| list.query_selector("button").ok().flatten())
            .and_then(|first| first.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = first.focus();
        }
    };
    let parts = tally
        .iter()
        .map(|&(verdict, n)| {
            let pressed = move || selected.get().contains(&verdict).to_string();
            // Each part's width is its count, as a class: the page's CSP
            // allows no inline styles.
            let class = prerendered(|| {
                format!(
                    "tally-bar__part tally-bar__part--{n} verdict--{}",
                    verdict.slug()
                )
            });
            // The part's name is its words, which show in place of the
            // buttons without scripts: one text for both.
            let words_id = prerendered(|| format!("tally-{}", verdict.slug()));
            view! {
                <li class=class>
                    <button
                        type="button"
                        class="verdict-filter js-only"
                        data-verdict=verdict.slug()
                        aria-pressed=pressed
                        aria-labelledby=words_id.clone()
                        on:click=move |_| selected.update(|selected| selected.toggle(verdict))
                    >
                        {static_content!(span [aria-hidden="true"] {
                            format!("{} {n}", verdict.symbol())
                        })}
                    </button>
                    {static_content!(span [id=words_id class="no-js-only"] {
                        tally_part_name(verdict, n)
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="tally" role="group" aria-labelledby="verdict-filter-label">
            <p id="verdict-filter-label" class="tally__label">
                {format!("{total} goals by verdict")}
                <span class="js-only">" (press to filter)"</span>
            </p>
            <ul class="tally-bar" node_ref=bar>{parts}</ul>
            <p class="tally__status">
                <span class="filter-status" role="status">{status}</span>
                " "
                <button type="button" class="text-button" hidden=move || !filtering.get() on:click=show_all>
                    "Show all goals"
                </button>
            </p>
        </div>
    }
}

/// A bar part's name in words: "Achieved, 1 goal", "Not achieved, 4 goals".
pub fn tally_part_name(verdict: Verdict, n: usize) -> String {
    let noun = if n == 1 { "goal" } else { "goals" };
    format!("{}, {n} {noun}", verdict.label())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_named_in_words() {
        assert_eq!(tally_part_name(Verdict::Achieved, 1), "Achieved, 1 goal");
        assert_eq!(
            tally_part_name(Verdict::NotAchieved, 4),
            "Not achieved, 4 goals"
        );
    }
}
