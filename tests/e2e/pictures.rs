//! The two pictures: the timeline overview and the Yellow Sea map.

use fantoccini::key::Key;
use serde_json::json;

use crate::harness::{E2e, Result};
use crate::reader::{data, load, reduce_motion, start, tab_until, wait_in_viewport};

/// Each mark of the overview is a link a keyboard reader reaches with Tab,
/// named by its date and title, and Enter takes them to the event's card.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn every_overview_mark_reaches_its_event_by_keyboard() -> Result {
    let e2e = start(390, 844).await?;
    e2e.open_root().await?;
    let events = data()["timeline"].as_array().unwrap().clone();
    let marks = e2e.count(".overview__marks a").await?;
    assert_eq!(marks, events.len(), "one mark per event");
    // The first mark by Tab from the top; then each next mark by one Tab.
    tab_until(&e2e, ".overview__marks li:first-child a", 60).await?;
    for (i, event) in events.iter().enumerate() {
        let id = event["id"].as_str().unwrap();
        let css = format!(".overview__marks a[href=\"#{id}\"]");
        assert!(e2e.is_focused(&css).await?, "mark {i} ({id}) has focus");
        let label = e2e.attr(&css, "aria-label").await?.unwrap_or_default();
        let title = event["title"].as_str().unwrap();
        assert!(
            label.contains(title),
            "{id}: aria-label {label:?} names the event"
        );
        if i + 1 < events.len() {
            e2e.press(Key::Tab).await?;
        }
    }
    // Enter on a mark (the last one, reached above) goes to its card.
    let last = events.last().unwrap()["id"].as_str().unwrap().to_owned();
    e2e.press(Key::Enter).await?;
    e2e.wait_until(
        &format!("location.hash.startsWith('#{last}')"),
        std::time::Duration::from_secs(5),
    )
    .await?;
    wait_in_viewport(&e2e, &last).await?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// Without JavaScript both pictures are there: every mark of the overview
/// and the map in the (open) Yellow Sea section.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn both_pictures_show_without_javascript() -> Result {
    let e2e = E2e::start_without_javascript(320, 800).await?;
    let seen = e2e
        .js("(() => {
               const shown = el => !!el && el.checkVisibility({ contentVisibilityAuto: false })
                 && el.getBoundingClientRect().width > 0;
               return {
                 marks: [...document.querySelectorAll('.overview__marks a')].filter(shown).length,
                 map: shown(document.querySelector('.sea-map img')),
                 mapLoaded: document.querySelector('.sea-map img')?.naturalWidth > 0,
                 mapName: document.querySelector('.sea-map img')?.alt.startsWith('Schematic map of the Yellow Sea'),
                 caption: shown(document.querySelector('.sea-map figcaption')),
               };
             })()")
        .await?;
    assert_eq!(
        seen["marks"],
        json!(data()["timeline"].as_array().unwrap().len()),
        "{seen}"
    );
    assert_eq!(seen["map"], json!(true), "{seen}");
    assert_eq!(seen["caption"], json!(true), "{seen}");
    assert_eq!(
        seen["mapName"],
        json!(true),
        "the map's text alternative: {seen}"
    );
    Ok(())
}

/// The map image loads once its section opens, in the page's colours: the
/// dark file in dark mode.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn the_map_loads_when_its_section_opens_light_and_dark() -> Result {
    for (dark, file) in [
        (false, "yellow-sea-map.svg"),
        (true, "yellow-sea-map-dark.svg"),
    ] {
        let e2e = E2e::start_sized(390, 844).await?;
        reduce_motion(&e2e, dark)?;
        load(&e2e, "#yellow-sea").await?;
        let seen = e2e
            .wait_until(
                "(() => { const img = document.querySelector('.sea-map img');
                   return img && img.complete && img.naturalWidth > 0
                     && img.getBoundingClientRect().width > 300 ? img.currentSrc : null; })()",
                std::time::Duration::from_secs(10),
            )
            .await?;
        let src = seen.as_str().unwrap_or_default().to_owned();
        assert!(src.ends_with(file), "dark {dark}: the map shows {src}");
        e2e.assert_quiet_console().await?;
    }
    Ok(())
}
