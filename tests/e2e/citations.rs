//! ¶ chips open their paragraph where the reader is, and popovers behave:
//! named, closed once used, gone when a hover that opened them ends.

use std::time::Duration;

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::key::Key;
use serde_json::{json, Value};

use crate::harness::{E2e, Result, WAIT};
use crate::reader::{data, load, start};

/// The first chip in the timeline, marked for CSS, with its paragraph label.
async fn mark_a_timeline_chip(e2e: &E2e) -> Result<String> {
    let label = e2e
        .js(
            "(() => { const c = document.querySelector('#timeline .event .cite');
                      c.setAttribute('data-e2e-chip', '');
                      c.scrollIntoView({ block: 'center' });
                      return c.getAttribute('popovertarget').replace('cite-', ''); })()",
        )
        .await?;
    // Let the scroll settle before anything is measured against it.
    tokio::time::sleep(Duration::from_millis(300)).await;
    Ok(label.as_str().ok_or("no chip in the timeline")?.to_owned())
}

fn gist(label: &str) -> String {
    data()["source_map"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["label"] == json!(label))
        .and_then(|p| p["gist"].as_str())
        .unwrap_or_else(|| panic!("no gist for {label}"))
        .to_owned()
}

/// Where the popover is against its chip, whether it is open, its text, and
/// the page's scroll position.
async fn popover_state(e2e: &E2e, label: &str) -> Result<Value> {
    e2e.js(&format!(
        "(() => {{
            const p = document.getElementById('cite-{label}');
            const c = document.querySelector('[data-e2e-chip]');
            const pr = p.getBoundingClientRect(), cr = c.getBoundingClientRect();
            return {{
                open: p.matches(':popover-open'),
                text: p.innerText.replace(/\\s+/g, ' '),
                link: !!p.querySelector('a[href=\"#source-{label}\"]'),
                gap: Math.max(pr.top - cr.bottom, cr.top - pr.bottom),
                scrollY: window.scrollY,
            }};
        }})()"
    ))
    .await
}

async fn wait_open(e2e: &E2e, id: &str, open: bool) -> Result {
    e2e.wait_until(
        &format!("document.getElementById('{id}').matches(':popover-open') === {open}"),
        WAIT,
    )
    .await
    .map_err(|e| format!("#{id} open={open}: {e}"))?;
    Ok(())
}

/// Clicking a chip, and Enter on a focused chip, open its paragraph's popover
/// next to it without moving the page; the popover shows the gist and a link
/// that lands on the source note, focused, with the popover closed.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn a_chip_opens_its_paragraph_in_place() -> Result {
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    let label = mark_a_timeline_chip(&e2e).await?;
    let popover = format!("cite-{label}");
    let before = e2e.js("window.scrollY").await?;
    e2e.find("[data-e2e-chip]").await?.click().await?;
    wait_open(&e2e, &popover, true).await?;
    let state = popover_state(&e2e, &label).await?;
    assert_eq!(state["scrollY"], before, "the page moved: {state}");
    assert!(
        state["gap"].as_f64().unwrap_or(f64::MAX) < 40.0,
        "the popover is not next to its chip: {state}"
    );
    let text = state["text"].as_str().unwrap_or_default();
    assert!(text.contains(&gist(&label)), "no gist in {text:?}");
    assert_eq!(state["link"], json!(true), "no link to the note: {state}");

    // Escape closes it; Enter on the focused chip opens it again, in place.
    e2e.press(Key::Escape).await?;
    wait_open(&e2e, &popover, false).await?;
    assert!(
        e2e.is_focused("[data-e2e-chip]").await?,
        "focus left the chip"
    );
    e2e.press(Key::Enter).await?;
    wait_open(&e2e, &popover, true).await?;
    let state = popover_state(&e2e, &label).await?;
    assert_eq!(state["scrollY"], before, "Enter moved the page: {state}");

    // Following its link lands on the source note, focused, popover closed.
    e2e.find(&format!("#{popover} a")).await?.click().await?;
    e2e.wait_until(
        &format!("document.activeElement && document.activeElement.id === 'source-{label}'"),
        WAIT,
    )
    .await
    .map_err(|e| format!("focus did not land on #source-{label}: {e}"))?;
    wait_open(&e2e, &popover, false).await?;
    let seen = e2e
        .js(&format!(
            "(() => {{ const r = document.getElementById('source-{label}').getBoundingClientRect();
                       return r.bottom > 0 && r.top < innerHeight; }})()"
        ))
        .await?;
    assert_eq!(seen, json!(true), "the source note is not in view");
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// Without scripts a chip still opens its popover (the browser does it), and
/// on a phone the popover is a card clear of both edges.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn without_javascript_a_chip_opens_its_popover() -> Result {
    let e2e = E2e::start_without_javascript(390, 844).await?;
    let label = mark_a_timeline_chip(&e2e).await?;
    let popover = format!("cite-{label}");
    e2e.find("[data-e2e-chip]").await?.click().await?;
    wait_open(&e2e, &popover, true).await?;
    let box_ = e2e
        .js(&format!(
            "(() => {{ const r = document.getElementById('{popover}').getBoundingClientRect();
                       return [r.left, innerWidth - r.right, innerHeight - r.bottom]; }})()"
        ))
        .await?;
    let box_: Vec<f64> = serde_json::from_value(box_)?;
    assert!(
        box_.iter().all(|m| *m >= 8.0),
        "the phone popover touches an edge (left, right, bottom margins {box_:?})"
    );
    let text = e2e.text(&format!("#{popover}")).await?;
    assert!(text.contains(&gist(&label)), "no gist in {text:?}");
    Ok(())
}

