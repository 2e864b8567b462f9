use leptos::prelude::*;

use super::citation::Cites;
use crate::state::use_explainer;

/// Everyone the analysis names, with their role at the time of the visit.
#[component]
pub fn PeopleList() -> impl IntoView {
    let data = use_explainer().data;
    view! {
        <section id="people" class="region people" aria-labelledby="people-heading">
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
        </section>
    }
}
