//! A broken data file shows an error panel instead of the explainer.

use china_rok_explainer::data::load::EMBEDDED_JSON;
use china_rok_explainer::data::{Explainer, LoadError};
use china_rok_explainer::state::ViewState;
use wasm_bindgen_test::wasm_bindgen_test;

use super::support::*;

fn leak(error: LoadError) -> &'static LoadError {
    Box::leak(Box::new(error))
}

async fn assert_panel_lists(error: &'static LoadError) {
    let problems = error.problems();
    assert!(!problems.is_empty());
    let app = mount_root(Err(error), ViewState::default()).await;
    let root = &app.root;
    let alert = one(root, "[role=alert]");
    let items = all(&alert, "li");
    assert_eq!(items.len(), problems.len(), "one item per problem");
    for (item, problem) in items.iter().zip(&problems) {
        let expected = problem.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(text(item), expected);
    }
    for region in ["#scorecard", "#timeline", "#sections", ".popovers"] {
        assert!(maybe(root, region).is_none(), "{region} is not rendered");
    }
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn unparseable_data_shows_the_error_panel() {
    let error = Explainer::from_json("{}").expect_err("{} is not an explainer");
    assert!(matches!(error, LoadError::Parse(_)));
    assert_panel_lists(leak(error)).await;
}

#[wasm_bindgen_test]
async fn data_breaking_several_rules_lists_every_problem() {
    let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    value["goals"][0]["section"] = "no-such-section".into();
    value["goals"][1]["events"] = serde_json::json!(["no-such-event"]);
    let error = Explainer::from_json(&value.to_string()).expect_err("broken links");
    assert!(
        matches!(&error, LoadError::Invalid(problems) if problems.len() >= 2),
        "{error:?}"
    );
    assert_panel_lists(leak(error)).await;
}

#[wasm_bindgen_test]
async fn valid_data_renders_the_explainer_not_the_panel() {
    let app = mount_root(Ok(data()), ViewState::default()).await;
    assert!(maybe(&app.root, "[role=alert]").is_none());
    assert!(maybe(&app.root, "#scorecard").is_some());
    app.unmount().await;
}