/// A popover opened by hovering closes when the page scrolls, and when the
/// pointer has left its trigger and the popover.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn a_hover_opened_popover_closes_on_scroll_and_on_leaving() -> Result {
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    let trigger = "#timeline .popover-trigger";
    let popover = e2e
        .js(&format!(
            "(() => {{ const t = document.querySelector('{trigger}');
                       t.scrollIntoView({{ block: 'center' }});
                       return t.getAttribute('popovertarget'); }})()"
        ))
        .await?;
    let popover = popover.as_str().ok_or("no trigger")?.to_owned();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let hover = |element| {
        MouseActions::new("mouse".into())
            .then(PointerAction::MoveTo {
                duration: None,
                x: 5.0,
                y: 5.0,
            })
            .then(PointerAction::MoveToElement {
                element,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
    };
    e2e.client
        .perform_actions(hover(e2e.find(trigger).await?))
        .await?;
    e2e.client.release_actions().await?;
    wait_open(&e2e, &popover, true).await?;
    e2e.js("window.scrollBy(0, 60)").await?;
    wait_open(&e2e, &popover, false).await?;

    // Hover again, then move away: it closes after a short grace.
    e2e.client
        .perform_actions(hover(e2e.find(trigger).await?))
        .await?;
    e2e.client.release_actions().await?;
    wait_open(&e2e, &popover, true).await?;
    e2e.move_pointer_to(5.0, 5.0).await?;
    wait_open(&e2e, &popover, false).await?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// Every popover, opened, has an accessible name (its caption).
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn every_popover_has_an_accessible_name() -> Result {
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    let ids: Vec<String> = serde_json::from_value(
        e2e.js("[...document.querySelectorAll('[popover]')].map(p => p.id)")
            .await?,
    )?;
    assert!(ids.len() > 30, "only {} popovers", ids.len());
    let document = e2e.cdp("DOM.getDocument", json!({ "depth": 0 }))?;
    let root = document["root"]["nodeId"].clone();
    let mut unnamed = Vec::new();
    for id in &ids {
        e2e.js(&format!("document.getElementById('{id}').showPopover()"))
            .await?;
        let node = e2e.cdp(
            "DOM.querySelector",
            json!({ "nodeId": root, "selector": format!("#{id}") }),
        )?;
        let ax = e2e.cdp(
            "Accessibility.getPartialAXTree",
            json!({ "nodeId": node["nodeId"], "fetchRelatives": false }),
        )?;
        let name = ax["nodes"][0]["name"]["value"]
            .as_str()
            .unwrap_or("")
            .trim()
            .to_owned();
        if name.is_empty() {
            unnamed.push(id.clone());
        }
        e2e.js(&format!("document.getElementById('{id}').hidePopover()"))
            .await?;
    }
    assert!(unnamed.is_empty(), "popovers without a name: {unnamed:?}");
    Ok(())
}

/// Chips side by side keep a visible gap, at desktop and phone widths.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn adjacent_chips_do_not_touch() -> Result {
    for width in [1280, 320] {
        let e2e = start(width, 800).await?;
        load(&e2e, "").await?;
        let pairs = e2e
            .js("(() => {
                   const out = { checked: 0, touching: [] };
                   for (const b of document.querySelectorAll('.cite + .cite')) {
                     const a = b.previousElementSibling;
                     if (!b.checkVisibility({ contentVisibilityAuto: false })) continue;
                     const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
                     if (Math.abs(ra.top - rb.top) > 2) continue; // wrapped apart
                     out.checked++;
                     if (rb.left - ra.right <= 0) out.touching.push(a.textContent + ' ' + b.textContent);
                   }
                   return out; })()")
            .await?;
        assert!(
            pairs["checked"].as_u64().unwrap_or(0) > 5,
            "{width}px: too few adjacent chips: {pairs}"
        );
        assert_eq!(pairs["touching"], json!([]), "{width}px: chips touch");
    }
    Ok(())
}
