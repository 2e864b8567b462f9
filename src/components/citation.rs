use leptos::prelude::*;

use crate::state::use_explainer;

/// The reader-facing name of a paragraph label: `p4` → `¶4`.
pub fn paragraph_marker(label: &str) -> String {
    match label.strip_prefix('p') {
        Some(number) => format!("¶{number}"),
        None => "¶ standfirst".to_owned(),
    }
}

/// A marker showing which paragraph of the analysis supports a claim.
#[component]
pub fn Cite(label: &'static str) -> impl IntoView {
    let data = use_explainer().data;
    let gist = data
        .source_map
        .iter()
        .find(|p| p.label == label)
        .map(|p| p.gist.as_str())
        .unwrap_or_default();
    let name = match label.strip_prefix('p') {
        Some(number) => format!("paragraph {number}"),
        None => "the standfirst".to_owned(),
    };
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

/// Several citation markers in a row.
#[component]
pub fn Cites(labels: &'static [String]) -> impl IntoView {
    view! {
        <span class="cites">
            {labels.iter().map(|label| view! { <Cite label=label.as_str() /> }).collect_view()}
        </span>
    }
}
