//! Markers naming the paragraph of the analysis that supports a claim.

use leptos::prelude::*;

use crate::data::Text;
use crate::state::use_explainer;

/// The reader-facing name of a paragraph label: `p4` → `¶4`.
pub fn paragraph_marker(label: &str) -> String {
    match label.strip_prefix('p') {
        Some(number) => format!("¶{number}"),
        None => "¶ standfirst".to_owned(),
    }
}

/// The spoken name of a paragraph label: `p4` → "paragraph 4".
fn paragraph_name(label: &str) -> String {
    match label.strip_prefix('p') {
        Some(number) => format!("paragraph {number}"),
        None => "the standfirst".to_owned(),
    }
}

/// A link to the paragraph's source note, titled with its gist.
#[component]
pub fn Cite(label: &'static str) -> impl IntoView {
    let data = use_explainer().data;
    let gist = data
        .source_map
        .iter()
        .find(|p| p.label == label)
        .map(|p| &*p.gist)
        .unwrap_or_default();
    let name = paragraph_name(label);
    view! {
        <a
            class="cite"
            data-cite=label
            href=format!("#source-{label}")
            title=format!("Source: {name} of the analysis. {gist}")
            aria-label=format!("Source: {name}")
        >
            {paragraph_marker(label)}
        </a>
    }
}

/// Several markers in a row.
#[component]
pub fn Cites(labels: &'static [Text]) -> impl IntoView {
    view! {
        <span class="cites">
            {labels.iter().map(|label| view! { <Cite label=&**label /> }).collect_view()}
        </span>
    }
}
