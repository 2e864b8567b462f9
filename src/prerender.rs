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
/// taken from the data. The shell may be minified (trunk minifies release
/// builds before its hooks run, so `id="app"` may read `id=app`). Fails,
/// saying why, if the shell lacks a placeholder.
pub fn fill_page(shell: &str) -> Result<String, String> {
    let meta = &Explainer::embedded().meta;
    let app = format!(r#"<div id="app">{}</div>"#, render_app());
    let mount = [APP_MOUNT, "<div id=app></div>"]
        .into_iter()
        .find(|mount| shell.contains(mount))
        .ok_or_else(|| format!("the page shell has no `{APP_MOUNT}` (already prerendered?)"))?;
    let page = replace_once(shell, mount, &app)?;
    // The overview's placing rules (see `overview::at`): one `<style>`,
    // allowed by one hash in the page's CSP.
    let head = format!(
        r#"<title>{} An explainer</title><meta name="description" content="{}"><style>{}</style>"#,
        escape(&meta.title),
        escape(&meta.summary),
        Explainer::embedded().overview().stylesheet()
    );
    replace_once(&page, "<title></title>", &head)
}

fn replace_once(page: &str, placeholder: &str, with: &str) -> Result<String, String> {
    match page.matches(placeholder).count() {
        1 => Ok(page.replacen(placeholder, with, 1)),
        0 => Err(format!("the page shell has no `{placeholder}`")),
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

/// The files the page needs beside `index.html`: the Yellow Sea map, light
/// and dark (`components::yellow_sea_map`), as (file name, contents).
pub fn companion_files() -> Vec<(&'static str, String)> {
    use crate::components::yellow_sea_map::{map_file, MapColours, DARK_FILE, LIGHT_FILE};
    vec![
        (LIGHT_FILE, map_file(MapColours::Light)),
        (DARK_FILE, map_file(MapColours::Dark)),
    ]
}
