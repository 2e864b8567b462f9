//! The timeline's cards and filters as a reader meets them: headings that
//! say when, goal chips that lead to their goals, controls told apart by
//! name, a filter status seen only while filtering, and on a phone a theme
//! rail of one row that scrolls sideways.

use std::collections::HashMap;
use std::time::Duration;

use china_rok_explainer::data::{EventDate, Explainer};
use fantoccini::key::Key;
use serde_json::json;

use crate::harness::{E2e, Result, WAIT};
use crate::reader::{load, start, wait_in_viewport};

fn data() -> &'static Explainer {
    Explainer::embedded()
}

/// How the card shows an event's date.
fn date_label(date: &str) -> String {
    match EventDate::parse(date) {
        Ok(date) if !date.is_pending() => date.to_string(),
        _ => "No date yet".to_owned(),
    }
}

/// The unignored nodes of Chromium's accessibility tree with `role`, as
/// (DOM node id, name with white space collapsed).
fn ax_named(e2e: &E2e, role: &str) -> Result<Vec<(i64, String)>> {
    let tree = e2e.cdp("Accessibility.getFullAXTree", json!({}))?;
    let nodes = tree["value"]["nodes"]
        .as_array()
        .or_else(|| tree["nodes"].as_array())
        .cloned()
        .ok_or_else(|| format!("no accessibility tree: {tree}"))?;
    Ok(nodes
        .iter()
        .filter(|n| n["role"]["value"] == json!(role) && !n["ignored"].as_bool().unwrap_or(false))
        .map(|n| {
            let name = n["name"]["value"].as_str().unwrap_or("");
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            (n["backendDOMNodeId"].as_i64().unwrap_or(-1), name)
        })
        .collect())
}

/// Heading navigation hears each event's date before its title.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn each_event_heading_is_named_by_its_date_then_its_title() -> Result {
    for width in [390, 1280] {
        let e2e = start(width, 900).await?;
        load(&e2e, "").await?;
        let headings: Vec<String> = ax_named(&e2e, "heading")?
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        for event in data().timeline.iter() {
            let title = event.title.split_whitespace().collect::<Vec<_>>().join(" ");
            let heading = headings
                .iter()
                .find(|h| h.contains(&title))
                .ok_or_else(|| format!("{width} px: no heading names {title:?}"))?;
            // "<date>: <title>" (Chromium may put a space before the colon,
            // which it joins from a separate element).
            let date = date_label(&event.date);
            let rest = heading.strip_prefix(&date).map(|rest| {
                rest.trim_start()
                    .strip_prefix(':')
                    .unwrap_or_default()
                    .trim_start()
            });
            assert!(
                rest.is_some_and(|rest| rest.starts_with(&title)),
                "{width} px, {}: the heading is named {heading:?}",
                event.id
            );
        }
        e2e.assert_quiet_console().await?;
    }
    Ok(())
}

