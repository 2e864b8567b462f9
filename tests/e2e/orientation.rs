//! A reader keeps their bearings: popovers open only when asked for, and
//! assistive technology sees every heading of the page from the start.

use std::time::Duration;

use serde_json::json;

use crate::harness::Result;
use crate::reader::start;

/// Scrolling text under a mouse pointer that does not move opens nothing.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn scrolling_under_a_resting_pointer_opens_no_popover() -> Result {
    let e2e = start(1280, 900).await?;
    e2e.open_root().await?;
    // Rest the pointer in the middle of the text column.
    e2e.move_pointer_to(400.0, 450.0).await?;
    // Scroll the whole page past it in small steps, as a wheel or keys would.
    let passed_triggers = e2e
        .js(
            "new Promise(async done => {
               let passed = 0;
               const step = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 16)));
               while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 5) {
                 window.scrollBy(0, 90);
                 await step();
                 const under = document.elementFromPoint(400, 450);
                 if (under && under.closest('button[popovertarget]')) passed++;
               }
               done(passed);
             })",
        )
        .await?;
    assert!(
        passed_triggers.as_u64().unwrap_or(0) > 0,
        "no popover trigger passed under the pointer; the test proves nothing"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let open = e2e
        .js("[...document.querySelectorAll('[popover]')].filter(p => p.matches(':popover-open')).map(p => p.id)")
        .await?;
    assert_eq!(open, json!([]), "popovers opened while scrolling");
    Ok(())
}

/// Chromium's accessibility tree holds every heading of the page as soon as
/// it has loaded, and no named region is empty.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn the_accessibility_tree_has_every_heading_at_load() -> Result {
    let e2e = start(390, 844).await?;
    e2e.open_root().await?;
    let dom_headings = e2e
        // The visible text of each heading, less decoration hidden from
        // assistive technology (a goal's verdict symbol): what its name is.
        .js("[...document.querySelectorAll('h1, h2, h3, h4')].filter(h => h.checkVisibility()).map(h => {
               let text = h.innerText;
               for (const hidden of h.querySelectorAll('[aria-hidden=true]')) text = text.replace(hidden.innerText, '');
               return text.replace(/\\s+/g, ' ').trim();
             })")
        .await?;
    let tree = e2e.cdp("Accessibility.getFullAXTree", json!({}))?;
    let nodes = tree["value"]["nodes"]
        .as_array()
        .or_else(|| tree["nodes"].as_array())
        .cloned()
        .ok_or_else(|| format!("no accessibility tree: {tree}"))?;
    let role = |n: &serde_json::Value| n["role"]["value"].as_str().unwrap_or("").to_owned();
    let name = |n: &serde_json::Value| {
        n["name"]["value"]
            .as_str()
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let ax_headings: Vec<String> = nodes
        .iter()
        .filter(|n| role(n) == "heading" && !n["ignored"].as_bool().unwrap_or(false))
        .map(name)
        .collect();
    for heading in dom_headings.as_array().unwrap() {
        let heading = heading.as_str().unwrap();
        assert!(
            ax_headings.iter().any(|h| h == heading),
            "the heading {heading:?} is not in the accessibility tree ({} headings there)",
            ax_headings.len()
        );
    }
    // Named regions with nothing in them: a region whose only children are
    // ignored or absent.
    let ids: std::collections::HashMap<&str, &serde_json::Value> = nodes
        .iter()
        .filter_map(|n| Some((n["nodeId"].as_str()?, n)))
        .collect();
    for region in nodes.iter().filter(|n| role(n) == "region") {
        let children = region["childIds"].as_array().map(Vec::len).unwrap_or(0);
        let live = region["childIds"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|id| ids.get(id.as_str()?))
            .filter(|c| !c["ignored"].as_bool().unwrap_or(false))
            .count();
        assert!(
            children > 0 && live > 0 && !name(region).is_empty(),
            "an empty or unnamed region: {:?}",
            name(region)
        );
    }
    Ok(())
}

