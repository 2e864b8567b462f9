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
#[macro_export]
macro_rules! static_content {
    ($tag:ident [$($attr:tt)*] $body:block) => {{
        #[cfg(not(feature = "hydrate"))]
        let view = ::leptos::prelude::view! { <$tag $($attr)*>{$body}</$tag> };
        #[cfg(feature = "hydrate")]
        let view = ::leptos::prelude::view! { <$tag $($attr)*></$tag> };
        view
    }};
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
