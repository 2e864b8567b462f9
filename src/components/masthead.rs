#![cfg_attr(feature = "hydrate", allow(unused_imports))]

use leptos::prelude::*;

use crate::state::use_explainer;

/// The page's title and what the analysis argues, from the data's `meta`.
/// Static content: see `static_content`.
#[component]
pub fn Masthead() -> impl IntoView {
    static_content!(header [class="masthead"] {
    let meta = &use_explainer().data.meta;
    view! {
            <p class="masthead__kicker">"An explainer of the analysis"</p>
            <h1 class="masthead__title">{&*meta.title}</h1>
            <p class="masthead__meta">
                <span class="masthead__section">{&*meta.section}</span>
                " · "
                <time datetime=&*meta.published>{meta.published_label()}</time>
            </p>
            <p class="masthead__answer">
                <strong>"The analysis's answer: "</strong>
                {&*meta.answer}
            </p>
            <p class="masthead__summary">{&*meta.summary}</p>
    }
    })
}
