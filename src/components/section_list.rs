use leptos::prelude::*;

use super::explainer_section::ExplainerSection;
use crate::state::{use_explainer, use_pending_value};

/// The analysis, section by section, as an accordion.
#[component]
pub fn SectionList() -> impl IntoView {
    let data = use_explainer().data;
    view! {
        <section id="sections" class="region sections" aria-labelledby="sections-heading">
            <h2 id="sections-heading">"The analysis, section by section"</h2>
            <p class="region__intro">
                "Each section retells part of the analysis in our words; quotations are verbatim and every passage names its paragraph."
            </p>
            <ShowAllSections />
            <div class="sections__list">
                {data.sections.iter().map(|section| view! { <ExplainerSection section /> }).collect_view()}
            </div>
        </section>
    }
}

/// Opens every section, or closes them all once all are open.
#[component]
pub fn ShowAllSections() -> impl IntoView {
    let context = use_explainer();
    // The label answers the click at once; the panels open in the next frame.
    let all_open = use_pending_value(context.all_sections_open(), move |open| {
        context.set_all_sections(open);
    });
    view! {
        <button
            type="button"
            class="text-button sections__toggle-all js-only"
            on:click=move |_| all_open.set(!all_open.get_untracked())
        >
            {move || if all_open.get() { "Hide all sections" } else { "Show all sections" }}
        </button>
    }
}
