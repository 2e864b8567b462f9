use leptos::prelude::*;

use crate::data::LoadError;

/// Shown instead of a blank page when the embedded data cannot be used.
#[component]
pub fn ErrorPanel(error: &'static LoadError) -> impl IntoView {
    view! {
        <main id="main" class="page">
            <section class="error-panel" role="alert" aria-labelledby="error-title">
                <h2 id="error-title">"The explainer's content could not be loaded"</h2>
                <p>
                    "The data built into this page breaks the content rules, so nothing is shown rather than something wrong. The problems:"
                </p>
                <ul class="error-panel__problems">
                    {error.problems().into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                </ul>
            </section>
        </main>
    }
}
