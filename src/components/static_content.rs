//! Content that never changes once it is on the page.
//!
//! Most of the page is prose: paragraphs, quotations, citation markers,
//! glossary and source notes. It is rendered in full by the prerender (and by
//! the `csr` build the component tests mount), and the hydrating browser only
//! claims the element that holds it, leaving its content as the HTML has it:
//! the wasm then carries no code that would build or walk that content. The
//! interactive parts (buttons, filters, highlights) hydrate as usual.

/// `static_content!(tag [attributes] { children })`: the element with its
/// children everywhere but in the hydrating browser, where it is the same
/// element, empty (its content is already in the DOM and is kept).
///
/// Components whose parameters feed only such content allow
/// `unused_variables` under `hydrate`.
///
/// The prerender writes that content without the comments Leptos leaves for
/// hydration to find its way by (`<!>`, `<!---->`): no hydration walks it, so
/// they would only be bytes and nodes for every reader's browser to parse.
#[macro_export]
macro_rules! static_content {
    ($tag:ident [$($attr:tt)*] $body:block) => {{
        #[cfg(feature = "ssr")]
        let view = ::leptos::prelude::view! {
            <$tag $($attr)* inner_html=$crate::components::static_content::html_without_markers($body)></$tag>
        };
        #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
        let view = ::leptos::prelude::view! { <$tag $($attr)*>{$body}</$tag> };
        #[cfg(feature = "hydrate")]
        let view = ::leptos::prelude::view! { <$tag $($attr)*></$tag> };
        view
    }};
}

/// `content` as HTML, without hydration's marker comments (see
/// [`static_content!`]). Text is escaped when rendered, so a marker can only
/// be one of Leptos's own comments.
#[cfg(feature = "ssr")]
pub fn html_without_markers(content: impl leptos::prelude::IntoView) -> String {
    use leptos::prelude::*;
    content
        .into_view()
        .to_html()
        .replace("<!---->", "")
        .replace("<!>", "")
}

/// A value only the prerender needs, such as an attribute that never
/// changes: hydration leaves attributes as the HTML has them, so the
/// hydrating build never computes it (and carries none of its code).
pub fn prerendered<T: Default>(value: impl FnOnce() -> T) -> T {
    #[cfg(feature = "hydrate")]
    {
        let _ = value;
        T::default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        value()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use leptos::prelude::*;

    #[test]
    fn static_content_is_written_without_hydration_markers() {
        let name = "Xi";
        let content = || view! { "“" {name} "”, " {Some("twice")} };
        // What hydration would need to find its way in this content.
        assert!(
            content().to_html().contains("<!"),
            "{}",
            content().to_html()
        );
        let html = crate::static_content!(p [class="quote"] { content() }).to_html();
        assert_eq!(html, r#"<p class="quote">“Xi”, twice</p>"#);
    }
}