/// After a deep link, the reader's next Tab lands on a control inside the
/// linked item, not back at the top of the page.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn after_a_deep_link_the_next_tab_is_inside_the_item() -> Result {
    let e2e = start(1280, 900).await?;
    let data = crate::reader::data();
    let goal = data["goals"][2]["id"].as_str().unwrap().to_owned();
    let event = data["timeline"][8]["id"].as_str().unwrap().to_owned();
    let section = data["sections"][4]["id"].as_str().unwrap().to_owned();
    for fragment in [
        format!("{goal}&open={goal}"),
        format!("{event}&theme=diplomacy,economy"),
        section.clone(),
    ] {
        e2e.client.goto("about:blank").await?;
        e2e.open_fragment(&e2e.root_url(), &fragment).await?;
        let id = fragment.split('&').next().unwrap().to_owned();
        e2e.wait_until(
            &format!("document.activeElement && document.activeElement.id === '{id}'"),
            Duration::from_secs(5),
        )
        .await
        .map_err(|e| format!("#{fragment}: focus did not move to #{id}: {e}"))?;
        e2e.press(fantoccini::key::Key::Tab).await?;
        let inside = e2e
            .js(&format!(
                "!!document.activeElement.closest('#{id}') && document.activeElement !== document.getElementById('{id}')"
            ))
            .await?;
        assert_eq!(
            inside,
            json!(true),
            "#{fragment}: the next Tab left the item"
        );
    }
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// A link to an item the filter hides shows the item (the filter clears)
/// and puts focus on it; "Show all …" hands focus to its group.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn focus_follows_links_to_filtered_items_and_show_all() -> Result {
    let e2e = start(1280, 900).await?;
    let data = crate::reader::data();
    let hidden_goal = data["goals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["verdict"] != json!("achieved"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    e2e.open_fragment(&e2e.root_url(), "verdict=achieved")
        .await?;
    assert!(
        e2e.attr(&format!("#{hidden_goal}"), "hidden")
            .await?
            .is_some(),
        "the filter hides #{hidden_goal}"
    );
    e2e.goto_fragment(&hidden_goal).await?;
    e2e.wait_until(
        &format!(
            "!document.getElementById('{hidden_goal}').hidden && document.activeElement.id === '{hidden_goal}'"
        ),
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("#{hidden_goal} was not shown and focused: {e}"))?;

    // "Show all events" hides itself; focus goes to the group's first filter.
    e2e.client.goto("about:blank").await?;
    e2e.open_fragment(&e2e.root_url(), "theme=economy").await?;
    e2e.click("#timeline .filter-group .text-button").await?;
    e2e.wait_until(
        "!!document.activeElement.closest('#timeline .filter-group') \
         && document.activeElement.matches('button.theme-filter')",
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("focus was not on a theme filter after Show all: {e}"))?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// The bar's state: whether it shows, what it names, and its bottom edge.
const BAR_JS: &str = "(() => {
    const bar = document.getElementById('current-part');
    const r = bar.getBoundingClientRect();
    return { shown: getComputedStyle(bar).visibility === 'visible',
             name: bar.querySelector('.current-part__name').textContent,
             href: bar.querySelector('.current-part__name').getAttribute('href'),
             bottom: r.bottom };
})()";

