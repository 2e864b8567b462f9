use leptos::prelude::*;

use super::filter_group::FilterGroup;
use super::filter_status::FilterStatus;
use crate::state::use_explainer;

/// Toggle buttons that narrow the timeline to one or more themes.
#[component]
pub fn ThemeFilter() -> impl IntoView {
    let context = use_explainer();
    let (data, view) = (context.data, context.view);
    let total = data.timeline.len();
    let shown = move || {
        view.with(|v| {
            data.timeline
                .iter()
                .filter(|e| v.shows_themes(&e.themes))
                .count()
        })
    };
    let filtering = move || view.with(|v| !v.themes.is_empty());
    let buttons = data
        .theme_counts()
        .into_iter()
        .map(|(theme, count)| {
            let pressed = move || view.with(|v| v.themes.contains(&theme)).to_string();
            view! {
                <li>
                    <button
                        type="button"
                        class="filter-button theme-filter"
                        data-theme=theme.slug()
                        aria-pressed=pressed
                        on:click=move |_| view.update(|v| v.toggle_theme(theme))
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
            on_clear=Callback::new(move |()| view.update(|v| v.themes.clear()))
        >
            {buttons}
        </FilterGroup>
        <FilterStatus shown=Signal::derive(shown) total noun="events" />
    }
}
