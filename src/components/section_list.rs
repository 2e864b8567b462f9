use leptos::prelude::*;

use super::explainer_section::ExplainerSection;
use crate::state::use_after_paint::after_next_paint;
use crate::state::use_explainer;

/// The analysis, section by section, as an accordion.
#[component]
pub fn SectionList() -> impl IntoView {
    let context = use_explainer();
    let (data, view) = (context.data, context.view);
    let all_open = Memo::new(move |_| view.with(|v| v.all_sections_open(data)));
    // "Show all" answers in two frames: the button's label at once, then the
    // panels. Laying out a screenful of new prose takes longer than a frame on
    // a slow phone, and the click should not wait for it to look answered.
    let requested = RwSignal::new(None::<bool>);
    let shows_all = move || requested.get().unwrap_or_else(|| all_open.get());
    view! {
        <section id="sections" class="region sections" aria-labelledby="sections-heading">
            <h2 id="sections-heading">"The analysis, section by section"</h2>
            <p class="region__intro">
                "Each section retells part of the analysis in our words; quotations are verbatim and every passage names its paragraph."
            </p>
            <button
                type="button"
                class="text-button sections__toggle-all"
                on:click=move |_| {
                    let open = !untrack(shows_all);
                    requested.set(Some(open));
                    after_next_paint(move || {
                        view.try_update(|v| v.set_all_sections(open, data));
                        // A later click may have asked for the opposite meanwhile.
                        requested.try_update(|r| {
                            if *r == Some(open) {
                                *r = None;
                            }
                        });
                    });
                }
            >
                {move || if shows_all() { "Hide all sections" } else { "Show all sections" }}
            </button>
            <div class="sections__list">
                {data.sections.iter().map(|section| view! { <ExplainerSection section /> }).collect_view()}
            </div>
        </section>
    }
}
