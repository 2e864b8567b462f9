use leptos::prelude::*;

use super::filter_group::FilterGroup;
use super::filter_status::FilterStatus;
use super::static_content::prerendered;
use crate::state::{use_explainer, use_pending_value, SortedSet};

/// Toggle buttons that narrow the timeline to one or more themes.
#[component]
pub fn ThemeFilter() -> impl IntoView {
    let context = use_explainer();
    let data = context.data;
    let total = data.timeline.len();
    let themes = context.themes();
    let shown = move || {
        themes.with(|selected| {
            data.timeline
                .iter()
                .filter(|e| selected.is_empty() || e.themes.iter().any(|t| selected.contains(t)))
                .count()
        })
    };
    // The pressed button answers a click at once; the events, count, status
    // and "Show all events" follow in the next frame (that button appearing
    // moves the whole list, the costliest part of the first frame).
    let selected = use_pending_value(themes, move |chosen| context.set_themes(chosen));
    let filtering = move || themes.with(|t| !t.is_empty());
    let buttons = data
        .theme_counts()
        .into_iter()
        .map(|(theme, count)| {
            let pressed = move || selected.get().contains(&theme).to_string();
            // Named in words ("Diplomacy, 11 events"), not "Diplomacy 11".
            let name = prerendered(|| {
                let noun = if count == 1 { "event" } else { "events" };
                format!("{}, {count} {noun}", theme.label())
            });
            view! {
                <li>
                    <button
                        type="button"
                        class="filter-button theme-filter"
                        data-theme=theme.slug()
                        aria-pressed=pressed
                        aria-label=name
                        on:click=move |_| selected.update(|selected| selected.toggle(theme))
                    >
                        {theme.label()} " " <span class="filter-button__count">{count}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <FilterGroup
            label_id="theme-filter-label"
            label="Show events about:"
            active=Signal::derive(filtering)
            clear_label="Show all events"
            on_clear=Callback::new(move |()| selected.update(SortedSet::clear))
        >
            {buttons}
        </FilterGroup>
        <FilterStatus shown=Signal::derive(shown) total noun="events" />
    }
}
