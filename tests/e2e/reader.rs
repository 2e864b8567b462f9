//! A reader's journeys through the explainer: keyboard-only use of the
//! accordion, deep links, the timeline filter, following a goal to its events
//! and back, junk fragments, a phone-width window, popovers and a reload.
//!
//! Every test asserts DOM and URL state (not just a quiet console), waits on
//! that state with `wait_until` rather than sleeping, and ends with
//! `assert_quiet_console`.

use crate::harness::{E2e, Result, WAIT};
use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction};
use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::{json, Value};
use std::collections::BTreeSet;

// ---- the content, read from the same file the app embeds ----------------

/// The explainer's data as JSON (the app embeds this very file).
pub(crate) fn data() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/explainer.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().or_else(|| x["id"].as_str()))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// A goal with at least two events (so "exactly its events" means something).
fn goal_with_events(data: &Value) -> Value {
    data["goals"]
        .as_array()
        .and_then(|goals| goals.iter().find(|g| ids(&g["events"]).len() >= 2))
        .cloned()
        .expect("the data has a goal with two or more events")
}

// ---- page helpers ----------------------------------------------------------

/// The page is prerendered, so every element is there at once; the controls
/// work once the app has hydrated it and applied the URL's view, which it
/// marks with `data-hydrated` on `<html>`.
pub(crate) async fn wait_for_app(e2e: &E2e) -> Result {
    e2e.wait_until(
        "document.documentElement.hasAttribute('data-hydrated')",
        WAIT,
    )
    .await?;
    Ok(())
}

/// A fresh page load at the root, with `fragment` (may be empty): leaves the
/// current document first so that a fragment-only difference is not treated
/// as a same-document navigation.
pub(crate) async fn load(e2e: &E2e, fragment: &str) -> Result {
    e2e.client.goto("about:blank").await?;
    if fragment.is_empty() {
        e2e.open_root().await?;
    } else {
        e2e.open_fragment(&e2e.root_url(), fragment).await?;
    }
    wait_for_app(e2e).await
}

/// Run a JS snippet (a function body; `arguments[0]` is `arg`) and return its value.
/// An array `arg` is spread into `arguments[0..]`.
async fn run(e2e: &E2e, body: &str, arg: Value) -> Result<Value> {
    let args = match arg {
        Value::Array(items) => items,
        other => vec![other],
    };
    Ok(e2e.client.execute(body, args).await?)
}

/// Attribute `name` of the first element matching `css`, as in the DOM
/// (WebDriver's Get Element Attribute reports boolean attributes such as
/// `hidden` as "true", hiding `hidden="until-found"`).
pub(crate) async fn attr_of(e2e: &E2e, css: &str, name: &str) -> Result<Option<String>> {
    let v = run(
        e2e,
        "const el = document.querySelector(arguments[0]);
         if (!el) throw new Error('no element matches ' + arguments[0]);
         return el.getAttribute(arguments[1]);",
        json!([css, name]),
    )
    .await?;
    Ok(v.as_str().map(str::to_owned))
}

/// Smooth scrolling (the page's `scroll-behavior: smooth` unless the reader
/// prefers reduced motion) makes WebDriver click where an element *will be*
/// before it gets there. Readers who click do not scroll first, so the tests
/// ask for reduced motion, which the page honours.
pub(crate) fn reduce_motion(e2e: &E2e, dark: bool) -> Result {
    let mut features = vec![json!({"name": "prefers-reduced-motion", "value": "reduce"})];
    if dark {
        features.push(json!({"name": "prefers-color-scheme", "value": "dark"}));
    }
    e2e.cdp(
        "Emulation.setEmulatedMedia",
        json!({ "features": features }),
    )?;
    Ok(())
}

/// Start a browser window of the given size with reduced motion.
pub(crate) async fn start(width: u32, height: u32) -> Result<E2e> {
    let e2e = E2e::start_sized(width, height).await?;
    reduce_motion(&e2e, false)?;
    Ok(e2e)
}

