use china_rok_explainer::components::App;
use china_rok_explainer::data::Explainer;
use china_rok_explainer::state::initial_view;
use china_rok_explainer::state::use_url_sync::{current_fragment, remembered_open};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let data = Explainer::embedded();
    // Read the URL and storage before the first render, so a shared link
    // paints its view at once instead of flashing the default first.
    let initial = initial_view(&current_fragment(), remembered_open(), data);
    // index.html has an empty #app below the masthead; were it ever missing,
    // the app would go at the end of the body rather than not at all.
    let Some(root) = document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document().body())
    else {
        return;
    };
    leptos::mount::mount_to(root, move || view! { <App data initial /> }).forget();
}
