use leptos::prelude::*;

use super::citation::Cite;
use crate::data::Quote;

/// A verbatim quotation, attributed, with its paragraph.
#[component]
pub fn QuoteBlock(quote: &'static Quote) -> impl IntoView {
    view! {
        <figure class="quote">
            <blockquote class="quote__words">
                <p>"“" {&*quote.words} "”"</p>
            </blockquote>
            <figcaption class="quote__speaker">
                "— " {&*quote.speaker} " " <Cite label=&*quote.cite />
            </figcaption>
        </figure>
    }
}
