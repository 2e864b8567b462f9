#![cfg_attr(feature = "hydrate", allow(unused_imports))]

use leptos::prelude::*;

use super::citation::paragraph_marker;
use super::outside_sources::OutsideSources;
use crate::state::use_explainer;

/// What each cited paragraph covers, and how to cite the analysis. Static
/// content: see `static_content`.
#[component]
pub fn SourceNotes() -> impl IntoView {
    static_content!(section [id="source" class="region source" aria-labelledby="source-heading"] {
        let data = use_explainer().data;
        let meta = &data.meta;
        let paragraphs = data
            .source_map
            .iter()
            .map(|p| {
                view! {
                    <li id=format!("source-{}", p.label)>
                        <span class="source__marker">{paragraph_marker(&p.label)}</span>
                        " "
                        {&*p.gist}
                    </li>
                }
            })
            .collect_view();
        view! {
                <h2 id="source-heading">"About the source"</h2>
                <p>
                    "This explainer retells one analysis, " <cite>{&*meta.title}</cite> " ("
                    {&*meta.section} ", " {meta.published_label()} "), in its own words. Every claim carries a marker such as "
                    <span class="cite cite--sample">"¶4"</span>
                    " naming the paragraph it comes from; the verdicts reflect the analysis as of "
                    {meta.verdicts_as_of_label()} "."
                </p>
                <p>{&*meta.how_to_cite}</p>
                <h3>"What each paragraph covers"</h3>
                <ol class="source__paragraphs">{paragraphs}</ol>
                <OutsideSources />
        }
    })
}
