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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use std::sync::Arc;

    use hydration_context::SsrSharedContext;

    use super::*;
    use crate::data::Explainer;
    use crate::state::ExplainerContext;

    fn data() -> &'static Explainer {
        Explainer::embedded()
    }

    /// The prose as the prerender writes it.
    fn render(text: String) -> String {
        let text: &'static str = Box::leak(text.into_boxed_str());
        let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
        owner.with(|| {
            ExplainerContext::provide(data());
            view! { <Prose text /> }.to_html()
        })
    }

    #[test]
    fn terms_people_and_links_become_buttons_and_anchors() {
        let term = &data().glossary[0].id;
        let person = &data().people[0].id;
        let section = &data().sections[0].id;
        let html = render(format!(
            "A [word](term:{term}), [someone](person:{person}) and [there](#{section}) & <more>"
        ));
        assert!(
            html.contains(&format!("popovertarget=\"popover-{term}\"")),
            "{html}"
        );
        assert!(html.contains(">word</button>"), "{html}");
        assert!(
            html.contains(&format!("popovertarget=\"popover-{person}\"")),
            "{html}"
        );
        assert!(
            html.contains(&format!("<a href=\"#{section}\">there</a>")),
            "{html}"
        );
        assert!(html.contains("&amp; &lt;more&gt;"), "{html}");
    }

    #[test]
    fn a_link_to_an_unknown_id_is_plain_text() {
        let html = render("[gone](#no-such-id) and [gone too](term:no-such-term)".into());
        assert!(!html.contains("<a") && !html.contains("<button"), "{html}");
        assert!(html.contains("gone") && html.contains("gone too"), "{html}");
    }

    #[test]
    fn a_term_link_to_a_section_opens_no_popover() {
        let section = &data().sections[0].id;
        let html = render(format!("[x](term:{section})"));
        assert!(!html.contains("popovertarget"), "{html}");
        assert!(html.contains('x'), "{html}");
    }
}
