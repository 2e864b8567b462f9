use leptos::prelude::*;

use crate::state::use_explainer;

/// Title, section, date and summary. `index.html` carries the same markup
/// statically so the first paint does not wait for the app.
#[component]
pub fn Masthead() -> impl IntoView {
    let meta = &use_explainer().data.meta;
    view! {
        <header class="masthead">
            <p class="masthead__kicker">"An explainer of the analysis"</p>
            <h1 class="masthead__title">{meta.title.as_str()}</h1>
            <p class="masthead__meta">
                <span class="masthead__section">{meta.section.as_str()}</span>
                " · "
                <time datetime=meta.published.as_str()>{meta.published_label()}</time>
            </p>
            <p class="masthead__summary">{meta.summary.as_str()}</p>
        </header>
    }
}
