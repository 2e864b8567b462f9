//! The page as static HTML: the same components the browser hydrates,
//! rendered natively at build time into the shell `index.html`.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::components::App;
use crate::data::Explainer;

/// Where the app goes in the shell, and what hydration attaches to.
pub const APP_MOUNT: &str = r#"<div id="app"></div>"#;

/// The explainer, in its default view, as HTML.
pub fn render_app() -> String {
    // A server context, as leptos's server integrations make one: window
    // listeners and effects then know not to run.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        let data = Explainer::embedded();
        view! { <App data /> }.to_html()
    });
    owner.cleanup();
    html
}

/// The shell with the explainer in `#app`, and its title and description
/// taken from the data. Fails, saying why, if the shell lacks a placeholder.
pub fn fill_page(shell: &str) -> Result<String, String> {
    let meta = &Explainer::embedded().meta;
    let title = format!("{} An explainer", meta.title);
    let page = replace_once(
        shell,
        APP_MOUNT,
        &format!(r#"<div id="app">{}</div>"#, render_app()),
    )?;
    let page = replace_once(
        &page,
        "<title></title>",
        &format!("<title>{}</title>", escape(&title)),
    )?;
    replace_once(
        &page,
        r#"<meta name="description" content="">"#,
        &format!(
            r#"<meta name="description" content="{}">"#,
            escape(&meta.summary)
        ),
    )
}

fn replace_once(page: &str, placeholder: &str, with: &str) -> Result<String, String> {
    match page.matches(placeholder).count() {
        1 => Ok(page.replacen(placeholder, with, 1)),
        0 => Err(format!(
            "the page shell has no `{placeholder}` (already prerendered?)"
        )),
        n => Err(format!("the page shell has {n} copies of `{placeholder}`")),
    }
}

/// Escapes text for an attribute value or element content.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
