use leptos::prelude::*;

use super::citation::Cites;
use super::rich_text::RichText;
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
                            <li id=person.id.as_str() class="person">
                                <span class="person__name">{person.name.as_str()}</span>
                                <span class="person__role">{person.role.as_str()}</span>
                                <Cites labels=&person.citations />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Terms a reader may not know.
#[component]
pub fn Glossary() -> impl IntoView {
    let data = use_explainer().data;
    view! {
        <section id="glossary" class="region glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">"Glossary"</h2>
            <p class="region__intro">
                "Entries marked " <span class="tag tag--background">"Background"</span>
                " explain context the analysis assumes rather than anything it says."
            </p>
            <dl class="glossary__list">
                {data
                    .glossary
                    .iter()
                    .map(|term| {
                        view! {
                            <div class="glossary__entry">
                                <dt id=term.id.as_str()>
                                    {term.term.as_str()}
                                    {term.background.then(|| view! { <span class="tag tag--background">"Background"</span> })}
                                </dt>
                                <dd>
                                    <RichText text=term.definition.as_str() /> " "
                                    <Cites labels=&term.citations />
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
