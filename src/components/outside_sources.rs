//! Published reports behind the background the explainer adds: named beside
//! each fact, and listed in full under "About the source". Their addresses
//! are plain links; the page never loads anything from them.

use leptos::prelude::*;

use crate::data::{EventDate, Text};
use crate::state::use_explainer;

/// The id of a source's entry in the list.
pub fn outside_source_anchor(id: &str) -> String {
    format!("outside-{id}")
}

/// "Sources: Outlet, Outlet" beside a background fact, each a link to its
/// entry in the list. Unknown ids are left out.
#[component]
pub fn SourceRefs(ids: &'static [Text]) -> impl IntoView {
    let data = use_explainer().data;
    let sources: Vec<_> = ids
        .iter()
        .filter_map(|id| data.sources.iter().find(|s| s.id == *id))
        .collect();
    let label = if sources.len() == 1 {
        "Source: "
    } else {
        "Sources: "
    };
    (!sources.is_empty()).then(|| {
        let count = sources.len();
        view! {
            <span class="source-refs">
                {label}
                {sources
                    .into_iter()
                    .enumerate()
                    .map(|(i, source)| {
                        view! {
                            <a href=format!("#{}", outside_source_anchor(&source.id))>
                                {&*source.outlet}
                            </a>
                            {(i + 1 < count).then_some("; ")}
                        }
                    })
                    .collect_view()}
            </span>
        }
    })
}

/// Every outside source, with outlet, headline, date and address.
#[component]
pub fn OutsideSources() -> impl IntoView {
    let data = use_explainer().data;
    let mut sources: Vec<_> = data.sources.iter().collect();
    sources.sort_by(|a, b| a.outlet.cmp(&b.outlet).then(a.date.cmp(&b.date)));
    view! {
        <h3 id="outside-sources-heading">"Published reports behind the background"</h3>
        <p>
            "Facts marked Background come from outside the analysis. Each names one or more of these reports; we checked each fact against at least two where we could, and say so where we could not."
        </p>
        <ol class="source__outside" aria-labelledby="outside-sources-heading">
            {sources
                .into_iter()
                .map(|source| {
                    let date = EventDate::parse(&source.date)
                        .map(|d| d.to_string())
                        .unwrap_or_else(|_| source.date.to_string());
                    view! {
                        <li id=outside_source_anchor(&source.id)>
                            {&*source.outlet} ", “" {&*source.title} "”, " {date} ". "
                            <a class="source__address" href=&*source.url rel="noreferrer">{&*source.url}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