/// The bar at the top names the part being read, appears only past the page
/// nav, links back to the part's start, and never shifts the page.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn the_bar_names_the_part_being_read() -> Result {
    let e2e = start(390, 844).await?;
    e2e.open_root().await?;
    // Layout shifts since load, not counting those right after input.
    e2e.js("(window.__shifts = 0, new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) window.__shifts += e.value; })).observe({ type: 'layout-shift', buffered: true }), 0)")
        .await?;
    let bar = e2e.js(BAR_JS).await?;
    assert_eq!(
        bar["shown"],
        json!(false),
        "the bar shows at the top: {bar}"
    );
    let data = crate::reader::data();
    let section = &data["sections"][5];
    let section_name = format!("The analysis: {}", section["title"].as_str().unwrap());
    let section_href = format!("#{}", section["id"].as_str().unwrap());
    for (target, name, href) in [
        ("timeline", "Timeline".to_owned(), "#timeline".to_owned()),
        (section["id"].as_str().unwrap(), section_name, section_href),
        ("glossary", "Glossary".to_owned(), "#glossary".to_owned()),
    ] {
        e2e.js(&format!(
            "(document.getElementById('{target}').scrollIntoView(), window.scrollBy(0, 40), 0)"
        ))
        .await?;
        e2e.wait_until(
            &format!("{BAR_JS}.shown && {BAR_JS}.name === {}", json!(name)),
            Duration::from_secs(5),
        )
        .await
        .map_err(|e| {
            format!("after scrolling into #{target}, the bar did not name {name:?}: {e}")
        })?;
        assert_eq!(e2e.js(BAR_JS).await?["href"], json!(href), "#{target}");
    }
    // "Top" takes the reader back up, and the bar steps aside.
    e2e.click(".current-part__top").await?;
    e2e.wait_until(
        &format!("!{BAR_JS}.shown && window.scrollY < 50"),
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("\"Top\" did not lead back to the top: {e}"))?;
    assert_eq!(e2e.js("document.activeElement.id").await?, json!("top"));
    let shifts = e2e.js("window.__shifts").await?;
    assert_eq!(shifts.as_f64(), Some(0.0), "layout shifted (CLS {shifts})");
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// "Next section" at the end of an open section opens the next one and moves
/// reading position and focus to its heading, clear of the bar; "Back to the
/// start of this section" returns.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn next_section_moves_to_the_next_heading_and_focuses_it() -> Result {
    let e2e = start(390, 844).await?;
    let data = crate::reader::data();
    let first = data["sections"][0]["id"].as_str().unwrap().to_owned();
    let second = data["sections"][1]["id"].as_str().unwrap().to_owned();
    crate::reader::load(&e2e, &first).await?;
    e2e.click(&format!(
        "#{first}-panel .explainer-section__way-on a[href='#{second}']"
    ))
    .await?;
    e2e.wait_until(
        &format!("document.activeElement && document.activeElement.id === '{second}'"),
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("focus did not move to #{second}: {e}"))?;
    assert_eq!(
        e2e.attr(&format!("#{second}-button"), "aria-expanded")
            .await?
            .as_deref(),
        Some("true"),
        "the next section opened"
    );
    let placed = e2e
        .js(&format!(
            "(() => {{ const h = document.querySelector('#{second} h3').getBoundingClientRect();
                       return h.top >= {BAR_JS}.bottom && h.bottom <= window.innerHeight; }})()"
        ))
        .await?;
    assert_eq!(
        placed,
        json!(true),
        "the heading of #{second} is not in view below the bar"
    );
    e2e.click(&format!(
        "#{second}-panel .explainer-section__way-on a[href='#{second}']"
    ))
    .await?;
    e2e.wait_until(
        &format!(
            "document.activeElement.id === '{second}' &&
             document.getElementById('{second}').getBoundingClientRect().top >= {BAR_JS}.bottom - 1 &&
             document.getElementById('{second}').getBoundingClientRect().top < 200"
        ),
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("\"Back to the start of this section\" did not return to #{second}: {e}"))?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// Tabbing forwards and backwards through the whole page with every section
/// open, the bar never covers the focused control: its bottom edge stays
/// above the control's top.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn the_bar_never_covers_the_focused_element() -> Result {
    use fantoccini::key::Key;
    let e2e = start(390, 844).await?;
    e2e.open_root().await?;
    e2e.click("#sections button.sections__toggle-all").await?;
    e2e.wait_until(
        "document.querySelectorAll('#sections .explainer-section__panel[hidden]').length === 0",
        Duration::from_secs(5),
    )
    .await?;
    e2e.js("(document.activeElement.blur(), window.scrollTo(0, 0), 0)")
        .await?;
    let covered_js = format!(
        "(() => {{ const el = document.activeElement;
                  if (!el || el === document.body || el.closest('.current-part')) return null;
                  const bar = {BAR_JS};
                  const top = el.getBoundingClientRect().top;
                  return bar.shown && top < bar.bottom ? `${{el.tagName}}#${{el.id}} '${{el.textContent.trim().slice(0, 40)}}' top ${{top}} < ${{bar.bottom}}` : null; }})()"
    );
    let mut checked_under_bar = 0;
    let mut problems = Vec::new();
    for step in 0..260 {
        if step < 200 {
            e2e.press(Key::Tab).await?;
        } else {
            crate::reader::shift_tab(&e2e).await?;
        }
        let covered = e2e.js(&covered_js).await?;
        if e2e.js(&format!("{BAR_JS}.shown")).await? == json!(true) {
            checked_under_bar += 1;
        }
        if let Some(covered) = covered.as_str() {
            problems.push(format!("step {step}: {covered}"));
        }
    }
    // The hard case: the next control already on screen, but under the bar
    // (the browser scrolls only to reveal what it thinks is hidden).
    let sections: Vec<String> = crate::reader::data()["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    for pair in sections.windows(2).take(5) {
        let (before, id) = (&pair[0], &pair[1]);
        e2e.js(&format!(
            "(document.querySelector('#{before}-panel .explainer-section__way-on a:last-child').focus({{ preventScroll: true }}),
              window.scrollBy(0, document.getElementById('{id}-button').getBoundingClientRect().top - 20), 0)"
        ))
        .await?;
        e2e.press(Key::Tab).await?;
        assert_eq!(
            e2e.js("document.activeElement.id").await?,
            json!(format!("{id}-button")),
            "Tab from the end of #{before}"
        );
        if let Some(covered) = e2e.js(&covered_js).await?.as_str() {
            problems.push(format!("Tab to #{id}-button under the bar: {covered}"));
        }
    }
    assert!(
        checked_under_bar > 100,
        "the bar showed on only {checked_under_bar} steps"
    );
    assert!(
        problems.is_empty(),
        "the bar covered focus:\n{}",
        problems.join("\n")
    );
    Ok(())
}