/// Is the element rendered and not inside a collapsed (`hidden`/`until-found`) subtree?
/// Open panels far from the viewport use `content-visibility: auto`, so the
/// browser may skip painting them until the reader scrolls near: that counts
/// as shown (`contentVisibilityAuto: false`); `until-found` does not.
async fn displayed(e2e: &E2e, css: &str) -> Result<bool> {
    let v = run(
        e2e,
        "const el = document.querySelector(arguments[0]);
         return !!el && el.checkVisibility({contentVisibilityAuto: false, visibilityProperty: true});",
        json!(css),
    )
    .await?;
    Ok(v == json!(true))
}

/// Ids of the elements matching `css`, in document order.
async fn ids_of(e2e: &E2e, css: &str) -> Result<Vec<String>> {
    let v = run(
        e2e,
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.id);",
        json!(css),
    )
    .await?;
    Ok(serde_json::from_value(v)?)
}

/// Wait until the element `css` has (or lacks) class `class`.
async fn wait_class(e2e: &E2e, css: &str, class: &str, present: bool) -> Result {
    let expr = format!(
        "(() => {{ const el = document.querySelector({}); return !!el && el.classList.contains({}) === {present}; }})()",
        json!(css),
        json!(class)
    );
    e2e.wait_until(&expr, WAIT)
        .await
        .map_err(|e| format!("`{css}` class {class} present={present}: {e}"))?;
    Ok(())
}

/// Wait until attribute `name` of `css` equals `value` (`None`: absent).
pub(crate) async fn wait_attr(e2e: &E2e, css: &str, name: &str, value: Option<&str>) -> Result {
    let expr = format!(
        "(() => {{ const el = document.querySelector({}); return !!el && el.getAttribute({}) === {}; }})()",
        json!(css),
        json!(name),
        json!(value)
    );
    e2e.wait_until(&expr, WAIT)
        .await
        .map_err(|e| format!("`{css}` [{name}] should become {value:?}: {e}").into())
        .map(|_| ())
}

/// Wait until the URL fragment satisfies `ok`.
pub(crate) async fn wait_fragment(
    e2e: &E2e,
    what: &str,
    ok: impl Fn(&str) -> bool,
) -> Result<String> {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let fragment = e2e.current_fragment().await?;
        if ok(&fragment) {
            return Ok(fragment);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("URL fragment never {what}; it is {fragment:?}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Wait until the top of `#id` lies inside the viewport.
pub(crate) async fn wait_in_viewport(e2e: &E2e, id: &str) -> Result {
    let expr = format!(
        "(() => {{ const el = document.getElementById({}); if (!el) return false;
                   const r = el.getBoundingClientRect();
                   return r.top >= 0 && r.top < window.innerHeight; }})()",
        json!(id)
    );
    e2e.wait_until(&expr, WAIT)
        .await
        .map_err(|e| format!("#{id} was not scrolled into the viewport: {e}").into())
        .map(|_| ())
}

/// Shift+Tab, like a reader going back one control.
pub(crate) async fn shift_tab(e2e: &E2e) -> Result {
    let (shift, tab): (char, char) = (Key::Shift.into(), Key::Tab.into());
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: shift })
        .then(KeyAction::Down { value: tab })
        .then(KeyAction::Up { value: tab })
        .then(KeyAction::Up { value: shift });
    e2e.client.perform_actions(actions).await?;
    e2e.client.release_actions().await?;
    Ok(())
}

/// Press Tab until `css` has focus; fails after `limit` presses.
pub(crate) async fn tab_until(e2e: &E2e, css: &str, limit: usize) -> Result<usize> {
    for n in 1..=limit {
        e2e.press(Key::Tab).await?;
        if e2e.is_focused(css).await? {
            return Ok(n);
        }
    }
    let active = e2e
        .js("document.activeElement && document.activeElement.outerHTML.slice(0, 120)")
        .await?;
    Err(format!("`{css}` never got focus in {limit} Tab presses (focus is on {active})").into())
}

/// The button that shows or hides every section.
const TOGGLE_ALL: &str = "#sections button.sections__toggle-all";

