use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use super::popovers::PopoverTrigger;
use crate::data::rich_text::{parse_inline, Inline};
use crate::state::use_explainer;

/// Renders content prose: glossary terms and people become popover buttons,
/// `#id` links become in-page links. A link to an unknown id is plain text.
#[component]
pub fn RichText(text: &'static str) -> impl IntoView {
    let data = use_explainer().data;
    parse_inline(text)
        .into_iter()
        .map(|run| match run {
            Inline::Text(text) => Either::Left(text),
            Inline::Term { text, id } | Inline::Person { text, id }
                if data.kind_of(id).is_some() =>
            {
                Either::Right(EitherOf3::A(view! { <PopoverTrigger target=id text /> }))
            }
            Inline::Link { text, id } if data.kind_of(id).is_some() => {
                Either::Right(EitherOf3::B(view! { <a href=format!("#{id}")>{text}</a> }))
            }
            other => Either::Right(EitherOf3::C(other.text())),
        })
        .collect_view()
}

/// Paragraphs of rich text.
#[component]
pub fn RichParagraphs(paragraphs: &'static [String]) -> impl IntoView {
    paragraphs
        .iter()
        .map(|p| view! { <p><RichText text=p.as_str() /></p> })
        .collect_view()
}
