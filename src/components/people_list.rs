#![cfg_attr(feature = "hydrate", allow(unused_imports))]

use leptos::prelude::*;

use super::citation::Cites;
use crate::state::use_explainer;

/// Everyone the analysis names, with their role at the time of the visit.
/// Static content: see `static_content`.
#[component]
pub fn PeopleList() -> impl IntoView {
    static_content!(section [id="people" class="region people" aria-labelledby="people-heading"] {
        let data = use_explainer().data;
        view! {
            <h2 id="people-heading">"Who's who"</h2>
            <ul class="people__list">
                {data
                    .people
                    .iter()
                    .map(|person| {
                        view! {
                            <li id=&*person.id class="person">
                                <span class="person__name">{&*person.name}</span>
                                <span class="person__role">{&*person.role}</span>
                                <Cites labels=&person.citations />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