// ---- 1. keyboard-only accordion -------------------------------------------

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn keyboard_only_accordion() -> Result {
    let data = data();
    let sections = ids(&data["sections"]);
    let first = &sections[0];
    let button = format!("#{first}-button");
    let panel = format!("#{first}-panel");

    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    assert_eq!(
        attr_of(&e2e, "#sections h3 button", "id").await?.as_deref(),
        Some(format!("{first}-button").as_str()),
        "the first accordion button is the first section's"
    );
    // Tab from the top of the page: the show/hide-all button, then the first section.
    let presses = tab_until(&e2e, TOGGLE_ALL, 300).await?;
    e2e.press(Key::Tab).await?;
    assert!(
        e2e.is_focused(&button).await?,
        "after {presses} Tabs to the show-all button, one more Tab should reach {button}"
    );
    assert_eq!(
        attr_of(&e2e, &button, "aria-expanded").await?.as_deref(),
        Some("false")
    );
    assert_eq!(
        attr_of(&e2e, &button, "aria-controls").await?,
        Some(format!("{first}-panel"))
    );
    assert_eq!(
        attr_of(&e2e, &panel, "hidden").await?.as_deref(),
        Some("until-found")
    );

    // Enter opens.
    e2e.press(Key::Enter).await?;
    wait_attr(&e2e, &button, "aria-expanded", Some("true")).await?;
    wait_attr(&e2e, &panel, "hidden", None).await?;
    assert!(
        displayed(&e2e, &panel).await?,
        "{panel} open but not displayed"
    );
    assert!(
        displayed(&e2e, &format!("{panel} p")).await?,
        "text in {panel} is not displayed"
    );
    let fragment = wait_fragment(&e2e, &format!("to contain open={first}"), |f| {
        f.split('&').any(|p| p == format!("open={first}"))
    })
    .await?;
    assert!(!fragment.contains("theme="), "{fragment}");
    assert!(
        e2e.is_focused(&button).await?,
        "focus left the button on Enter"
    );

    // Space closes; the takeaway stays.
    e2e.press(Key::Space).await?;
    wait_attr(&e2e, &button, "aria-expanded", Some("false")).await?;
    wait_attr(&e2e, &panel, "hidden", Some("until-found")).await?;
    assert!(
        !displayed(&e2e, &format!("{panel} p")).await?,
        "collapsed text still displayed"
    );
    let takeaway = format!("#{first} .explainer-section__takeaway");
    assert!(
        displayed(&e2e, &takeaway).await?,
        "takeaway hidden when collapsed"
    );
    assert!(
        !e2e.text(&takeaway).await?.trim().is_empty(),
        "takeaway is empty"
    );
    wait_fragment(&e2e, "to drop the open section", |f| !f.contains("open=")).await?;

    // Back one control to "Show all sections"; Enter opens every section.
    shift_tab(&e2e).await?;
    assert!(
        e2e.is_focused(TOGGLE_ALL).await?,
        "Shift+Tab did not reach the show-all button"
    );
    assert_eq!(e2e.text(TOGGLE_ALL).await?, "Show all sections");
    e2e.press(Key::Enter).await?;
    e2e.wait_until(
        "Array.from(document.querySelectorAll('#sections h3 button')).every(b => b.getAttribute('aria-expanded') === 'true')",
        WAIT,
    )
    .await?;
    assert_eq!(
        e2e.count("#sections .explainer-section__panel[hidden]")
            .await?,
        0
    );
    assert_eq!(e2e.text(TOGGLE_ALL).await?, "Hide all sections");
    let fragment = e2e.current_fragment().await?;
    for id in &sections {
        assert!(
            fragment.contains(id.as_str()),
            "{id} missing from open= in {fragment:?}"
        );
    }
    // Space: "Hide all sections" closes them all again.
    assert!(
        e2e.is_focused(TOGGLE_ALL).await?,
        "focus left the show-all button"
    );
    e2e.press(Key::Space).await?;
    e2e.wait_until(
        "Array.from(document.querySelectorAll('#sections h3 button')).every(b => b.getAttribute('aria-expanded') === 'false')",
        WAIT,
    )
    .await?;
    assert_eq!(
        e2e.count("#sections .explainer-section__panel[hidden=until-found]")
            .await?,
        sections.len()
    );
    assert_eq!(e2e.text(TOGGLE_ALL).await?, "Show all sections");
    e2e.assert_quiet_console().await?;
    Ok(())
}

// ---- 2. deep links -------------------------------------------------------

