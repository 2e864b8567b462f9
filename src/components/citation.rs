//! Markers naming the paragraph of the analysis that supports a claim. Each
//! is a `popovertarget` button: it opens, where the reader is, the one popover
//! written for its paragraph (`CitePopovers`), with or without scripts.
#![cfg_attr(feature = "hydrate", allow(unused_imports, dead_code))]

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

/// The id of the popover that shows what a paragraph covers.
fn cite_popover_id(label: &str) -> String {
    format!("cite-{label}")
}

/// A marker that opens its paragraph's popover. Named for what it shows
/// first ("¶4" is spoken "paragraph 4"), so the name starts with the label.
#[component]
pub fn Cite(label: &'static str) -> impl IntoView {
    let name = match label.strip_prefix('p') {
        Some(number) => format!("Paragraph {number} (source)"),
        None => "Standfirst (source)".to_owned(),
    };
    view! {
        <button type="button" class="cite" popovertarget=cite_popover_id(label) aria-label=name>
            {paragraph_marker(label)}
        </button>
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

/// One popover per paragraph of the analysis, shared by every marker that
/// cites it: which paragraph, what it covers, and a link on to its source
/// note. Static content (rendered inside `Popovers`).
#[component]
pub fn CitePopovers() -> impl IntoView {
    let data = use_explainer().data;
    data.source_map
        .iter()
        .map(|p| {
            let label = &*p.label;
            let title = match label.strip_prefix('p') {
                Some(number) => format!("Paragraph {number} of the analysis"),
                None => "The standfirst: the summary under the analysis's title".to_owned(),
            };
            // A `figure` labelled by its caption: see `Popover`.
            let id = cite_popover_id(label);
            view! {
                <figure
                    id=id.clone()
                    popover="auto"
                    class="popover"
                    aria-labelledby=format!("{id}-title")
                >
                    <figcaption class="popover__title" id=format!("{id}-title")>
                        {title}
                    </figcaption>
                    <p>{&*p.gist}</p>
                    <p class="popover__links">
                        <a href=format!("#source-{label}")>"In the source notes"</a>
                    </p>
                </figure>
            }
        })
        .collect_view()
}
