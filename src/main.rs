//! The browser app: hydrates the page that `prerender` wrote into
//! `index.html`, attaching the interactions to the DOM that is already there.

use china_rok_explainer::components::App;
use china_rok_explainer::data::Explainer;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    // The prerendered page always has #app; a page without it (a broken
    // deployment) stays readable as static HTML rather than half-hydrated.
    let Some(root) = document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let data = Explainer::embedded();
    leptos::mount::hydrate_from(root, move || view! { <App data /> }).forget();
}