/// Checks the goal is opened, focused, in view and its events related.
async fn assert_goal_deep_linked(e2e: &E2e, goal: &Value) -> Result {
    let id = goal["id"].as_str().unwrap();
    wait_attr(e2e, &format!("#{id}-button"), "aria-expanded", Some("true")).await?;
    assert_eq!(
        attr_of(e2e, &format!("#{id}-details"), "hidden").await?,
        None
    );
    assert!(
        displayed(e2e, &format!("#{id}-details h4")).await?,
        "#{id}'s details are not displayed"
    );
    wait_class(e2e, &format!("#{id}"), "is-focused", true).await?;
    assert_eq!(
        ids_of(e2e, "[id].is-focused").await?,
        [id],
        "only the goal is focused"
    );
    wait_in_viewport(e2e, id).await?;
    // Its section is related; the timeline's cards show their goals
    // themselves and take no part in the selection.
    let section = goal["section"].as_str().unwrap();
    wait_class(e2e, &format!("#{section}"), "is-related", true).await?;
    let related: BTreeSet<String> = ids_of(e2e, "[id].is-related").await?.into_iter().collect();
    assert_eq!(
        related,
        BTreeSet::from([section.to_owned()]),
        "is-related should be exactly {id}'s section"
    );
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn deep_link_to_a_goal() -> Result {
    let data = data();
    // The last goal with two or more events, so the page has to scroll to reach it.
    let goal = data["goals"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|g| ids(&g["events"]).len() >= 2)
        .cloned()
        .unwrap();
    let id = goal["id"].as_str().unwrap();

    let e2e = start(1280, 900).await?;
    load(&e2e, id).await?;
    assert_goal_deep_linked(&e2e, &goal).await?;
    assert_eq!(
        e2e.count("#sections h3 button[aria-expanded=true]").await?,
        0,
        "a bare goal link opens no section"
    );
    assert_eq!(
        e2e.current_fragment().await?,
        id,
        "the page load leaves the URL as typed"
    );
    e2e.assert_quiet_console().await?;

    // A full-state link restores everything.
    let fragment = format!("{id}&open={id},north-korea&theme=maritime");
    load(&e2e, &fragment).await?;
    assert_goal_deep_linked(&e2e, &goal).await?;
    wait_attr(&e2e, "#north-korea-button", "aria-expanded", Some("true")).await?;
    assert_eq!(attr_of(&e2e, "#north-korea-panel", "hidden").await?, None);
    assert_eq!(
        e2e.count("#sections h3 button[aria-expanded=true]").await?,
        1,
        "only north-korea is open"
    );
    assert_eq!(
        attr_of(
            &e2e,
            "#timeline button.theme-filter[data-theme=maritime]",
            "aria-pressed"
        )
        .await?
        .as_deref(),
        Some("true")
    );
    assert_eq!(
        e2e.count("#timeline button.theme-filter[aria-pressed=true]")
            .await?,
        1,
        "only maritime is pressed"
    );
    let shown = ids_of(&e2e, "#timeline .event:not([hidden])").await?;
    let maritime: Vec<String> = data["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| ids(&e["themes"]).iter().any(|t| t == "maritime"))
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(shown, maritime, "only maritime events are shown");
    e2e.assert_quiet_console().await?;
    Ok(())
}

// ---- 3. filtering the timeline --------------------------------------------

/// What the timeline's status region says, seen or not (with no filter on
/// it is there for screen readers only).
async fn timeline_status(e2e: &E2e) -> Result<String> {
    let text = e2e
        .js("document.querySelector('#timeline .filter-status').textContent")
        .await?;
    Ok(text.as_str().unwrap_or_default().to_owned())
}

fn filter_button(theme: &str) -> String {
    format!("#timeline button.theme-filter[data-theme={theme}]")
}

/// Events (ids, in order) that carry any of `themes`.
fn events_with(data: &Value, themes: &[&str]) -> Vec<String> {
    data["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            ids(&e["themes"])
                .iter()
                .any(|t| themes.contains(&t.as_str()))
        })
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The displayed events match `expected`; every other event carries `hidden` and is not displayed.
async fn assert_events_shown(e2e: &E2e, expected: &[String]) -> Result {
    let report = run(
        e2e,
        "return Array.from(document.querySelectorAll('#timeline .event')).map(e => ({
             id: e.id, hidden: e.hasAttribute('hidden'), visible: e.checkVisibility() }));",
        json!(null),
    )
    .await?;
    let mut shown = Vec::new();
    for e in report.as_array().unwrap() {
        let id = e["id"].as_str().unwrap().to_owned();
        let hidden = e["hidden"] == json!(true);
        let visible = e["visible"] == json!(true);
        assert_eq!(
            hidden, !visible,
            "{id}: hidden={hidden} but visible={visible}"
        );
        if visible {
            shown.push(id);
        }
    }
    assert_eq!(shown, expected, "displayed events");
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn filtering_the_timeline() -> Result {
    let data = data();
    let total = data["timeline"].as_array().unwrap().len();
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    assert_eq!(
        timeline_status(&e2e).await?,
        format!("Showing all {total} events.")
    );

    e2e.click(&filter_button("maritime")).await?;
    wait_attr(
        &e2e,
        &filter_button("maritime"),
        "aria-pressed",
        Some("true"),
    )
    .await?;
    let maritime = events_with(&data, &["maritime"]);
    assert_events_shown(&e2e, &maritime).await?;
    let on_button: usize = e2e
        .text(&format!(
            "{} .filter-button__count",
            filter_button("maritime")
        ))
        .await?
        .trim()
        .parse()?;
    assert_eq!(on_button, maritime.len(), "the count on the button");
    assert_eq!(
        timeline_status(&e2e).await?,
        format!("Showing {on_button} of {total} events.")
    );
    wait_fragment(&e2e, "to contain theme=maritime", |f| {
        f.contains("theme=maritime")
    })
    .await?;

    // A second theme shows the union.
    e2e.click(&filter_button("economy")).await?;
    wait_attr(
        &e2e,
        &filter_button("economy"),
        "aria-pressed",
        Some("true"),
    )
    .await?;
    assert_eq!(
        attr_of(&e2e, &filter_button("maritime"), "aria-pressed")
            .await?
            .as_deref(),
        Some("true")
    );
    let union = events_with(&data, &["maritime", "economy"]);
    assert!(union.len() > maritime.len(), "economy adds events");
    assert_events_shown(&e2e, &union).await?;
    assert_eq!(
        timeline_status(&e2e).await?,
        format!("Showing {} of {total} events.", union.len())
    );
    wait_fragment(&e2e, "to contain theme=economy,maritime", |f| {
        f.contains("theme=economy,maritime")
    })
    .await?;

    // "Show all events" clears the filter.
    let show_all = e2e
        .client
        .find(Locator::XPath(
            "//section[@id='timeline']//button[normalize-space()='Show all events']",
        ))
        .await?;
    assert!(
        show_all.is_displayed().await?,
        "Show all events is not displayed while filtering"
    );
    show_all.click().await?;
    e2e.wait_until(
        "document.querySelectorAll('#timeline .event[hidden]').length === 0",
        WAIT,
    )
    .await?;
    let all: Vec<String> = ids(&data["timeline"]);
    assert_events_shown(&e2e, &all).await?;
    assert_eq!(
        e2e.count("#timeline button.theme-filter[aria-pressed=true]")
            .await?,
        0
    );
    assert_eq!(
        timeline_status(&e2e).await?,
        format!("Showing all {total} events.")
    );
    assert!(
        !show_all.is_displayed().await?,
        "Show all events still displayed with no filter"
    );
    wait_fragment(&e2e, "to drop theme=", |f| !f.contains("theme=")).await?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

// ---- 4 and 5. following a goal to its events, then Back and Forward -------

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn following_a_goal_to_its_events_and_back() -> Result {
    let data = data();
    let goal = goal_with_events(&data);
    let id = goal["id"].as_str().unwrap();
    let section = goal["section"].as_str().unwrap();
    let events = ids(&goal["events"]);
    let event = events[0].clone();

    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    assert_eq!(e2e.count(".is-related").await?, 0);

    // Expand the goal.
    e2e.click(&format!("#{id}-button")).await?;
    wait_attr(
        &e2e,
        &format!("#{id}-button"),
        "aria-expanded",
        Some("true"),
    )
    .await?;
    // No "Highlight its events and section" toggle any more (its effect was
    // out of sight): the links to its events and section do that job.
    assert_eq!(
        e2e.count(&format!("#{id} .select-button")).await?,
        0,
        "the goal has no highlight toggle"
    );
    assert!(displayed(&e2e, &format!("#{id}-details a[href=\"#{section}\"]")).await?);
    let goal_fragment =
        wait_fragment(&e2e, &format!("to hold {id} open"), |f| f.contains(id)).await?;

    // Follow one of its event links.
    let link = format!("#{id}-details a[href=\"#{event}\"]");
    e2e.click(&link).await?;
    let event_fragment = wait_fragment(&e2e, &format!("to start with {event}"), |f| {
        f.split('&').next() == Some(event.as_str())
    })
    .await?;
    wait_class(&e2e, &format!("#{event}"), "is-focused", true).await?;
    assert_eq!(ids_of(&e2e, "[id].is-focused").await?, [event.as_str()]);
    wait_in_viewport(&e2e, &event).await?;
    // Its goal chips, always shown, link back to the goal.
    let back_link = format!("#{event} a.goal-chip[href=\"#{id}\"]");
    assert!(
        displayed(&e2e, &back_link).await?,
        "#{event} has no chip linking back to #{id}"
    );
    // The goal stays open (a followed link keeps the view) and is now related.
    assert_eq!(
        attr_of(&e2e, &format!("#{id}-button"), "aria-expanded")
            .await?
            .as_deref(),
        Some("true")
    );
    wait_class(&e2e, &format!("#{id}"), "is-related", true).await?;
    e2e.assert_quiet_console().await?;

    // ---- Back returns to the goal, Forward to the event.
    e2e.client.back().await?;
    wait_fragment(&e2e, &format!("to return to {goal_fragment:?}"), |f| {
        f == goal_fragment
    })
    .await?;
    wait_class(&e2e, &format!("#{event}"), "is-focused", false).await?;
    assert_eq!(e2e.count("[id].is-focused").await?, 0, "nothing selected");
    assert_eq!(
        attr_of(&e2e, &format!("#{id}-button"), "aria-expanded")
            .await?
            .as_deref(),
        Some("true")
    );

    e2e.client.forward().await?;
    wait_fragment(&e2e, &format!("to return to {event_fragment:?}"), |f| {
        f == event_fragment
    })
    .await?;
    wait_class(&e2e, &format!("#{event}"), "is-focused", true).await?;
    wait_class(&e2e, &format!("#{id}"), "is-focused", false).await?;
    assert_eq!(ids_of(&e2e, "[id].is-focused").await?, [event.as_str()]);
    assert!(displayed(&e2e, &back_link).await?);
    e2e.assert_quiet_console().await?;
    Ok(())
}

// ---- 6. junk fragments ---------------------------------------------------

/// The default view: the scorecard rendered, nothing focused, opened, related or filtered.
async fn assert_default_view(e2e: &E2e, data: &Value, after: &str) -> Result {
    let goals = data["goals"].as_array().unwrap().len();
    assert_eq!(
        e2e.count("#scorecard .goal").await?,
        goals,
        "{after}: scorecard goals"
    );
    assert!(
        displayed(e2e, "#scorecard h2").await?,
        "{after}: scorecard not displayed"
    );
    for (selector, what) in [
        ("#scorecard .goal[hidden]", "goals hidden"),
        (".is-focused", "something is focused"),
        (".is-related", "something is related"),
        ("[aria-expanded=true]", "something is open"),
        ("[aria-pressed=true]", "a filter is on"),
        ("#timeline .event[hidden]", "events hidden"),
        (
            // (The page's one image is the Yellow Sea map.)
            "#app script, #app img:not(.sea-map__img)",
            "markup from the fragment was injected",
        ),
    ] {
        assert_eq!(e2e.count(selector).await?, 0, "{after}: {what}");
    }
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn junk_fragments_change_nothing() -> Result {
    let data = data();
    let e2e = start(1280, 900).await?;
    for junk in [
        "<script>alert(1)</script>",
        "open=nope&theme=weather",
        "%E2%9C%93",
        "&&==",
    ] {
        load(&e2e, junk).await?;
        assert_default_view(&e2e, &data, &format!("#{junk}")).await?;
        assert!(
            e2e.client.get_alert_text().await.is_err(),
            "#{junk}: an alert is open"
        );
        e2e.assert_quiet_console().await?;
    }
    // Following a link to an id that does not exist changes nothing either.
    e2e.goto_fragment("nothing-here").await?;
    e2e.wait_until("location.hash === '#nothing-here'", WAIT)
        .await?;
    // Let a hashchange handler run (one animation frame is enough for the app's effects).
    e2e.client
        .execute_async(
            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(null)));",
            vec![],
        )
        .await?;
    assert_default_view(&e2e, &data, "#nothing-here").await?;
    assert_eq!(e2e.current_fragment().await?, "nothing-here");
    e2e.assert_quiet_console().await?;
    Ok(())
}

