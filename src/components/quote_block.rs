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

/// A short quotation set in a line of its own rather than as a block:
/// phrases of the analysis, and officials' words beyond a section's one pull
/// quote.
#[component]
pub fn InlineQuote(quote: &'static Quote) -> impl IntoView {
    view! {
        <p class="quote-inline">
            {&*quote.speaker} ": " <q>{&*quote.words}</q> " " <Cite label=&*quote.cite />
        </p>
    }
}
