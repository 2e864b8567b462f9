//! The wasm tests proper, one module per part of the page.

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod integrity;
mod linking;
mod popovers;
mod scorecard;
mod sections;
mod support;
mod timeline;
mod url_state;