// ---- 7. phone width ----------------------------------------------------------

/// No sideways scrolling; on failure, name the elements that stick out.
async fn assert_no_sideways_scroll(e2e: &E2e, width: u64, state: &str) -> Result {
    let v = e2e
        .js("({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, inner: window.innerWidth})")
        .await?;
    let scroll = v["scroll"].as_u64().unwrap_or(u64::MAX);
    if scroll > width {
        let culprits = e2e
            .js("Array.from(document.querySelectorAll('body *')).filter(el => {
                    const r = el.getBoundingClientRect();
                    return r.width > 0 && r.right > document.documentElement.clientWidth + 0.5
                        && !Array.from(el.children).some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5);
                 }).slice(0, 8).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + el.className + ' right=' + Math.round(el.getBoundingClientRect().right))")
            .await?;
        return Err(format!(
            "{state}: the page scrolls sideways at {width} px ({v}); sticking out: {culprits:#}"
        )
        .into());
    }
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn phone_width_never_scrolls_sideways() -> Result {
    let data = data();
    let e2e = start(320, 800).await?;
    load(&e2e, "").await?;
    let inner = e2e.js("window.innerWidth").await?.as_u64().unwrap_or(0);
    assert_eq!(inner, 320, "the window is not 320 px wide");
    assert_no_sideways_scroll(&e2e, 320, "at load").await?;

    e2e.click(TOGGLE_ALL).await?;
    e2e.wait_until(
        "document.querySelectorAll('#sections .explainer-section__panel[hidden]').length === 0",
        WAIT,
    )
    .await?;
    assert_no_sideways_scroll(&e2e, 320, "with every section open").await?;

    let goal = goal_with_events(&data);
    let id = goal["id"].as_str().unwrap();
    e2e.click(&format!("#{id}-button")).await?;
    wait_attr(&e2e, &format!("#{id}-details"), "hidden", None).await?;
    assert_no_sideways_scroll(&e2e, 320, &format!("with {id} expanded")).await?;

    // And with every goal expanded.
    for g in ids(&data["goals"]) {
        if attr_of(&e2e, &format!("#{g}-button"), "aria-expanded")
            .await?
            .as_deref()
            != Some("true")
        {
            e2e.click(&format!("#{g}-button")).await?;
        }
    }
    e2e.wait_until(
        "document.querySelectorAll('#scorecard .goal__details[hidden]').length === 0",
        WAIT,
    )
    .await?;
    // Its event followed by the event's own link (its date).
    let event = &ids(&goal["events"])[0];
    e2e.click(&format!("#{event} a.event__date")).await?;
    wait_class(&e2e, &format!("#{event}"), "is-focused", true).await?;
    assert_no_sideways_scroll(&e2e, 320, "with every goal expanded and an event focused").await?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

// ---- 8. popovers ------------------------------------------------------------

async fn popover_open(e2e: &E2e, popover_id: &str) -> Result<bool> {
    let v = run(
        e2e,
        "const p = document.getElementById(arguments[0]); return !!p && p.matches(':popover-open');",
        json!(popover_id),
    )
    .await?;
    Ok(v == json!(true))
}

async fn wait_popover(e2e: &E2e, popover_id: &str, open: bool) -> Result {
    let expr = format!(
        "(() => {{ const p = document.getElementById({}); return !!p && p.matches(':popover-open') === {open}; }})()",
        json!(popover_id)
    );
    e2e.wait_until(&expr, WAIT)
        .await
        .map_err(|e| format!("popover #{popover_id} open={open}: {e}"))?;
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn popover_opens_by_click_hover_and_keyboard_and_escape_closes() -> Result {
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    // Open the first section that has a popover trigger in its panel.
    let section = e2e
        .js("(() => { const s = Array.from(document.querySelectorAll('#sections .explainer-section'))
                 .find(s => s.querySelector('.explainer-section__panel .popover-trigger')); return s && s.id; })()")
        .await?;
    let section = section
        .as_str()
        .ok_or("no section panel has a popover trigger")?
        .to_owned();
    e2e.click(&format!("#{section}-button")).await?;
    wait_attr(&e2e, &format!("#{section}-panel"), "hidden", None).await?;

    // Mark the first two triggers so they can be addressed by CSS.
    let targets = run(
        &e2e,
        "const ts = Array.from(document.querySelectorAll('#' + arguments[0] + '-panel .popover-trigger'));
         ts.forEach((t, i) => t.setAttribute('data-e2e-trigger', String(i)));
         return ts.map(t => t.getAttribute('popovertarget'));",
        json!(section),
    )
    .await?;
    let targets: Vec<String> = serde_json::from_value(targets)?;
    let trigger = "[data-e2e-trigger='0']";
    let popover = targets[0].clone();
    assert!(
        e2e.count(&format!("#{popover}[popover]")).await? == 1,
        "#{popover} is not a popover"
    );
    assert!(!popover_open(&e2e, &popover).await?);

    // Click opens.
    e2e.click(trigger).await?;
    wait_popover(&e2e, &popover, true).await?;
    assert!(displayed(&e2e, &format!("#{popover} .popover__title")).await?);
    // Escape closes it and focus stays on (returns to) the trigger.
    e2e.press(Key::Escape).await?;
    wait_popover(&e2e, &popover, false).await?;
    assert!(
        e2e.is_focused(trigger).await?,
        "focus did not return to the trigger after Escape"
    );

    // Keyboard: Enter on the focused trigger opens, Escape closes, focus returns.
    e2e.press(Key::Enter).await?;
    wait_popover(&e2e, &popover, true).await?;
    e2e.press(Key::Escape).await?;
    wait_popover(&e2e, &popover, false).await?;
    assert!(
        e2e.is_focused(trigger).await?,
        "focus did not return to the trigger after keyboard use"
    );

    // Hover with a mouse opens it, and it stays while the pointer is on it.
    let heading = e2e.find("h1").await?;
    let element = e2e.find(trigger).await?;
    let hover = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: heading,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::MoveToElement {
            element,
            duration: None,
            x: 0.0,
            y: 0.0,
        });
    e2e.client.perform_actions(hover).await?;
    e2e.client.release_actions().await?;
    wait_popover(&e2e, &popover, true).await?;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert!(
        popover_open(&e2e, &popover).await?,
        "the hover-opened popover closed under the pointer"
    );
    // Moving the pointer away closes it after a short grace (WCAG 1.4.13
    // asks that it stay while hovered, not after).
    e2e.move_pointer_to(5.0, 5.0).await?;
    wait_popover(&e2e, &popover, false).await?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

// ---- 9. reload remembers --------------------------------------------------

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn reload_remembers_open_sections() -> Result {
    let data = data();
    let section = ids(&data["sections"])[1].clone();
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    e2e.click(&format!("#{section}-button")).await?;
    wait_attr(
        &e2e,
        &format!("#{section}-button"),
        "aria-expanded",
        Some("true"),
    )
    .await?;
    e2e.wait_until(
        &format!(
            "(localStorage.getItem('china-rok-explainer/open') || '').includes({})",
            json!(section)
        ),
        WAIT,
    )
    .await?;
    e2e.js("(window.__e2eOldDocument = true)").await?;

    // The bare URL, no fragment: a new document, same profile.
    e2e.open_root().await?;
    wait_for_app(&e2e).await?;
    assert_eq!(
        e2e.js("window.__e2eOldDocument === true").await?,
        json!(false),
        "no reload happened"
    );
    assert_eq!(e2e.current_fragment().await?, "");
    wait_attr(
        &e2e,
        &format!("#{section}-button"),
        "aria-expanded",
        Some("true"),
    )
    .await?;
    assert_eq!(
        attr_of(&e2e, &format!("#{section}-panel"), "hidden").await?,
        None
    );
    assert!(displayed(&e2e, &format!("#{section}-panel p")).await?);
    assert_eq!(
        e2e.count("#sections h3 button[aria-expanded=true]").await?,
        1,
        "only the remembered section is open"
    );
    e2e.assert_quiet_console().await?;
    Ok(())
}
