use leptos::prelude::*;

/// Jump links to the page's regions.
#[component]
pub fn PageNav() -> impl IntoView {
    view! {
        <nav class="page-nav" aria-label="On this page">
            <ul>
                <li><a href="#scorecard">"Scorecard"</a></li>
                <li><a href="#timeline">"Timeline"</a></li>
                <li><a href="#sections">"The analysis"</a></li>
                <li><a href="#people">"Who's who"</a></li>
                <li><a href="#glossary">"Glossary"</a></li>
                <li><a href="#source">"About the source"</a></li>
            </ul>
        </nav>
    }
}
