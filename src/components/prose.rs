//! Content prose: runs of text, with glossary terms and people as popover
//! buttons and `#id` links as in-page links.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::data::rich_text::{parse_inline, Inline};
use crate::data::{ItemKind, Text};
use crate::state::use_explainer;

/// The id of the popover that explains a glossary term or person.
pub fn popover_id(target: &str) -> String {
    format!("popover-{target}")
}

/// A word in the text that opens the popover for a glossary term or person.
/// A plain `popovertarget` button: the browser opens it, with or without
/// scripts, and `use_hover_popovers` adds hover for the whole page.
#[component]
pub fn PopoverTrigger(target: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <button type="button" class="popover-trigger" popovertarget=popover_id(target)>
            {text}
        </button>
    }
}

/// The runs of one piece of prose. A link to an unknown id is plain text.
#[component]
pub fn Prose(text: &'static str) -> impl IntoView {
    let data = use_explainer().data;
    parse_inline(text)
        .into_iter()
        .map(|run| match run {
            Inline::Term { text, id } | Inline::Person { text, id }
                if matches!(data.kind_of(id), Some(ItemKind::Term | ItemKind::Person)) =>
            {
                EitherOf3::A(view! { <PopoverTrigger target=id text /> })
            }
            Inline::Link { text, id } if data.kind_of(id).is_some() => {
                EitherOf3::B(view! { <a href=format!("#{id}")>{text}</a> })
            }
            other => EitherOf3::C(other.text()),
        })
        .collect_view()
}

/// A paragraph of prose.
#[component]
pub fn ProseParagraph(text: &'static Text) -> impl IntoView {
    view! { <p><Prose text=&**text /></p> }
}
