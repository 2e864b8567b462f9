#![cfg_attr(feature = "hydrate", allow(unused_imports))]

use leptos::prelude::*;

use super::background_tag::BackgroundTag;
use super::citation::Cites;
use super::outside_sources::SourceRefs;
use super::prose::Prose;
use crate::state::use_explainer;

/// Terms a reader may not know. Static content: see `static_content`.
#[component]
pub fn Glossary() -> impl IntoView {
    static_content!(section [id="glossary" class="region glossary" aria-labelledby="glossary-heading"] {
        let data = use_explainer().data;
        let entries = crate::data::lookup::alphabetical(&data.glossary)
            .into_iter()
            .map(|term| {
                view! {
                    <div class="glossary__entry">
                        <dt id=&*term.id>
                            {&*term.term}
                            {term.background.then(|| view! { " " <BackgroundTag /> })}
                        </dt>
                        <dd>
                            <Prose text=&term.definition /> " " <Cites labels=&term.citations /> " "
                            <SourceRefs ids=&term.sources />
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <h2 id="glossary-heading">"Glossary"</h2>
            <p class="region__intro">
                "Entries marked " <BackgroundTag />
                " explain context the analysis assumes rather than anything it says."
            </p>
            <dl class="glossary__list">{entries}</dl>
        }
    })
}
