//! Markers naming the paragraph of the analysis that supports a claim. Each
//! is a `popovertarget` button: it opens, where the reader is, the one popover
//! written for its paragraph (`CitePopovers`), with or without scripts.
#![cfg_attr(feature = "hydrate", allow(unused_imports, dead_code))]

use leptos::prelude::*;

use crate::data::Text;

/// The reader-facing name of a paragraph label: `p4` → `¶4`.
pub fn paragraph_marker(label: &str) -> String {
    match label.strip_prefix('p') {
        Some(number) => format!("¶{number}"),
        None => "¶ standfirst".to_owned(),
    }
}

/// The id of the popover that shows what a paragraph covers.
pub fn cite_popover_id(label: &str) -> String {
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
