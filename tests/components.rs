//! Component tests: run in headless Chromium by wasm-bindgen-test-runner
//! (`make test-components`). Placeholder until the real components land.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_leptos_view_mounts_into_the_real_dom() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();

    let handle = leptos::mount::mount_to(host.clone(), || {
        view! { <h1 class="probe">"China-ROK Relations on the Rebound?"</h1> }
    });

    let h1 = host
        .query_selector("h1.probe")
        .unwrap()
        .expect("<h1> was mounted");
    assert_eq!(
        h1.text_content().unwrap(),
        "China-ROK Relations on the Rebound?"
    );
    drop(handle);
    assert!(
        host.query_selector("h1.probe").unwrap().is_none(),
        "unmount removes it"
    );
}
