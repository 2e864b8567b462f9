use leptos::prelude::*;

use super::citation::write_cites;
use super::html::html;
use super::rich_text::write_rich_text;
use crate::state::use_explainer;

/// Everyone the analysis names, with their role at the time of the visit.
#[component]
pub fn PeopleList() -> impl IntoView {
    let data = use_explainer().data;
    let people = html(|h| {
        for person in data.people.iter() {
            h.open("li", &[("id", &person.id), ("class", "person")])
                .element("span", &[("class", "person__name")], &person.name)
                .element("span", &[("class", "person__role")], &person.role);
            write_cites(h, data, &person.citations);
            h.close("li");
        }
    });
    view! {
        <section id="people" class="region people" aria-labelledby="people-heading">
            <h2 id="people-heading">"Who's who"</h2>
            <ul class="people__list" inner_html=people></ul>
        </section>
    }
}

/// Terms a reader may not know.
#[component]
pub fn Glossary() -> impl IntoView {
    let data = use_explainer().data;
    let entries = html(|h| {
        for term in data.glossary.iter() {
            h.raw("<div class=\"glossary__entry\">")
                .open("dt", &[("id", &term.id)])
                .text(&term.term);
            if term.background {
                h.raw(" <span class=\"tag tag--background\">Background</span>");
            }
            h.raw("</dt><dd>");
            write_rich_text(h, data, &term.definition);
            h.raw(" ");
            write_cites(h, data, &term.citations);
            h.raw("</dd></div>");
        }
    });
    view! {
        <section id="glossary" class="region glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">"Glossary"</h2>
            <p class="region__intro">
                "Entries marked " <span class="tag tag--background">"Background"</span>
                " explain context the analysis assumes rather than anything it says."
            </p>
            <dl class="glossary__list" inner_html=entries></dl>
        </section>
    }
}
