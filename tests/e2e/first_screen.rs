//! What a phone reader sees before scrolling: the answer and every verdict.

use serde_json::{json, Value};

use crate::harness::{E2e, Result};
use crate::reader::data;

/// Every goal's link in the verdict strip, and its verdict's label, lie
/// wholly inside the first 390 × 844 screen; returns the goals that do not.
const OFF_SCREEN_JS: &str = "
  const inside = el => {
    if (!el || !el.checkVisibility()) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
  };
  return arguments[0].filter(id => {
    const link = document.querySelector(`.verdict-strip a[href=\"#${id}\"]`);
    const verdict = link && link.closest('.verdict-strip__group')
      .querySelector('.verdict-strip__verdict');
    return !(inside(link) && inside(verdict));
  });
";

/// A phone's viewport, exactly: 390 × 844 CSS pixels.
fn phone_viewport(e2e: &E2e) -> Result {
    e2e.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true }),
    )?;
    Ok(())
}

async fn goals_off_screen(e2e: &E2e) -> Result<Value> {
    let ids: Vec<Value> = data()["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].clone())
        .collect();
    Ok(e2e.client.execute(OFF_SCREEN_JS, vec![json!(ids)]).await?)
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn every_verdict_is_on_the_first_phone_screen() -> Result {
    let e2e = E2e::start_sized(390, 844).await?;
    phone_viewport(&e2e)?;
    e2e.open_root().await?;
    let off = goals_off_screen(&e2e).await?;
    assert_eq!(
        off,
        json!([]),
        "goals below the first screen with scripts on"
    );
    e2e.assert_quiet_console().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn every_verdict_is_on_the_first_phone_screen_without_javascript() -> Result {
    let e2e = E2e::start_without_javascript(390, 844).await?;
    phone_viewport(&e2e)?;
    let off = goals_off_screen(&e2e).await?;
    assert_eq!(
        off,
        json!([]),
        "goals below the first screen with scripts off"
    );
    Ok(())
}
