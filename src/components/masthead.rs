#![cfg_attr(feature = "hydrate", allow(unused_imports))]

use leptos::prelude::*;

use super::verdict_strip::VerdictStrip;
use crate::state::use_explainer;

/// The first screen: our headline, the analysis's answer, every goal by
/// verdict, then the source and what the analysis argues, from the data.
/// Static content: see `static_content`.
#[component]
pub fn Masthead() -> impl IntoView {
    static_content!(header [id="top" class="masthead"] {
        let meta = &use_explainer().data.meta;
        view! {
            <p class="masthead__kicker">"An explainer"</p>
            <h1 class="masthead__title">{&*meta.headline}</h1>
            <p class="masthead__answer">{&*meta.answer}</p>
            <VerdictStrip />
            <p class="masthead__meta">
                "Retelling the analysis " <cite class="masthead__source-title">{&*meta.title}</cite> " ("
                <span class="masthead__section">{&*meta.section}</span> ", "
                <time datetime=&*meta.published>{meta.published_label()}</time>
                // The title's abbreviation, spelled out once at the top (WCAG 3.1.4).
                {meta.title.contains("ROK").then_some("; ROK is the Republic of Korea, South Korea")}
                ")"
            </p>
            <p class="masthead__summary">{&*meta.summary}</p>
        }
    })
}