/// Every chip links to a goal on the page; Enter on one brings that goal
/// into view, opened and focused.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn goal_chips_lead_to_their_goals() -> Result {
    let e2e = start(390, 844).await?;
    load(&e2e, "").await?;
    let chips = e2e
        .js("[...document.querySelectorAll('#timeline .event')].map(e => [e.id, [...e.querySelectorAll('a.goal-chip')].map(a => a.getAttribute('href'))])")
        .await?;
    let chips: HashMap<String, Vec<String>> =
        serde_json::from_value::<Vec<(String, Vec<String>)>>(chips)?
            .into_iter()
            .collect();
    for event in data().timeline.iter() {
        let hrefs = &chips[&*event.id];
        let expected: Vec<String> = event.goals.iter().map(|g| format!("#{g}")).collect();
        assert_eq!(hrefs, &expected, "{}: its chips", event.id);
        for href in hrefs {
            let exists = e2e
                .js(&format!(
                    "!!document.querySelector('#scorecard li.goal{href}')"
                ))
                .await?;
            assert_eq!(exists, json!(true), "{}: {href} is no goal", event.id);
        }
    }

    // By keyboard: focus a chip far from its goal and press Enter.
    let event = data()
        .timeline
        .iter()
        .rev()
        .find(|e| !e.goals.is_empty())
        .unwrap();
    let goal = event.goals[0].to_string();
    let chip = format!("#{} a.goal-chip[href=\"#{goal}\"]", event.id);
    e2e.js(&format!(
        "(document.querySelector({0}).scrollIntoView({{block: 'center'}}), document.querySelector({0}).focus(), true)",
        json!(chip)
    ))
    .await?;
    assert!(e2e.is_focused(&chip).await?, "the chip takes focus");
    e2e.press(Key::Enter).await?;
    e2e.wait_until(
        &format!(
            "document.activeElement && document.activeElement.id === {}",
            json!(goal)
        ),
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("Enter on {chip} did not focus #{goal}: {e}"))?;
    wait_in_viewport(&e2e, &goal).await?;
    assert_eq!(
        e2e.attr(&format!("#{goal}-button"), "aria-expanded")
            .await?
            .as_deref(),
        Some("true"),
        "#{goal} is opened"
    );
    assert!(e2e.current_fragment().await?.starts_with(&goal));
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// No two buttons in the timeline that a reader can reach share a name,
/// unless both open the same popover (one glossary entry named in two
/// events' prose): unfiltered, and with a filter on ("Show all events" there).
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn no_two_timeline_buttons_share_a_name() -> Result {
    let e2e = start(1280, 900).await?;
    for fragment in ["", "theme=diplomacy"] {
        load(&e2e, fragment).await?;
        let buttons = e2e
            .js("[...document.querySelectorAll('#timeline button')].filter(b => b.checkVisibility()).map(b => \
                   [b.getAttribute('aria-label') || b.textContent.replace(/\\s+/g, ' ').trim(), \
                    b.getAttribute('popovertarget') || ''])")
            .await?;
        let buttons: Vec<(String, String)> = serde_json::from_value(buttons)?;
        assert!(buttons.len() > 10, "#{fragment}: {} buttons", buttons.len());
        // The names as the accessibility tree has them.
        let ax_buttons: Vec<String> = ax_named(&e2e, "button")?
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let mut by_name: HashMap<&str, Vec<&str>> = HashMap::new();
        for (name, target) in &buttons {
            assert!(
                !name.is_empty(),
                "#{fragment}: a timeline button without a name"
            );
            assert!(
                ax_buttons.iter().any(|n| n == name),
                "#{fragment}: {name:?} is not a button name in the accessibility tree"
            );
            by_name.entry(name).or_default().push(target);
        }
        for (name, targets) in by_name {
            let first = targets[0];
            assert!(
                targets.len() == 1 || (!first.is_empty() && targets.iter().all(|t| *t == first)),
                "#{fragment}: {} buttons are named {name:?} and do different things: {targets:?}",
                targets.len()
            );
        }
    }
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// Whether the filter status can be seen (it is visually hidden, not gone).
async fn status_seen(e2e: &E2e) -> Result<bool> {
    Ok(e2e
        .js("(() => { const s = document.querySelector('#timeline .filter-status'); const r = s.getBoundingClientRect(); return r.width > 1 && r.height > 1; })()")
        .await?
        == json!(true))
}

/// Presses the theme filter `slug`; returns how many events it shows.
async fn press_theme(e2e: &E2e, slug: &str) -> Result<usize> {
    e2e.click(&format!(
        "#timeline button.theme-filter[data-theme=\"{slug}\"]"
    ))
    .await?;
    Ok(data()
        .timeline
        .iter()
        .filter(|e| e.themes.iter().any(|t| t.slug() == slug))
        .count())
}

/// "Showing N of M" only while a filter is on; the status region stays.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn the_filter_status_shows_only_while_filtering() -> Result {
    let e2e = start(390, 844).await?;
    load(&e2e, "").await?;
    let total = data().timeline.len();
    let status = "#timeline .filter-status";
    assert_eq!(e2e.attr(status, "role").await?.as_deref(), Some("status"));
    assert!(!status_seen(&e2e).await?, "a status with no filter on");
    assert_eq!(
        e2e.js(&format!(
            "document.querySelector({}).textContent",
            json!(status)
        ))
        .await?,
        json!(format!("Showing all {total} events.")),
        "a screen reader still hears the count"
    );

    let slug = "economy";
    let shown = press_theme(&e2e, slug).await?;
    e2e.wait_until(
        &format!(
            "document.querySelector({}).textContent === {}",
            json!(status),
            json!(format!("Showing {shown} of {total} events."))
        ),
        WAIT,
    )
    .await?;
    assert!(status_seen(&e2e).await?, "no status while filtering");

    e2e.click("#timeline .filter-group .text-button").await?;
    e2e.wait_until(
        &format!(
            "document.querySelector({}).textContent === {}",
            json!(status),
            json!(format!("Showing all {total} events."))
        ),
        WAIT,
    )
    .await?;
    assert!(!status_seen(&e2e).await?, "the status stays after Show all");
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// The overview's marks follow the theme filter as the cards do: a mark
/// whose event the filter hides is hidden too, and comes back with it.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn overview_marks_follow_the_theme_filter() -> Result {
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    let marks = "#timeline .overview__marks > li:not([hidden])";
    let cards = "#timeline .event:not([hidden])";
    let total = data().timeline.len();
    assert_eq!(e2e.count(marks).await?, total);
    let shown = press_theme(&e2e, "economy").await?;
    assert!(shown < total, "the filter hides some events");
    let both_shown = |n: usize| {
        format!(
            "document.querySelectorAll({}).length === {n} && document.querySelectorAll({}).length === {n}",
            json!(marks),
            json!(cards)
        )
    };
    e2e.wait_until(&both_shown(shown), WAIT).await?;
    // Each visible mark is the mark of a visible card.
    assert_eq!(
        e2e.js(&format!(
            "[...document.querySelectorAll({})].every((li) => !document.getElementById(li.querySelector('a').hash.slice(1)).hidden)",
            json!(marks)
        ))
        .await?,
        json!(true)
    );
    e2e.click("#timeline .filter-group .text-button").await?;
    e2e.wait_until(&both_shown(total), WAIT).await?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// On a phone the theme filters are one row, one chip high, that scrolls
/// sideways; the page itself does not.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn on_a_phone_the_theme_filters_are_one_scrolling_row() -> Result {
    let e2e = start(390, 844).await?;
    load(&e2e, "").await?;
    let rail = e2e
        .js("(() => { \
               const rail = document.querySelector('#timeline .filter-group__buttons'); \
               const style = getComputedStyle(rail); \
               const items = [...rail.children]; \
               const tops = new Set(items.map(li => Math.round(li.getBoundingClientRect().top))); \
               const chip = Math.max(...items.map(li => li.getBoundingClientRect().height)); \
               const inner = rail.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom); \
               const before = rail.scrollLeft; rail.scrollLeft = 120; const after = rail.scrollLeft; rail.scrollLeft = 0; \
               return { rows: tops.size, chip, inner, scrolls: rail.scrollWidth > rail.clientWidth, moved: after > before, \
                        page: document.documentElement.scrollWidth, buttons: items.length }; })()")
        .await?;
    assert!(rail["buttons"].as_u64().unwrap_or(0) > 3, "{rail}");
    assert_eq!(rail["rows"], json!(1), "the filters wrap: {rail}");
    let (chip, inner) = (
        rail["chip"].as_f64().unwrap(),
        rail["inner"].as_f64().unwrap(),
    );
    assert!(
        (inner - chip).abs() <= 1.0,
        "the rail is {inner} px high inside, a chip {chip} px: {rail}"
    );
    assert!(chip >= 24.0, "a chip under the 24 px target: {rail}");
    assert_eq!(rail["scrolls"], json!(true), "nothing to scroll: {rail}");
    assert_eq!(
        rail["moved"],
        json!(true),
        "the rail does not scroll: {rail}"
    );
    assert!(
        rail["page"].as_u64().unwrap() <= 390,
        "the page scrolls sideways: {rail}"
    );
    e2e.assert_quiet_console().await?;
    Ok(())
}
