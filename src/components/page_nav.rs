use leptos::prelude::*;

/// The page's regions, in order: id and the short name the page nav and the
/// bar at the top (`use_current_part`) give them.
pub const REGIONS: [(&str, &str); 6] = [
    ("scorecard", "Scorecard"),
    ("timeline", "Timeline"),
    ("sections", "The analysis"),
    ("people", "Who's who"),
    ("glossary", "Glossary"),
    ("source", "About the source"),
];

/// Jump links to the page's regions. Static content: see `static_content`.
#[component]
pub fn PageNav() -> impl IntoView {
    static_content!(nav [class="page-nav" aria-label="On this page"] {
        view! {
            <ul>
                {REGIONS
                    .iter()
                    .map(|&(id, name)| view! { <li><a href=format!("#{id}")>{name}</a></li> })
                    .collect_view()}
            </ul>
        }
    })
}
